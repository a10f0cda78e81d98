/*
 * poll (user/lib/poll.c). The kernel cannot say whether a pipe or the
 * console has input waiting, or room in a pipe, without blocking. So
 * poll answers for what is always ready (regular files and directories:
 * read and write; the console: write; a closed descriptor: POLLNVAL),
 * and with nothing to watch it just sleeps for the timeout. Asking about
 * input on a pipe or the console, or output to a pipe, fails with ENOSYS.
 */
#ifndef _POLL_H
#define _POLL_H

#define POLLIN	   0x001 /* data to read */
#define POLLPRI	   0x002 /* urgent data */
#define POLLOUT	   0x004 /* room to write */
#define POLLERR	   0x008 /* an error (revents only) */
#define POLLHUP	   0x010 /* hung up (revents only) */
#define POLLNVAL   0x020 /* fd is not open (revents only) */
#define POLLRDNORM 0x040
#define POLLRDBAND 0x080
#define POLLWRNORM 0x100
#define POLLWRBAND 0x200

typedef unsigned long nfds_t;

struct pollfd {
	int fd;	       /* negative: ignored */
	short events;  /* what to watch for */
	short revents; /* what happened */
};

/* The number of entries with revents set; 0 on timeout (ms; -1: none,
 * which with nothing to watch waits forever); -1 with errno. */
int poll(struct pollfd *fds, nfds_t nfds, int timeout);

#endif
