// 20 children asleep for 10 s die by SIGKILL at once.
// expect: exit 0
// expect-output: ^killed and reaped 20 sleepers in \d+ ms$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 30
#include <kestrel.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define N 20

int main(void)
{
	int pids[N], st, good = 0, t0, dt;

	for (int i = 0; i < N; i++) {
		pids[i] = fork();
		if (pids[i] == 0) {
			usleep(10000000);
			_exit(1);
		}
		if (!check_ok("fork", pids[i]))
			return check_done();
	}
	usleep(100000); /* let them all fall asleep */
	t0 = uptime();
	for (int i = 0; i < N; i++)
		check(kill(pids[i], SIGKILL) == 0, "kill(%d, SIGKILL)",
		      pids[i]);
	for (int i = 0; i < N; i++)
		good += waitpid(pids[i], &st, 0) == pids[i] &&
			WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL;
	dt = uptime() - t0;
	printf("killed and reaped %d sleepers in %d ms\n", good, dt);
	check(good == N, "all %d died by SIGKILL", N);
	check(dt < 5000, "they died at once (%d ms), not after their sleep",
	      dt);
	return check_done();
}
