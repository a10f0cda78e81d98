/*
 * strerror and strsignal: the errno messages come from kernel/errname.c,
 * shared with the kernel; the signals' descriptions are here, in the
 * usual (glibc) wording.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

/*
 * Returns the message for err. An unknown number gets "Unknown error N"
 * in a static buffer, overwritten by the next such call.
 */
char *strerror(int err)
{
	static char unknown[32];
	const char *m = errno_message(err);

	if (m != NULL)
		return (char *)m;
	snprintf(unknown, sizeof(unknown), "Unknown error %d", err);
	return unknown;
}

/* Copies the message for err into buf; 0, or ERANGE if it was cut. */
int strerror_r(int err, char *buf, size_t n)
{
	return strlcpy(buf, strerror(err), n) < n ? 0 : ERANGE;
}

static const char *const descriptions[NSIG] = {
	[SIGHUP] = "Hangup",
	[SIGINT] = "Interrupt",
	[SIGQUIT] = "Quit",
	[SIGILL] = "Illegal instruction",
	[SIGTRAP] = "Trace/breakpoint trap",
	[SIGABRT] = "Aborted",
	[SIGBUS] = "Bus error",
	[SIGFPE] = "Floating point exception",
	[SIGKILL] = "Killed",
	[SIGUSR1] = "User defined signal 1",
	[SIGSEGV] = "Segmentation fault",
	[SIGUSR2] = "User defined signal 2",
	[SIGPIPE] = "Broken pipe",
	[SIGALRM] = "Alarm clock",
	[SIGTERM] = "Terminated",
	[SIGSTKFLT] = "Stack fault",
	[SIGCHLD] = "Child exited",
	[SIGCONT] = "Continued",
	[SIGSTOP] = "Stopped (signal)",
	[SIGTSTP] = "Stopped",
	[SIGTTIN] = "Stopped (tty input)",
	[SIGTTOU] = "Stopped (tty output)",
	[SIGURG] = "Urgent I/O condition",
	[SIGXCPU] = "CPU time limit exceeded",
	[SIGXFSZ] = "File size limit exceeded",
	[SIGVTALRM] = "Virtual timer expired",
	[SIGPROF] = "Profiling timer expired",
	[SIGWINCH] = "Window changed",
	[SIGIO] = "I/O possible",
	[SIGPWR] = "Power failure",
	[SIGSYS] = "Bad system call",
};

/*
 * Returns the description of signal sig; an unknown number gets "Unknown
 * signal N" in a static buffer, overwritten by the next such call.
 */
char *strsignal(int sig)
{
	static char unknown[32];

	if (sig > 0 && sig < NSIG && descriptions[sig] != NULL)
		return (char *)descriptions[sig];
	snprintf(unknown, sizeof(unknown), "Unknown signal %d", sig);
	return unknown;
}

/* Prints "s: message" for the current errno on stderr. */
void perror(const char *s)
{
	const char *msg = strerror(errno);

	if (s != NULL && *s != 0)
		fprintf(stderr, "%s: %s\n", s, msg);
	else
		fprintf(stderr, "%s\n", msg);
}

/* See <signal.h>. */
void psignal(int sig, const char *s)
{
	if (s != NULL && *s != '\0')
		dprintf(2, "%s: %s\n", s, strsignal(sig));
	else
		dprintf(2, "%s\n", strsignal(sig));
}
