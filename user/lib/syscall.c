/*
 * The C side of the system call stubs (build/user/usys.S): errno, the
 * error path the stubs jump to, and POSIX calls built from other calls.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int errno;

/*
 * Reached by a jump, not a call, from a stub whose result in eax was in
 * [-4095, -1]: regparm(1) makes that eax our argument. We return -1 to
 * the stub's caller, as the stub's own return address is still on top of
 * the stack.
 */
__attribute__((regparm(1))) int __syscall_error(int neg_errno);

__attribute__((regparm(1))) int __syscall_error(int neg_errno)
{
	errno = -neg_errno;
	return -1;
}

/* Same as waitpid(-1, status, 0). */
pid_t wait(int *status)
{
	return waitpid(-1, status, 0);
}

/* Sleeps a second at a time, so large counts cannot overflow usleep. */
unsigned int sleep(unsigned int seconds)
{
	for (; seconds > 0; seconds--)
		if (usleep(1000000) < 0)
			return seconds;
	return 0;
}

int __getcwd(char *buf, unsigned n);
int __sync(void);

/*
 * The current directory's path in buf (size bytes); NULL with errno on
 * failure (ERANGE: it does not fit; EINVAL: size is 0). With buf NULL,
 * as in glibc, the name goes into memory from malloc (size bytes, or as
 * many as it needs if size is 0).
 */
char *getcwd(char *buf, size_t size)
{
	char path[PATH_MAX], *copy;

	if (buf != NULL) {
		if (size == 0) {
			errno = EINVAL;
			return NULL;
		}
		return __getcwd(buf, size) < 0 ? NULL : buf;
	}
	if (__getcwd(path, sizeof(path)) < 0)
		return NULL;
	if (size != 0 && strlen(path) >= size) {
		errno = ERANGE;
		return NULL;
	}
	copy = malloc(size != 0 ? size : strlen(path) + 1);
	return copy ? strcpy(copy, path) : NULL;
}

/* Writes every cached block to the disk (the cache writes through: this
 * asks the drive to empty its own cache). */
void sync(void)
{
	__sync();
}

/* Sends sig to the calling process. */
int raise(int sig)
{
	return kill(getpid(), sig);
}
