// waitpid for pids that are not our children gives ECHILD at once.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 10
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int st, fds[2], pid;
	char c;

	check_err("waitpid(12345) with no children", waitpid(12345, &st, 0),
		  ECHILD);
	check_err("waitpid(-1) with no children", waitpid(-1, &st, 0), ECHILD);
	/* Now with a live child, so "no child at all" is not the answer. */
	pipe(fds);
	pid = fork();
	if (pid == 0) {
		close(fds[1]);
		read(fds[0], &c, 1);
		_exit(0);
	}
	if (!check_ok("fork", pid))
		return check_done();
	check_err("waitpid(12345)", waitpid(12345, &st, 0), ECHILD);
	check_err("waitpid(own pid)", waitpid(getpid(), &st, 0), ECHILD);
	check_err("waitpid(parent's pid)", waitpid(getppid(), &st, 0), ECHILD);
	check_err("waitpid(1), init", waitpid(1, &st, 0), ECHILD);
	check_err("waitpid(0x7fffffff)", waitpid(0x7fffffff, &st, 0), ECHILD);
	close(fds[1]); /* the child sees EOF and exits */
	check(waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
		      WEXITSTATUS(st) == 0,
	      "waitpid(child) still works");
	return check_done();
}
