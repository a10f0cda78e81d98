// getpid and getppid across fork; init (pid 1) is our parent.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int me = getpid(), fds[2], pid, ids[2] = {-1, -1}, st = -1;

	check(me > 1, "getpid() = %d, not init's 1", me);
	check(getpid() == me, "getpid() is stable");
	check(getppid() == 1, "getppid() = %d: init (1) started us", getppid());
	pipe(fds);
	pid = fork();
	if (pid == 0) {
		ids[0] = getpid();
		ids[1] = getppid();
		write(fds[1], ids, sizeof(ids));
		_exit(0);
	}
	if (!check_ok("fork", pid))
		return check_done();
	check(read(fds[0], ids, sizeof(ids)) == sizeof(ids),
	      "read the child's ids");
	check(ids[0] == pid, "child's getpid() %d equals fork's result %d",
	      ids[0], pid);
	check(ids[1] == me, "child's getppid() %d equals parent's pid %d",
	      ids[1], me);
	check(pid != me, "child and parent have different pids");
	check(getpid() == me, "parent's pid did not change across fork");
	waitpid(pid, &st, 0);
	pid = fork();
	if (pid == 0)
		_exit(0);
	check(pid > 0 && pid != ids[0],
	      "a second child gets a new pid (%d, first %d)", pid, ids[0]);
	waitpid(pid, &st, 0);
	return check_done();
}
