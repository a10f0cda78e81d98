// A program re-executes itself 30 times; memory must come back.
// expect: exit 0
// expect-output: ^exec 30 of 30$
// expect-output: ^done after 30 execs, pid unchanged$
// forbid-output: FAIL
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "check.h"

#define SELF "/test/exec_repeat"
#define N    30

static char filler[64 * 1024]; /* make each image a little bigger */

int main(int argc, char **argv)
{
	int i = argc > 1 ? atoi(argv[1]) : 0;
	int pid0 = argc > 2 ? atoi(argv[2]) : getpid();
	char next[12], pid[12];
	char *av[] = {SELF, next, pid, NULL};

	filler[i] = 1;
	if (i > 0)
		printf("exec %d of %d\n", i, N);
	if (getpid() != pid0) {
		printf("FAIL: pid changed from %d to %d\n", pid0, getpid());
		return 1;
	}
	if (i == N) {
		printf("done after %d execs, pid unchanged\n", N);
		return 0;
	}
	/* Grow the heap too, so the image to free is not just text. */
	malloc(20000);
	snprintf(next, sizeof(next), "%d", i + 1);
	snprintf(pid, sizeof(pid), "%d", pid0);
	execv(SELF, av);
	printf("FAIL: execv: %s\n", errname(errno));
	return 1;
}
