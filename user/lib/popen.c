/*
 * Commands run by the shell: system, popen, pclose. Each runs
 * "/bin/sh -c command", which keeps the command in the caller's process
 * group (user/sh.c), so ^C reaches both as on any Unix.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define SHELL "/bin/sh"

/* The pid of the command behind each popen stream, by descriptor. */
static pid_t popen_pid[OPEN_MAX];

static void run_shell(const char *command)
{
	char *argv[] = {"sh", "-c", (char *)command, NULL};

	execv(SHELL, argv);
	_exit(127);
}

/*
 * Runs command and returns its wait status, or -1 if no child could be
 * started. system(NULL) asks whether there is a shell: 1. SIGINT and
 * SIGQUIT are ignored and SIGCHLD blocked while the command runs.
 */
int system(const char *command)
{
	struct sigaction ign, oldint, oldquit;
	sigset_t block, oldmask;
	pid_t pid;
	int status;

	if (command == NULL)
		return access(SHELL, X_OK) == 0;
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigemptyset(&block);
	sigaddset(&block, SIGCHLD);
	sigprocmask(SIG_BLOCK, &block, &oldmask);
	sigaction(SIGINT, &ign, &oldint);
	sigaction(SIGQUIT, &ign, &oldquit);
	fflush(NULL); /* or the child could write our buffers twice */
	if ((pid = fork()) == 0) {
		sigaction(SIGINT, &oldint, NULL);
		sigaction(SIGQUIT, &oldquit, NULL);
		sigprocmask(SIG_SETMASK, &oldmask, NULL);
		run_shell(command);
	}
	status = -1;
	if (pid > 0) {
		while (waitpid(pid, &status, 0) < 0) {
			if (errno != EINTR) {
				status = -1;
				break;
			}
		}
	}
	sigaction(SIGINT, &oldint, NULL);
	sigaction(SIGQUIT, &oldquit, NULL);
	sigprocmask(SIG_SETMASK, &oldmask, NULL);
	return status;
}

/*
 * Runs command with its standard output (mode "r") or input ("w") on a
 * pipe, the other end of which is the stream returned. NULL with errno
 * on failure (EINVAL for another mode).
 */
FILE *popen(const char *command, const char *mode)
{
	int fds[2], reading = mode[0] == 'r', mine, theirs, want;
	pid_t pid;
	FILE *f;

	if ((mode[0] != 'r' && mode[0] != 'w') || mode[1] != '\0') {
		errno = EINVAL;
		return NULL;
	}
	if (pipe(fds) < 0)
		return NULL;
	mine = reading ? fds[0] : fds[1];
	theirs = reading ? fds[1] : fds[0];
	want = reading ? STDOUT_FILENO : STDIN_FILENO;
	fflush(NULL);
	if ((pid = fork()) < 0) {
		close(fds[0]);
		close(fds[1]);
		return NULL;
	}
	if (pid == 0) {
		close(mine);
		/* Earlier popen streams are the parent's alone. */
		for (int fd = 0; fd < OPEN_MAX; fd++)
			if (popen_pid[fd] != 0)
				close(fd);
		if (theirs != want) {
			dup2(theirs, want);
			close(theirs);
		}
		run_shell(command);
	}
	close(theirs);
	if ((f = fdopen(mine, mode)) == NULL) {
		close(mine);
		waitpid(pid, NULL, 0);
		return NULL;
	}
	popen_pid[mine] = pid;
	return f;
}

/* Closes f and waits for its command; the wait status, or -1 (ECHILD
 * if f did not come from popen). */
int pclose(FILE *f)
{
	int fd = fileno(f), status;
	pid_t pid;

	if (fd < 0 || fd >= OPEN_MAX || popen_pid[fd] == 0) {
		errno = ECHILD;
		return -1;
	}
	pid = popen_pid[fd];
	popen_pid[fd] = 0;
	fclose(f);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return status;
}
