// The shell splits "echo  a   b" at runs of spaces: echo prints "a b".
// expect: exit 0
// expect-output: ^(\S+ )?a b$
// expect-output: ^shell exited with status 0$
// expect-output: ^all checks passed$
// forbid-output: a  b
// forbid-output: FAIL
//
// The shell reads its commands from a pipe on its standard input; the
// prompt, if it prints one, may precede echo's output on the same line.
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static const char script[] = "echo  a   b\nexit\n";

int main(void)
{
	int fds[2], pid, st = -1;

	if (!check_ok("pipe", pipe(fds)))
		return check_done();
	pid = fork();
	if (pid == 0) {
		char *av[] = {"/bin/sh", NULL};

		dup2(fds[0], 0);
		close(fds[0]);
		close(fds[1]);
		execv(av[0], av);
		printf("FAIL: execv /bin/sh: %s\n", errname(errno));
		_exit(127);
	}
	if (!check_ok("fork", pid))
		return check_done();
	close(fds[0]);
	check(write(fds[1], script, strlen(script)) == (int)strlen(script),
	      "wrote the script into the shell's stdin");
	close(fds[1]);
	check(waitpid(pid, &st, 0) == pid, "waitpid returns the shell");
	printf("\nshell exited with status %d\n",
	       WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "shell exited with 0");
	return check_done();
}
