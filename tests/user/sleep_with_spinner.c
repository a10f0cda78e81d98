// A sleeper wakes on time while a child spins: 300..340 ms.
// expect: exit 0
// icount: yes
// expect-output: ^usleep\(300000\) with a spinner took \d+ ms$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 10
#include <kestrel.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int fds[2], pid, st, t0, dt;
	char c;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		write(fds[1], "s", 1);
		for (volatile unsigned i = 0;; i++)
			;
	}
	if (!check_ok("fork", pid))
		return check_done();
	read(fds[0], &c, 1);
	t0 = uptime();
	usleep(300000);
	dt = uptime() - t0;
	printf("usleep(300000) with a spinner took %d ms\n", dt);
	check(dt >= 300 && dt <= 340, "300 <= %d <= 340", dt);
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL,
	      "spinner killed by SIGKILL");
	return check_done();
}
