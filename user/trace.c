/*
 * trace [-f] PROGRAM ARGS...: runs PROGRAM with its system calls traced,
 * in the manner of strace. The kernel prints the lines (kernel/trace.c):
 * one per call as it returns, one per signal taken, one at the end; with
 * -f also its children's, each marked "[pid N]". PROGRAM without a '/' is
 * looked for in /bin. trace ends as PROGRAM did: with its exit status, or
 * killed by the same signal.
 */
#include <errno.h>
#include <kestrel.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* In the child: turns tracing on, so that the first line is the execv. */
static void run(char *argv[], int flags)
{
	char path[PATH_MAX];

	if (strchr(argv[0], '/'))
		snprintf(path, sizeof(path), "%s", argv[0]);
	else
		snprintf(path, sizeof(path), "/bin/%s", argv[0]);
	if (trace(flags) < 0) {
		perror("trace: trace");
		_exit(127);
	}
	execv(path, argv);
	fprintf(stderr, "trace: cannot run %s: %s\n", path, strerror(errno));
	_exit(127);
}

int main(int argc, char *argv[])
{
	int flags = TRACE_ON, first = 1, pid, status;

	if (argc > 1 && strcmp(argv[1], "-f") == 0) {
		flags |= TRACE_CHILDREN;
		first = 2;
	}
	if (first >= argc) {
		fprintf(stderr, "usage: trace [-f] PROGRAM ARGS...\n");
		return 2;
	}
	pid = fork();
	if (pid < 0) {
		perror("trace: fork");
		return 1;
	}
	if (pid == 0)
		run(&argv[first], flags);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			perror("trace: waitpid");
			return 1;
		}
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	/* Die of the same signal, so whoever waits for us sees it. */
	signal(WTERMSIG(status), SIG_DFL);
	raise(WTERMSIG(status));
	return 128 + WTERMSIG(status);
}
