// The errors of kill: ESRCH for no such process, EINVAL for bad signals.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int fds[2], pid, st = -1;
	char c;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		close(fds[1]);
		read(fds[0], &c, 1);
		_exit(0);
	}
	if (!check_ok("fork", pid))
		return check_done();
	close(fds[0]);
	check_err("kill(99999, SIGKILL)", kill(99999, SIGKILL), ESRCH);
	check_err("kill(child, 99)", kill(pid, 99), EINVAL);
	check_err("kill(child, NSIG)", kill(pid, NSIG), EINVAL);
	check_err("kill(child, -1)", kill(pid, -1), EINVAL);
	check_err("kill(child, 0x7fffffff)", kill(pid, 0x7fffffff), EINVAL);
	close(fds[1]); /* the bad kills did nothing: the child exits 0 */
	check(waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
		      WEXITSTATUS(st) == 0,
	      "the child was not touched by the bad kills");
	check_err("kill(reaped child, SIGKILL)", kill(pid, SIGKILL), ESRCH);
	return check_done();
}
