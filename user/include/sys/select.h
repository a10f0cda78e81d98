/*
 * select (user/lib/poll.c), on poll and with its limits: a regular file
 * is always ready, the console always ready to write; waiting for input
 * on a pipe or the console fails with ENOSYS. No descriptors and a
 * timeout is a sleep.
 */
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <sys/time.h>
#include <sys/types.h>
#include <time.h>

#define FD_SETSIZE 64

typedef struct {
	unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(unsigned long))];
} fd_set;

#define __FD_WORD(fd) ((fd) / (8 * sizeof(unsigned long)))
#define __FD_BIT(fd)  (1UL << ((fd) % (8 * sizeof(unsigned long))))
#define FD_ZERO(s)                                                             \
	do {                                                                   \
		for (unsigned __i = 0;                                         \
		     __i < sizeof((s)->fds_bits) / sizeof(unsigned long);      \
		     __i++)                                                    \
			(s)->fds_bits[__i] = 0;                                \
	} while (0)
#define FD_SET(fd, s)	((s)->fds_bits[__FD_WORD(fd)] |= __FD_BIT(fd))
#define FD_CLR(fd, s)	((s)->fds_bits[__FD_WORD(fd)] &= ~__FD_BIT(fd))
#define FD_ISSET(fd, s) (((s)->fds_bits[__FD_WORD(fd)] & __FD_BIT(fd)) != 0)

int select(int nfds, fd_set *rd, fd_set *wr, fd_set *ex, struct timeval *tv);

#endif
