/* open() and its O_* flags (shared with the kernel in kestrel/fcntl.h). */
#ifndef _FCNTL_H
#define _FCNTL_H

#include <sys/types.h>
#include <kestrel/fcntl.h>

/*
 * The rest of POSIX's flags and commands, with Linux's values, so that
 * programs naming them compile. The kernel does not take them yet: open
 * and fcntl fail with EINVAL when given one.
 */
#define O_NOCTTY    0x100    /* do not make a terminal the controlling one */
#define O_SYNC	    0x101000 /* writes reach the disk before returning */
#define O_DIRECTORY 0x10000  /* fail if not a directory */
#define O_NOFOLLOW  0x20000  /* fail on a symbolic link */
#define O_CLOEXEC   0x80000  /* close on exec */
#define F_DUPFD	    0	     /* fcntl: the lowest free descriptor >= arg */
#define F_GETFD	    1	     /* fcntl: the descriptor flags (FD_CLOEXEC) */
#define F_SETFD	    2
#define FD_CLOEXEC  1

/*
 * Opens a file; returns a descriptor or -1 with errno set. With O_CREAT
 * a third argument gives the new file's permissions (less the umask).
 */
int open(const char *path, int flags, ...);
/*
 * F_GETFL, F_SETFL (O_ASYNC), F_GETOWN, F_SETOWN: with O_ASYNC on a pipe
 * or the console, the owner (pid, or -pgid) gets SIGIO on input.
 */
int fcntl(int fd, int cmd, ...);

/* open(path, O_WRONLY | O_CREAT | O_TRUNC, mode). */
int creat(const char *path, mode_t mode);

/* Advice on how a file will be read: taken and ignored (0). */
#define POSIX_FADV_NORMAL     0
#define POSIX_FADV_RANDOM     1
#define POSIX_FADV_SEQUENTIAL 2
#define POSIX_FADV_WILLNEED   3
#define POSIX_FADV_DONTNEED   4
#define POSIX_FADV_NOREUSE    5
int posix_fadvise(int fd, off_t off, off_t len, int advice);

#endif
