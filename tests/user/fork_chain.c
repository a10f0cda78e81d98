// A chain of 30 processes, each the child of the last, exits inside out.
// expect: exit 0
// expect-output: ^depth 30 reached$
// expect-output: ^chain returned 30$
// forbid-output: FAIL
// timeout: 30
//
// Each level waits for its child and exits with the child's code plus one,
// so the top sees 30 only if every wait got the right status.
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

#define DEPTH 30

int main(void)
{
	int depth = 0, pid, st;

	while (depth < DEPTH) {
		pid = fork();
		if (pid < 0) {
			printf("FAIL: fork at depth %d\n", depth);
			return 1;
		}
		if (pid > 0)
			break;
		depth++;
	}
	if (depth == DEPTH) {
		printf("depth %d reached\n", depth);
		_exit(0);
	}
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st)) {
		printf("FAIL: wait at depth %d\n", depth);
		_exit(255);
	}
	if (depth > 0)
		_exit(WEXITSTATUS(st) + 1);
	printf("chain returned %d\n", WEXITSTATUS(st) + 1);
	return WEXITSTATUS(st) + 1 == DEPTH ? 0 : 1;
}
