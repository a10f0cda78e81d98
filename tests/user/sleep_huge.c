// usleep(4000000000) (over an hour) must not overflow into a short sleep.
// expect: exit 0
// expect-output: ^child still asleep after 300 ms$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 10
//
// 4e9 microseconds times 100 Hz does not fit in 32 bits: a kernel that
// computes usec * hz / 1000000 naively sleeps for a few seconds or less.
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int pid, st = -1, r;

	pid = fork();
	if (pid == 0) {
		usleep(4000000000u);
		_exit(1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	usleep(300000);
	r = waitpid(pid, &st, WNOHANG);
	if (r == 0)
		printf("child still asleep after 300 ms\n");
	check(r == 0,
	      "usleep(4000000000) still sleeping after 300 ms: "
	      "waitpid gave %d",
	      r);
	kill(pid, SIGKILL);
	if (r == 0)
		waitpid(pid, &st, 0);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL,
	      "the sleeper died by SIGKILL");
	return check_done();
}
