// SIGPIPE ends a writer whose reader is gone, so "yes | head -n 3" ends:
// first with the two sides forked here (the writer dies of SIGPIPE),
// then as a shell pipeline of this program in its two roles ("yes":
// print y forever through stdio, ignoring errors; "head N": print N lines
// of stdin through fgets). Without SIGPIPE the writer would loop forever.
// expect: exit 0
// expect-output: ^child killed by SIGPIPE$
// expect-output: ^(\$ )?y$
// expect-output: ^y$
// expect-output: ^y$
// expect-output: ^shell exited with status 0$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 30
//
// The shell's prompt may come before the first y on its line.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static const char script[] =
	"/test/pipe_yes_head yes | /test/pipe_yes_head head 3\nexit\n";

/* Writes "y" lines for ever, as yes does; only a signal stops it. */
static void yes(void)
{
	for (;;)
		fputs("y\n", stdout);
}

/* Reads the first n lines of stdin and, if print, copies them to stdout,
 * as head -n does; returns 0 if there were n. */
static int head(int n, int print)
{
	char line[128];

	for (; n > 0 && fgets(line, sizeof(line), stdin) != NULL; n--)
		if (print)
			fputs(line, stdout);
	return n != 0;
}

/* The pipeline made here: yes's stdout into head's stdin. */
static void forked(void)
{
	int fds[2], wpid, rpid, st = 0;

	pipe(fds);
	if ((wpid = fork()) == 0) {
		dup2(fds[1], 1);
		close(fds[0]);
		close(fds[1]);
		yes();
	}
	if ((rpid = fork()) == 0) {
		dup2(fds[0], 0);
		close(fds[0]);
		close(fds[1]);
		exit(head(3, 0));
	}
	close(fds[0]);
	close(fds[1]);
	check(waitpid(rpid, &st, 0) == rpid && WIFEXITED(st) &&
		      WEXITSTATUS(st) == 0,
	      "head read 3 lines and exited");
	check_child_killed(wpid, SIGPIPE);
}

/* The same pipeline, run by the shell. */
static void shell(void)
{
	int fds[2], pid, st = -1;

	pipe(fds);
	if ((pid = fork()) == 0) {
		char *av[] = {"/bin/sh", NULL};

		dup2(fds[0], 0);
		close(fds[0]);
		close(fds[1]);
		execv(av[0], av);
		_exit(127);
	}
	close(fds[0]);
	write(fds[1], script, strlen(script));
	close(fds[1]);
	check(waitpid(pid, &st, 0) == pid, "waitpid returns the shell");
	printf("\nshell exited with status %d\n",
	       WIFEXITED(st) ? WEXITSTATUS(st) : -1);
}

int main(int argc, char *argv[])
{
	if (argc == 2 && strcmp(argv[1], "yes") == 0)
		yes();
	if (argc == 3 && strcmp(argv[1], "head") == 0)
		return head(atoi(argv[2]), 1);
	forked();
	shell();
	return check_done();
}
