// A child can be waited for only once: the second waitpid gives ECHILD.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int pid = fork(), st = -1;

	if (pid == 0)
		_exit(3);
	if (!check_ok("fork", pid))
		return check_done();
	check(waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
		      WEXITSTATUS(st) == 3,
	      "first waitpid(child) returns it with exit code 3");
	check_err("second waitpid(child)", waitpid(pid, &st, 0), ECHILD);
	check_err("wait() with no children left", wait(&st), ECHILD);
	check_err("waitpid(-1, WNOHANG) with no children left",
		  waitpid(-1, &st, WNOHANG), ECHILD);
	return check_done();
}
