/*
 * The C side of the system call stubs (build/user/usys.S): errno, the
 * error path the stubs jump to, and POSIX calls built from other calls.
 */
#include <errno.h>
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

/* Sends sig to the calling process. */
int raise(int sig)
{
	return kill(getpid(), sig);
}

/* See <unistd.h>: the working directory is always "/". With buf NULL,
 * as in glibc, the name goes into memory from malloc (size bytes, or as
 * many as it needs if size is 0). */
char *getcwd(char *buf, size_t size)
{
	if (buf == NULL) {
		if (size == 0)
			size = 2;
		if ((buf = malloc(size)) == NULL)
			return NULL;
		if (size < 2) {
			free(buf);
			errno = ERANGE;
			return NULL;
		}
		return strcpy(buf, "/");
	}
	if (size == 0) {
		errno = EINVAL;
		return NULL;
	}
	if (size < 2) {
		errno = ERANGE;
		return NULL;
	}
	return strcpy(buf, "/");
}

/* Nothing is cached: the files live in memory. */
void sync(void)
{
}
