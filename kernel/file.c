/*
 * The system-wide open-file table and read/write on each kind of file.
 * Data crosses to and from user memory by copyin/copyout only: straight
 * from an initrd file, or to and from a pipe's ring (pipe.c); the console
 * goes in chunks through a kernel buffer.
 */
#include "defs.h"
#include "file.h"
#include "kestrel/errno.h"
#include "kestrel/signal.h"
#include "proc.h"
#include "vm.h"

#define CHUNK 512 /* console bytes moved per copyin/copyout step */

static struct file files[NFILE];

/* Returns a free file with one reference, or NULL if the table is full. */
struct file *file_alloc(void)
{
	for (struct file *f = files; f < &files[NFILE]; f++)
		if (f->ref == 0) {
			memset(f, 0, sizeof(*f));
			f->ref = 1;
			return f;
		}
	return NULL;
}

/* Adds a reference to f and returns it. */
struct file *file_dup(struct file *f)
{
	if (f->ref < 1)
		panic("file_dup: unreferenced file");
	f->ref++;
	return f;
}

/* Drops a reference; the last one closes the pipe end or console. */
void file_close(struct file *f)
{
	if (f->ref < 1)
		panic("file_close: unreferenced file");
	if (--f->ref > 0)
		return;
	if (f->type == FD_PIPE)
		pipe_close(f->pipe, f->writable);
	if (f->type == FD_INODE)
		fsfile_close(f);
	f->type = FD_NONE;
}

/*
 * Input arrived for f (a pipe's read end, or the console): if its owner
 * asked with O_ASYNC, send it SIGIO (a pid, or a group if negative).
 */
void file_notify_input(struct file *f)
{
	struct ksiginfo info;

	if (f == NULL || !f->async || f->owner == 0)
		return;
	memset(&info, 0, sizeof(info));
	info.si_code = POLL_IN;
	for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++)
		if (p->state != UNUSED &&
		    (f->owner > 0 ? p->pid == f->owner : p->pgid == -f->owner))
			sig_post(p, SIGIO, &info);
}

/* Gives a new process the console on descriptors 0, 1 and 2. */
void file_open_console(struct proc *p)
{
	struct file *f = file_alloc();

	if (f == NULL)
		panic("file_open_console: file table full");
	f->type = FD_CONSOLE;
	f->readable = f->writable = 1;
	p->ofile[0] = f;
	p->ofile[1] = file_dup(f);
	p->ofile[2] = file_dup(f);
}

/*
 * Reads up to n bytes of an initrd file straight into user buffer ubuf,
 * all of which must be writable (else -EFAULT, even at end of file).
 */
static int initrd_read(struct file *f, uint32_t ubuf, uint32_t n)
{
	/* lseek may have put the offset past the end: nothing to read. */
	uint32_t left = f->off < f->ifile->size ? f->ifile->size - f->off : 0;

	if (!uaccess_ok(ubuf, n, 1))
		return -EFAULT;
	if (n > left)
		n = left;
	if (copyout(ubuf, f->ifile->data + f->off, n) < 0)
		return -EFAULT;
	f->off += n;
	return (int)n;
}

/* Reads a line (or what was typed) from the console, through a buffer. */
static int console_read_user(uint32_t ubuf, uint32_t n)
{
	char buf[CHUNK];
	int r;

	/* The whole buffer first: typed input is not given back. */
	if (!uaccess_ok(ubuf, n, 1))
		return -EFAULT;
	r = console_read(buf, n < CHUNK ? n : CHUNK);
	if (r > 0 && copyout(ubuf, buf, (uint32_t)r) < 0)
		return -EFAULT;
	return r;
}

/*
 * Reads up to n bytes into user buffer ubuf. Returns the count, 0 at end
 * of file, -EFAULT for a buffer the bytes could not be stored in (none
 * are lost: they stay in the file or pipe), or another -errno. A file or
 * the console wants the whole buffer writable; a pipe only the part it
 * fills. Consoles and pipes return what they have; they never wait for
 * more.
 */
int file_read(struct file *f, uint32_t ubuf, uint32_t n)
{
	if (!f->readable)
		return -EBADF;
	if (!urange_ok(ubuf, n))
		return -EFAULT;
	if (n == 0)
		return 0; /* nothing to wait for */
	switch (f->type) {
	case FD_PIPE:
		return pipe_read(f->pipe, 1, ubuf, n, f->nonblock);
	case FD_INITRD:
		return initrd_read(f, ubuf, n);
	case FD_CONSOLE:
		return console_read_user(ubuf, n);
	case FD_INODE:
	case FD_DIR:
		return fsfile_read(f, ubuf, n); /* the disk's files: fsfile.c */
	default:
		return -EBADF;
	}
}

/*
 * Writes n bytes from user buffer ubuf to the console, a chunk at a time
 * through a kernel buffer; the whole buffer must be readable (else
 * -EFAULT, and nothing is written).
 */
static int console_write_chunks(uint32_t ubuf, uint32_t n)
{
	char buf[CHUNK];
	uint32_t done = 0, len;
	int r;

	if (!uaccess_ok(ubuf, n, 0))
		return -EFAULT;
	while (done < n) {
		if (proc_preempt_point() < 0)
			return done > 0 ? (int)done : -EINTR;
		len = n - done < CHUNK ? n - done : CHUNK;
		if (copyin(buf, ubuf + done, len) < 0)
			return done > 0 ? (int)done : -EFAULT;
		r = console_write_user(buf, len);
		if (r < 0)
			return done > 0 ? (int)done : r;
		done += (uint32_t)r;
	}
	return (int)done;
}

/*
 * Writes n bytes from user buffer ubuf. A pipe takes them straight from
 * the user's pages (and with no reader left the writer gets SIGPIPE).
 * Returns the count, or -errno if nothing was written.
 */
int file_write(struct file *f, uint32_t ubuf, uint32_t n)
{
	int r;

	if (!f->writable)
		return -EBADF;
	if (f->type == FD_INITRD)
		return -EROFS;
	if (!urange_ok(ubuf, n))
		return -EFAULT;
	if (f->type == FD_CONSOLE)
		return console_write_chunks(ubuf, n);
	if (f->type == FD_INODE) /* the disk's files: fsfile.c */
		return fsfile_write(f, ubuf, n);
	if (f->type != FD_PIPE)
		return -EBADF;
	r = pipe_write(f->pipe, 1, ubuf, n, f->nonblock);
	if (r == -EPIPE && curproc)
		sig_post(curproc, SIGPIPE, NULL); /* ends it by default */
	return r;
}
