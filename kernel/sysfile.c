/*
 * System calls about files and programs: descriptors, pipes, the initrd's
 * list, and execve (sysfs.c has the calls that take paths). Paths,
 * arguments and environments are copied into the kernel whole before
 * anything looks at them.
 */
#include "defs.h"
#include "exec.h"
#include "file.h"
#include "kestrel/errno.h"
#include "kestrel/fcntl.h"
#include "kestrel/sysinfo.h"
#include "proc.h"
#include "sysproto.h"
#include "vm.h"

/* Returns the open file behind fd, or NULL if fd is not open. */
static struct file *fd_file(int fd)
{
	if (fd < 0 || fd >= NOFILE)
		return NULL;
	return curproc->ofile[fd];
}

/* Puts f in the lowest free descriptor; returns it or -EMFILE. */
static int fd_alloc(struct file *f)
{
	for (int fd = 0; fd < NOFILE; fd++)
		if (curproc->ofile[fd] == NULL) {
			curproc->ofile[fd] = f;
			return fd;
		}
	return -EMFILE;
}

/* The count is returned as an int: more than INT_MAX bytes is -EINVAL. */
int sys_read(int fd, uint32_t ubuf, unsigned n)
{
	struct file *f = fd_file(fd);

	if (f == NULL)
		return -EBADF;
	if ((int32_t)n < 0)
		return -EINVAL;
	return file_read(f, ubuf, n);
}

int sys_write(int fd, uint32_t ubuf, unsigned n)
{
	struct file *f = fd_file(fd);

	if (f == NULL)
		return -EBADF;
	if ((int32_t)n < 0)
		return -EINVAL;
	return file_write(f, ubuf, n);
}

int sys_close(int fd)
{
	struct file *f = fd_file(fd);

	if (f == NULL)
		return -EBADF;
	curproc->ofile[fd] = NULL;
	file_close(f);
	return 0;
}

int sys_dup(int oldfd)
{
	struct file *f = fd_file(oldfd);
	int fd;

	if (f == NULL)
		return -EBADF;
	if ((fd = fd_alloc(f)) >= 0)
		file_dup(f);
	return fd;
}

int sys_dup2(int oldfd, int newfd)
{
	struct file *f = fd_file(oldfd);

	if (f == NULL || newfd < 0 || newfd >= NOFILE)
		return -EBADF;
	if (newfd == oldfd)
		return newfd;
	if (curproc->ofile[newfd])
		file_close(curproc->ofile[newfd]);
	curproc->ofile[newfd] = file_dup(f);
	return newfd;
}

/* pipe(fds): fds[0] reads, fds[1] writes. */
int sys_pipe(uint32_t ufds)
{
	struct file *rf, *wf;
	int fds[2], r;

	if (!uaccess_ok(ufds, sizeof(fds), 1))
		return -EFAULT;
	if ((r = pipe_alloc(&rf, &wf)) < 0)
		return r;
	fds[0] = fd_alloc(rf);
	fds[1] = fds[0] < 0 ? -EMFILE : fd_alloc(wf);
	if (fds[1] < 0) {
		if (fds[0] >= 0)
			curproc->ofile[fds[0]] = NULL;
		file_close(rf);
		file_close(wf);
		return -EMFILE;
	}
	if (copyout(ufds, fds, sizeof(fds)) < 0) {
		curproc->ofile[fds[0]] = curproc->ofile[fds[1]] = NULL;
		file_close(rf);
		file_close(wf);
		return -EFAULT;
	}
	return 0;
}

/*
 * fcntl(fd, cmd, arg): F_GETFL / F_SETFL (O_ASYNC and O_NONBLOCK), and
 * F_GETOWN / F_SETOWN: with O_ASYNC on a pipe's read end or the console,
 * the owner (a pid, or -pgid for a group) gets SIGIO when input arrives.
 */
int sys_fcntl(int fd, int cmd, int arg)
{
	struct file *f = fd_file(fd);

	if (f == NULL)
		return -EBADF;
	switch (cmd) {
	case F_GETFL:
		return (f->readable && f->writable ? O_RDWR
			: f->writable		   ? O_WRONLY
						   : O_RDONLY) |
		       (f->async ? O_ASYNC : 0) |
		       (f->nonblock ? O_NONBLOCK : 0);
	case F_SETFL:
		f->async = (arg & O_ASYNC) != 0;
		f->nonblock = (arg & O_NONBLOCK) != 0;
		break;
	case F_GETOWN:
		return f->owner;
	case F_SETOWN:
		if (arg == INT32_MIN)
			return -EINVAL;
		f->owner = arg;
		break;
	default:
		return -EINVAL;
	}
	if (f->type == FD_CONSOLE)
		console_set_async(f);
	return 0;
}

/*
 * initrd_readdir(index, d): the index-th initrd file; -ENOENT past the
 * end. (getdents reads any directory; this one lists the initrd whole.)
 */
int sys_initrd_readdir(int index, uint32_t ud)
{
	const struct initrd_file *e = initrd_entry(index);
	struct initrd_dirent d;

	if (!uaccess_ok(ud, sizeof(d), 1))
		return -EFAULT;
	if (e == NULL)
		return -ENOENT;
	memset(&d, 0, sizeof(d));
	d.size = e->size;
	strncpy_safe(d.name, e->name, sizeof(d.name));
	return copyout(ud, &d, sizeof(d));
}

/*
 * execve(path, argv, envp): on success does not return to the old
 * program. Everything is copied in first; a failure leaves the caller
 * as it was.
 */
int sys_execve(uint32_t upath, uint32_t uargv, uint32_t uenvp)
{
	struct execargs ea;
	char path[MAXPATH];
	int r;

	if ((r = copyinstr(path, upath, sizeof(path))) < 0)
		return r;
	args_init(&ea);
	if ((r = args_copyin(&ea, uargv, 0)) == 0 &&
	    (r = args_copyin(&ea, uenvp, 1)) == 0)
		r = exec_load(curproc, path, &ea);
	args_free(&ea);
	return r;
}
