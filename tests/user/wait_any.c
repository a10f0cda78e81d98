// Tests wait() on many children: each is returned once, with its own exit code.
// expect: exit 0
// expect-output: ^reaped 10 children$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define N 10

int main(void)
{
	int pids[N], seen[N] = {0}, nreaped = 0, st, pid;

	for (int i = 0; i < N; i++) {
		pids[i] = fork();
		if (pids[i] == 0) {
			usleep((N - i) * 5000); /* exit in reverse order */
			_exit(10 + i);
		}
		if (!check_ok("fork", pids[i]))
			return check_done();
	}
	while ((pid = wait(&st)) > 0) {
		int i = 0;

		while (i < N && pids[i] != pid)
			i++;
		if (!check(i < N, "wait returned %d, one of our children", pid))
			continue;
		check(!seen[i], "child %d returned only once", pid);
		seen[i] = 1;
		check(WIFEXITED(st) && WEXITSTATUS(st) == 10 + i,
		      "child %d exited with %d", pid, 10 + i);
		nreaped++;
	}
	check(errno == ECHILD, "wait ends with ECHILD");
	printf("reaped %d children\n", nreaped);
	check(nreaped == N, "reaped all %d children", N);
	return check_done();
}
