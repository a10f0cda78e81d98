/*
 * What the system is and allows: uname, gethostname, sysconf, pathconf,
 * getpagesize; and small calls built from others: readlink,
 * truncate, sched_yield, flock.
 */
#include <errno.h>
#include <fcntl.h>
#include <kestrel.h>
#include <limits.h>
#include <memlayout.h>
#include <sched.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <unistd.h>
#include <utime.h>

#define KESTREL_RELEASE "0.1" /* as the kernel prints it at boot */
#define HOSTNAME	"kestrel"
#define PAGE_SIZE	4096

/* See <sys/utsname.h>. */
int uname(struct utsname *u)
{
	memset(u, 0, sizeof(*u));
	strcpy(u->sysname, "kestrel");
	strcpy(u->nodename, HOSTNAME);
	strcpy(u->release, KESTREL_RELEASE);
	strcpy(u->version, "kestrel " KESTREL_RELEASE " (i386)");
	strcpy(u->machine, "i686");
	return 0;
}

/* The host's name, truncated to n bytes as POSIX allows (then maybe
 * without its NUL); 0. The name is fixed: sethostname does not exist. */
int gethostname(char *name, size_t n)
{
	strncpy(name, HOSTNAME, n);
	return 0;
}

int getpagesize(void)
{
	return PAGE_SIZE;
}

/* A value from meminfo, or -1 (errno from meminfo). */
static long from_meminfo(int name)
{
	struct meminfo mi;

	if (meminfo(&mi) < 0)
		return -1;
	switch (name) {
	case _SC_CLK_TCK:
		return mi.hz;
	case _SC_CHILD_MAX:
		return mi.nproc_max;
	case _SC_PHYS_PAGES:
		return mi.total_frames;
	default:
		return mi.free_frames;
	}
}

/* See <unistd.h>: a limit or option; -1 with EINVAL for an unknown name. */
long sysconf(int name)
{
	switch (name) {
	case _SC_ARG_MAX:
		return ARG_MAX;
	case _SC_OPEN_MAX:
		return OPEN_MAX;
	case _SC_PAGESIZE:
		return PAGE_SIZE;
	case _SC_LINE_MAX:
		return LINE_MAX;
	case _SC_HOST_NAME_MAX:
		return HOST_NAME_MAX;
	case _SC_IOV_MAX:
		return IOV_MAX;
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN:
		return 1;
	case _SC_VERSION:
		return 200809L;
	case _SC_NGROUPS_MAX:
		return NGROUPS_MAX;
	case _SC_TTY_NAME_MAX:
		return TTY_NAME_MAX;
	case _SC_STREAM_MAX:
		return OPEN_MAX;
	case _SC_ATEXIT_MAX:
		return ATEXIT_MAX;
	case _SC_CLK_TCK:
	case _SC_CHILD_MAX:
	case _SC_PHYS_PAGES:
	case _SC_AVPHYS_PAGES:
		return from_meminfo(name);
	}
	errno = EINVAL;
	return -1;
}

/* The limits are the same for every file (kernel/fs: one set). */
long fpathconf(int fd, int name)
{
	struct stat st;

	if (fstat(fd, &st) < 0)
		return -1;
	return pathconf("/", name);
}

/* See <unistd.h>: -1 with EINVAL for an unknown name. */
long pathconf(const char *path, int name)
{
	struct stat st;

	if (stat(path, &st) < 0)
		return -1;
	switch (name) {
	case _PC_LINK_MAX:
		return 32000; /* ext2's */
	case _PC_NAME_MAX:
		return NAME_MAX;
	case _PC_PATH_MAX:
		return PATH_MAX;
	case _PC_PIPE_BUF:
		return PIPE_BUF;
	case _PC_NO_TRUNC:
		return 1; /* too long a name is an error */
	case _PC_MAX_CANON:
	case _PC_MAX_INPUT:
		return 255;
	case _PC_CHOWN_RESTRICTED:
		return 1;
	case _PC_VDISABLE:
		return 0;
	}
	errno = EINVAL;
	return -1;
}

/* kestrel's file systems have no symbolic links: an existing path is
 * not one (EINVAL); a missing one gives stat's error. */
ssize_t readlink(const char *path, char *buf, size_t n)
{
	struct stat st;

	(void)buf;
	(void)n;
	if (lstat(path, &st) < 0)
		return -1;
	errno = EINVAL;
	return -1;
}

/* No symbolic links can be made: ENOSYS. */
int symlink(const char *target, const char *path)
{
	(void)target;
	(void)path;
	errno = ENOSYS;
	return -1;
}

/* ftruncate on the file path names. */
int truncate(const char *path, off_t len)
{
	int fd = open(path, O_WRONLY, 0), r;

	if (fd < 0)
		return -1;
	r = ftruncate(fd, len);
	close(fd);
	return r;
}

/* See <sched.h>: a zero-length sleep ends the time slice. */
int sched_yield(void)
{
	usleep(0);
	return 0;
}

/* See <sys/file.h>: every lock is granted at once. */
int flock(int fd, int operation)
{
	int op = operation & ~LOCK_NB;

	if (fcntl(fd, F_GETFL, 0) < 0)
		return -1;
	if (op != LOCK_SH && op != LOCK_EX && op != LOCK_UN) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

/* See <unistd.h>: checks fd and cmd, grants every lock. */
int lockf(int fd, int cmd, off_t len)
{
	(void)len;
	if (fcntl(fd, F_GETFL, 0) < 0)
		return -1;
	if (cmd < F_ULOCK || cmd > F_TEST) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

pid_t vfork(void)
{
	return fork();
}

void swab(const void *s, void *d, ssize_t n)
{
	const unsigned char *p = s;
	unsigned char *q = d;

	for (; n > 1; n -= 2, p += 2, q += 2) {
		unsigned char t = p[0];

		q[0] = p[1];
		q[1] = t;
	}
}

/* Neither FIFOs nor device files can be made: ENOSYS, or the error of a
 * missing parent directory. */
int mkfifo(const char *path, mode_t mode)
{
	(void)path;
	(void)mode;
	errno = ENOSYS;
	return -1;
}

int mknod(const char *path, mode_t mode, dev_t dev)
{
	(void)dev;
	return mkfifo(path, mode);
}

int posix_fadvise(int fd, off_t off, off_t len, int advice)
{
	(void)off;
	(void)len;
	if (fcntl(fd, F_GETFL, 0) < 0)
		return EBADF;
	return advice < POSIX_FADV_NORMAL || advice > POSIX_FADV_NOREUSE
		       ? EINVAL
		       : 0;
}

/* See <utime.h>. */
int utime(const char *path, const struct utimbuf *times)
{
	struct stat st;

	(void)times;
	if (stat(path, &st) < 0)
		return -1;
	errno = ENOSYS;
	return -1;
}

int utimes(const char *path, const struct timeval times[2])
{
	(void)times;
	return utime(path, NULL);
}
