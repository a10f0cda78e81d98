/* readv and writev: one read or write per buffer (<sys/uio.h>). */
#include <errno.h>
#include <limits.h>
#include <sys/uio.h>
#include <unistd.h>

/* Checks iovcnt and that the total fits in a ssize_t; 0 or -1 (EINVAL). */
static int check(const struct iovec *iov, int iovcnt)
{
	size_t total = 0;

	if (iovcnt < 0 || iovcnt > IOV_MAX)
		goto bad;
	for (int i = 0; i < iovcnt; i++) {
		if (iov[i].iov_len > SSIZE_MAX - total)
			goto bad;
		total += iov[i].iov_len;
	}
	return 0;
bad:
	errno = EINVAL;
	return -1;
}

/* Fills the buffers in order; stops early at a short read. The bytes
 * read, or -1 if the first read failed. */
ssize_t readv(int fd, const struct iovec *iov, int iovcnt)
{
	ssize_t total = 0, n;

	if (check(iov, iovcnt) < 0)
		return -1;
	for (int i = 0; i < iovcnt; i++) {
		if (iov[i].iov_len == 0)
			continue;
		n = read(fd, iov[i].iov_base, iov[i].iov_len);
		if (n < 0)
			return total > 0 ? total : -1;
		total += n;
		if ((size_t)n < iov[i].iov_len)
			break;
	}
	return total;
}

/* Writes the buffers in order; the bytes written, or -1 if none were. */
ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
	ssize_t total = 0, n;

	if (check(iov, iovcnt) < 0)
		return -1;
	for (int i = 0; i < iovcnt; i++) {
		if (iov[i].iov_len == 0)
			continue;
		n = write(fd, iov[i].iov_base, iov[i].iov_len);
		if (n < 0)
			return total > 0 ? total : -1;
		total += n;
		if ((size_t)n < iov[i].iov_len)
			break;
	}
	return total;
}
