/*
 * Scatter and gather I/O (user/lib/uio.c): readv and writev call read
 * and write once per buffer, so unlike POSIX's writev a write from
 * another process to the same pipe may land between two buffers.
 */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#include <sys/types.h>

struct iovec {
	void *iov_base; /* the buffer */
	size_t iov_len; /* its length */
};

#define IOV_MAX 1024 /* as <limits.h> */

ssize_t readv(int fd, const struct iovec *iov, int iovcnt);
ssize_t writev(int fd, const struct iovec *iov, int iovcnt);

#endif
