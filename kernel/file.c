/*
 * The system-wide open-file table and read/write on each kind of file.
 * Data crosses to and from user memory here, in chunks through a kernel
 * buffer, by copyin/copyout only.
 */
#include "defs.h"
#include "file.h"
#include "kestrel/errno.h"
#include "kestrel/signal.h"
#include "proc.h"
#include "vm.h"

#define CHUNK 512 /* bytes moved per copyin/copyout step */

/* A write of up to PIPE_BUF bytes must reach the pipe in one piece. */
_Static_assert(PIPE_BUF <= CHUNK, "an atomic pipe write is one chunk");

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

static int read_chunk(struct file *f, char *buf, uint32_t n)
{
	uint32_t left;

	switch (f->type) {
	case FD_CONSOLE:
		return console_read(buf, n);
	case FD_PIPE:
		return pipe_read(f->pipe, buf, n, f->nonblock);
	case FD_INITRD:
		left = f->ifile->size - f->off;
		if (n > left)
			n = left;
		memcpy(buf, f->ifile->data + f->off, n);
		f->off += n;
		return (int)n;
	default:
		return -EBADF;
	}
}

/*
 * Reads up to n bytes into user buffer ubuf. The whole buffer must be
 * writable by the user (else -EFAULT). Returns the count, 0 at end of file.
 */
int file_read(struct file *f, uint32_t ubuf, uint32_t n)
{
	char buf[CHUNK];
	uint32_t done = 0;
	int r;

	if (!f->readable)
		return -EBADF;
	if (!uaccess_ok(ubuf, n, 1))
		return -EFAULT;
	if (f->type == FD_INODE || f->type == FD_DIR)
		return fsfile_read(f, ubuf, n); /* the disk's files: fsfile.c */
	while (done < n) {
		/* A long read gives way at the end of its time slice, and
		 * stops if the process was killed. */
		if (done > 0 && proc_preempt_point() < 0)
			break;
		r = read_chunk(f, buf, n - done < CHUNK ? n - done : CHUNK);
		if (r < 0)
			return done > 0 ? (int)done : r;
		if (copyout(ubuf + done, buf, (uint32_t)r) < 0)
			return done > 0 ? (int)done : -EFAULT;
		done += (uint32_t)r;
		/* Consoles and pipes return what they have: never wait for more. */
		if (r == 0 || f->type == FD_CONSOLE ||
		    (f->type == FD_PIPE && !pipe_ready(f->pipe)))
			break;
	}
	return (int)done;
}

/*
 * Writes n bytes from user buffer ubuf, which must be readable by the user
 * (else -EFAULT). Each chunk is copied in before it is used.
 */
int file_write(struct file *f, uint32_t ubuf, uint32_t n)
{
	char buf[CHUNK];
	uint32_t done = 0, len;
	int r;

	if (!f->writable)
		return -EBADF;
	if (f->type == FD_INITRD)
		return -EROFS;
	if (!uaccess_ok(ubuf, n, 0))
		return -EFAULT;
	if (f->type == FD_INODE)
		return fsfile_write(f, ubuf,
				    n); /* the disk's files: fsfile.c */
	while (done < n) {
		if (proc_preempt_point() < 0)
			return done > 0 ? (int)done : -EINTR;
		len = n - done < CHUNK ? n - done : CHUNK;
		if (copyin(buf, ubuf + done, len) < 0)
			return done > 0 ? (int)done : -EFAULT;
		if (f->type == FD_CONSOLE)
			r = console_write_user(buf, len);
		else
			r = pipe_write(f->pipe, buf, len, n <= PIPE_BUF);
		if (r == -EPIPE && done == 0 && curproc)
			sig_post(curproc, SIGPIPE,
				 NULL); /* ends it by default */
		if (r < 0)
			return done > 0 ? (int)done : r;
		done += (uint32_t)r;
	}
	return (int)done;
}
