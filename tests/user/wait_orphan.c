// An orphaned grandchild passes to init, which reaps it.
// expect: exit 0
// expect-output: ^all checks passed$
// expect-output: ^grandchild: my parent is now init \(ppid 1\)$
// forbid-output: FAIL
//
// The grandchild outlives the test's main process; init waits for it
// before it reports, so its lines appear and the leak check covers it.
// It speaks only once the main process has ended (end of file on a pipe
// that only the main process writes to), so its line comes last however
// the processes are scheduled.
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static void grandchild(int wfd, int done)
{
	char c;
	int i;

	close(wfd);	   /* the parent sees EOF once the child has gone too */
	read(done, &c, 1); /* end of file: the main process has ended */
	for (i = 0; i < 500 && getppid() != 1; i++)
		usleep(10000);
	if (getppid() == 1)
		printf("grandchild: my parent is now init (ppid 1)\n");
	else
		printf("FAIL: grandchild: ppid is %d after 5 s, expected 1\n",
		       getppid());
	_exit(0);
}

int main(void)
{
	int fds[2], done[2], pid, gpid = -1, st = -1, n;

	pipe(fds);
	pipe(done);
	pid = fork();
	if (pid == 0) {
		int g;

		close(done[1]); /* only the main process keeps it open */
		g = fork();
		close(fds[0]);
		if (g == 0)
			grandchild(fds[1], done[0]);
		write(fds[1], &g, sizeof(g));
		_exit(g > 0 ? 0 : 1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	close(fds[1]);
	n = read(fds[0], &gpid, sizeof(gpid));
	check(n == sizeof(gpid) && gpid > 0,
	      "child forked a grandchild (pid %d)", gpid);
	check(waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
		      WEXITSTATUS(st) == 0,
	      "child exited with 0");
	check_err("waitpid(grandchild): not our child", waitpid(gpid, &st, 0),
		  ECHILD);
	check_err("wait(): no children left", wait(&st), ECHILD);
	close(fds[0]);
	return check_done();
}
