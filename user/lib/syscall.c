/*
 * The C side of the system call stubs (build/user/usys.S): errno, the
 * error path the stubs jump to, and POSIX calls built from other calls.
 */
#include <errno.h>
#include <signal.h>
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

/* The current directory's path in buf; NULL with errno on failure. */
char *getcwd(char *buf, size_t n)
{
	return __getcwd(buf, n) < 0 ? NULL : buf;
}

/* Sends sig to the calling process. */
int raise(int sig)
{
	return kill(getpid(), sig);
}
