// An orphaned grandchild passes to init, which reaps it.
// expect: exit 0
// expect-output: ^grandchild: my parent is now init \(ppid 1\)$
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// The grandchild is reparented to init, which reaps it: the main process
// does not wait for it, but reads one byte from it on a second pipe, sent
// once its line is out, so that its line comes before the summary however
// the three processes are scheduled.
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static void grandchild(int wfd, int donefd)
{
	int i;

	close(wfd); /* the parent sees EOF once the child has gone too */
	for (i = 0; i < 500 && getppid() != 1; i++)
		usleep(10000);
	if (getppid() == 1)
		printf("grandchild: my parent is now init (ppid 1)\n");
	else
		printf("FAIL: grandchild: ppid is %d after 5 s, expected 1\n",
		       getppid());
	write(donefd, "", 1);
	_exit(0);
}

int main(void)
{
	int fds[2], done[2], pid, gpid = -1, st = -1, n;
	char c;

	pipe(fds);
	pipe(done);
	pid = fork();
	if (pid == 0) {
		int g = fork();

		close(fds[0]);
		close(done[0]);
		if (g == 0)
			grandchild(fds[1], done[1]);
		close(done[1]);
		write(fds[1], &g, sizeof(g));
		_exit(g > 0 ? 0 : 1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	close(fds[1]);
	close(done[1]);
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
	check(read(done[0], &c, 1) == 1, "the grandchild has printed its line");
	return check_done();
}
