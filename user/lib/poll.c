/*
 * poll and select, for what can be known without blocking: see
 * <poll.h> for what that is and what fails with ENOSYS.
 */
#include <errno.h>
#include <poll.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>

/* The events of fd that are ready now into *revents; -1 (ENOSYS) if
 * the kernel cannot say for one of those asked for. */
static int ready(int fd, short events, short *revents)
{
	struct stat st;

	*revents = 0;
	if (fd < 0)
		return 0;
	if (fstat(fd, &st) < 0) {
		*revents = POLLNVAL;
		return 0;
	}
	if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) {
		*revents =
			events & (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM);
		return 0;
	}
	if (events & (POLLIN | POLLRDNORM | POLLPRI | POLLRDBAND))
		goto unknown;
	if (S_ISCHR(st.st_mode)) {
		*revents = events & (POLLOUT | POLLWRNORM);
		return 0;
	}
	if (events & (POLLOUT | POLLWRNORM | POLLWRBAND))
		goto unknown;
	return 0;
unknown:
	errno = ENOSYS;
	return -1;
}

/* See <poll.h>. */
int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
	int n = 0;

	for (nfds_t i = 0; i < nfds; i++) {
		if (ready(fds[i].fd, fds[i].events, &fds[i].revents) < 0)
			return -1;
		if (fds[i].revents != 0)
			n++;
	}
	if (n > 0 || timeout == 0)
		return n;
	if (nfds > 0) {
		/* Nothing that could become ready is watched: a regular
		 * file is ready at once, and the rest gave ENOSYS. */
		return 0;
	}
	if (timeout < 0) {
		pause();
		return -1; /* EINTR */
	}
	if (usleep((unsigned)timeout * 1000) < 0)
		return -1;
	return 0;
}

/* One set of select's, checked through ready(); the count, or -1. */
static int select_set(int nfds, fd_set *set, short event)
{
	int n = 0;
	short rev;

	if (set == NULL)
		return 0;
	for (int fd = 0; fd < nfds; fd++) {
		if (!FD_ISSET(fd, set))
			continue;
		if (ready(fd, event, &rev) < 0)
			return -1;
		if (rev & POLLNVAL) {
			errno = EBADF;
			return -1;
		}
		if (rev != 0)
			n++;
		else
			FD_CLR(fd, set);
	}
	return n;
}

/* See <sys/select.h>. Exceptional conditions never happen. */
int select(int nfds, fd_set *rd, fd_set *wr, fd_set *ex, struct timeval *tv)
{
	int nr, nw;

	if (nfds < 0 || nfds > FD_SETSIZE) {
		errno = EINVAL;
		return -1;
	}
	if ((nr = select_set(nfds, rd, POLLIN)) < 0 ||
	    (nw = select_set(nfds, wr, POLLOUT)) < 0)
		return -1;
	if (ex != NULL)
		FD_ZERO(ex);
	if (nr + nw > 0 || (tv != NULL && tv->tv_sec == 0 && tv->tv_usec == 0))
		return nr + nw;
	if (tv == NULL) {
		pause();
		return -1;
	}
	if (tv->tv_sec < 0 || tv->tv_usec < 0 || tv->tv_usec >= 1000000) {
		errno = EINVAL;
		return -1;
	}
	if (sleep(tv->tv_sec) != 0 || usleep(tv->tv_usec) < 0) {
		errno = EINTR;
		return -1;
	}
	return 0;
}
