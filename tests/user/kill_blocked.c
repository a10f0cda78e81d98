// SIGKILL ends children blocked in read, write, waitpid and usleep.
// expect: exit 0
// expect-output: ^child blocked in read: killed by SIGKILL$
// expect-output: ^child blocked in write: killed by SIGKILL$
// expect-output: ^child blocked in waitpid: killed by SIGKILL$
// expect-output: ^child blocked in usleep: killed by SIGKILL$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 30
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

enum { IN_READ, IN_WRITE, IN_WAIT, IN_SLEEP };
static const char *const names[] = {"read", "write", "waitpid", "usleep"};
static char big[65536];

/* The child: blocks where it is told; reports a grandchild's pid on wfd. */
static void block(int how, int rfd, int wfd)
{
	int g, st;

	switch (how) {
	case IN_READ:
		read(rfd, big, 1); /* nobody writes */
		break;
	case IN_WRITE:
		write(wfd, big, sizeof(big)); /* nobody reads */
		break;
	case IN_WAIT:
		g = fork();
		if (g == 0) {
			usleep(30000000);
			_exit(0);
		}
		write(wfd, &g, sizeof(g));
		waitpid(g, &st, 0);
		break;
	case IN_SLEEP:
		usleep(30000000);
		break;
	}
	_exit(1);
}

int main(void)
{
	for (int how = IN_READ; how <= IN_SLEEP; how++) {
		int fds[2], pid, st = -1, g = -1;

		pipe(fds);
		pid = fork();
		if (pid == 0)
			block(how, fds[0], fds[1]);
		if (!check_ok("fork", pid))
			return check_done();
		if (how == IN_WAIT) {
			int n = read(fds[0], &g, sizeof(g));

			check(n == sizeof(g) && g > 0,
			      "got the grandchild's pid %d", g);
		}
		usleep(100000); /* let it block */
		check(kill(pid, SIGKILL) == 0, "kill(child, SIGKILL)");
		check(waitpid(pid, &st, 0) == pid, "waitpid returns the child");
		if (WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL)
			printf("child blocked in %s: killed by SIGKILL\n",
			       names[how]);
		else
			check(0, "child blocked in %s: status 0x%x", names[how],
			      st);
		/* The orphaned grandchild is init's now; init reaps it. */
		if (g > 0)
			check(kill(g, SIGKILL) == 0, "kill(grandchild)");
		close(fds[0]);
		close(fds[1]);
	}
	return check_done();
}
