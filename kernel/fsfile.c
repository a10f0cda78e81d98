/*
 * Open files of the file systems: reading and writing a disk file at its
 * offset (FD_INODE), reading a directory's entries (getdents), and the
 * calls on descriptors that only files have: lseek, fstat, ftruncate,
 * fsync. The initrd's files (FD_INITRD) and directories (FD_DIR) answer
 * the read-only ones. file.c hands these kinds of file over to here.
 */
#include "defs.h"
#include "file.h"
#include "fs.h"
#include "kestrel/errno.h"
#include "kestrel/fcntl.h"
#include "proc.h"
#include "sysproto.h"
#include "vm.h"

#define DENTS_MAX 4096 /* bytes of records one getdents call packs */

/* Reads n bytes at the file offset into user buffer ubuf (checked). */
int fsfile_read(struct file *f, uint32_t ubuf, uint32_t n)
{
	int r;

	if (f->type == FD_DIR)
		return -EISDIR;
	if ((r = ilock(f->ip)) < 0)
		return r;
	if (S_ISDIR(f->ip->d.i_mode))
		r = -EISDIR;
	else if ((r = readi(f->ip, 1, ubuf, f->off, n)) > 0)
		f->off += (uint32_t)r;
	iunlock(f->ip);
	return r;
}

/*
 * Writes n bytes from user buffer ubuf (checked) at the file offset, or
 * at the end with O_APPEND, and moves the offset past them. A write by
 * anyone but root clears the set-user-id and set-group-id bits.
 */
int fsfile_write(struct file *f, uint32_t ubuf, uint32_t n)
{
	int r;

	if ((r = ilock(f->ip)) < 0)
		return r;
	if (f->append)
		f->off = f->ip->d.i_size;
	if ((r = writei(f->ip, 1, ubuf, f->off, n)) > 0)
		f->off += (uint32_t)r;
	if (r > 0 && (f->ip->d.i_mode & (S_ISUID | S_ISGID)) &&
	    !cred_is_root()) {
		/* Changed by someone else: no longer the owner's program. */
		f->ip->d.i_mode &= (uint16_t) ~(S_ISUID | S_ISGID);
		iupdate(f->ip);
	}
	iunlock(f->ip);
	return r;
}

/* The last close of a disk file: its inode may be freed (unlinked). */
void fsfile_close(struct file *f)
{
	iput(f->ip);
	f->ip = NULL;
}

/* The open file behind fd, or NULL. */
static struct file *fd_get(int fd)
{
	return fd < 0 || fd >= NOFILE ? NULL : curproc->ofile[fd];
}

/* The size of a file's contents, for SEEK_END. */
static int file_size(struct file *f, uint32_t *size)
{
	int r;

	if (f->type != FD_INODE) {
		*size = f->type == FD_INITRD ? f->ifile->size : 0;
		return 0;
	}
	if ((r = ilock(f->ip)) < 0)
		return r;
	*size = f->ip->d.i_size;
	iunlock(f->ip);
	return 0;
}

/*
 * lseek(fd, off, whence): moves the file offset to off from the start
 * (SEEK_SET), the offset (SEEK_CUR) or the end (SEEK_END). Returns the
 * new offset; -ESPIPE for a pipe or the console, -EINVAL for a bad
 * whence or a negative result (or one past what an int can return).
 */
int sys_lseek(int fd, int off, int whence)
{
	struct file *f = fd_get(fd);
	int64_t pos;
	uint32_t size;
	int r;

	if (f == NULL)
		return -EBADF;
	if (f->type != FD_INODE && f->type != FD_INITRD && f->type != FD_DIR)
		return -ESPIPE;
	switch (whence) {
	case SEEK_SET:
		pos = off;
		break;
	case SEEK_CUR:
		pos = (int64_t)f->off + off;
		break;
	case SEEK_END:
		if ((r = file_size(f, &size)) < 0)
			return r;
		pos = (int64_t)size + off;
		break;
	default:
		return -EINVAL;
	}
	if (pos < 0 || pos > INT32_MAX)
		return -EINVAL;
	f->off = (uint32_t)pos;
	return (int)pos;
}

/* Fills st for open file f, whatever its kind. */
int file_stat(struct file *f, struct stat *st)
{
	int r;

	memset(st, 0, sizeof(*st));
	switch (f->type) {
	case FD_INODE:
		if ((r = ilock(f->ip)) < 0)
			return r;
		stati(f->ip, st);
		iunlock(f->ip);
		return 0;
	case FD_INITRD:
	case FD_DIR:
		initrd_stat(f->ifile, st);
		return 0;
	case FD_PIPE:
		st->st_mode = S_IFIFO | 0600;
		break;
	default:
		st->st_mode = S_IFCHR | 0620; /* the console */
		break;
	}
	st->st_dev = ST_DEV_PIPE;
	st->st_nlink = 1;
	st->st_blksize = PIPE_BUF;
	return 0;
}

/* fstat(fd, st): what fd is: a file, a directory, a pipe, the console. */
int sys_fstat(int fd, uint32_t ust)
{
	struct file *f = fd_get(fd);
	struct stat st;
	int r;

	if (f == NULL)
		return -EBADF;
	if ((r = file_stat(f, &st)) < 0)
		return r;
	return copyout(ust, &st, sizeof(st));
}

/*
 * getdents(fd, buf, n): packs the directory's next entries into buf as
 * struct kdirent records. Returns the bytes used, 0 at the end, -ENOTDIR,
 * or -EINVAL if buf cannot hold the next entry.
 */
int sys_getdents(int fd, uint32_t ubuf, unsigned n)
{
	struct file *f = fd_get(fd);
	char *buf;
	int r;

	if (f == NULL || !f->readable)
		return -EBADF;
	if (f->type != FD_INODE && f->type != FD_DIR)
		return -ENOTDIR;
	if (!uaccess_ok(ubuf, n, 1))
		return -EFAULT;
	if ((buf = kalloc()) == NULL)
		return -ENOMEM;
	if (n > DENTS_MAX)
		n = DENTS_MAX;
	if (f->type == FD_DIR) {
		r = initrd_getdents(f->ifile, &f->off, buf, n);
	} else if ((r = ilock(f->ip)) == 0) {
		r = S_ISDIR(f->ip->d.i_mode) ? dir_read(f->ip, &f->off, buf, n)
					     : -ENOTDIR;
		iunlock(f->ip);
	}
	if (r > 0 && copyout(ubuf, buf, (uint32_t)r) < 0)
		r = -EFAULT;
	kfree(buf);
	return r;
}

/*
 * ftruncate(fd, len): sets the size of a disk file open for writing.
 * -EINVAL for a negative length or a file that is not a regular one open
 * for writing (an initrd file: -EROFS).
 */
int sys_ftruncate(int fd, int len)
{
	struct file *f = fd_get(fd);
	int r;

	if (f == NULL)
		return -EBADF;
	if (f->type == FD_INITRD || f->type == FD_DIR)
		return -EROFS;
	if (len < 0 || f->type != FD_INODE || !f->writable)
		return -EINVAL;
	if ((r = ilock(f->ip)) < 0)
		return r;
	r = S_ISREG(f->ip->d.i_mode) ? itrunc(f->ip, (uint32_t)len) : -EINVAL;
	iunlock(f->ip);
	return r;
}

/*
 * fsync(fd): returns when the file's data is on the disk. The buffer
 * cache writes through, so what is left is the drive's own cache: the
 * flush command empties it. -EINVAL for a pipe or the console.
 */
int sys_fsync(int fd)
{
	struct file *f = fd_get(fd);

	if (f == NULL)
		return -EBADF;
	if (f->type == FD_INITRD || f->type == FD_DIR)
		return 0; /* nothing is written there */
	if (f->type != FD_INODE)
		return -EINVAL;
	return ide_flush();
}
