/* open() and its O_* flags (shared with the kernel in kestrel/fcntl.h). */
#ifndef _FCNTL_H
#define _FCNTL_H

#include <kestrel/fcntl.h>

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

#endif
