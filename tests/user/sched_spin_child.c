// A child spinning in user mode does not starve its parent.
// expect: exit 0
// expect-output: ^parent: ran 5 times while the child spins$
// expect-output: ^parent: child killed by SIGKILL$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 10
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static volatile unsigned counter;

int main(void)
{
	int fds[2], pid, st = -1, i;
	char c;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		write(fds[1], "s", 1); /* tell the parent we are spinning */
		for (;;)
			counter++;
	}
	if (!check_ok("fork", pid))
		return check_done();
	check(read(fds[0], &c, 1) == 1, "the child started spinning");
	for (i = 0; i < 5; i++)
		usleep(20000);
	printf("parent: ran %d times while the child spins\n", i);
	check(kill(pid, SIGKILL) == 0, "kill(child, SIGKILL)");
	check(waitpid(pid, &st, 0) == pid, "waitpid returns the child");
	if (WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL)
		printf("parent: child killed by SIGKILL\n");
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL,
	      "status 0x%x: WTERMSIG is SIGKILL", st);
	return check_done();
}
