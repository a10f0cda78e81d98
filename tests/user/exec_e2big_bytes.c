// execv's limit of ARG_MAX (131072) argument bytes: more gives E2BIG in several shapes, about 120000 in two arguments work.
// expect: exit 0
// expect-output: ^child: 4 arguments, \d+ bytes$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define SELF "/test/exec_e2big_bytes"

static char big[3][50001];
static char huge[140001];

int main(int argc, char **argv)
{
	int pid, st = -1;

	if (argc > 1 && strcmp(argv[1], "child") == 0) {
		int n = 0;

		for (int i = 0; i < argc; i++)
			n += strlen(argv[i]) + 1;
		printf("child: %d arguments, %d bytes\n", argc, n);
		return argc == 4 && strlen(argv[2]) == 60000 &&
				       strlen(argv[3]) == 60000
			       ? 0
			       : 1;
	}
	memset(big, 'b', sizeof(big));
	for (int i = 0; i < 3; i++)
		big[i][50000] = 0;
	memset(huge, 'h', sizeof(huge) - 1);
	{
		char *av[] = {SELF, big[0], big[1], big[2], NULL};

		check_err("execv with 3 x 50000 bytes of arguments",
			  execv(SELF, av), E2BIG);
	}
	{
		char *av[] = {SELF, huge, NULL};

		check_err("execv with one 140000-byte argument",
			  execv(SELF, av), E2BIG);
	}
	{
		/* Each argument is too big on its own, and the sum is more. */
		char *av[] = {SELF, big[0], big[1], huge, NULL};

		check_err("execv with 240000 bytes of arguments",
			  execv(SELF, av), E2BIG);
	}
	huge[60000] = 0; /* two arguments of 60000 bytes */
	huge[130000] = 0;
	pid = fork();
	if (pid == 0) {
		char *av[] = {SELF, "child", huge, huge + 70000, NULL};

		execv(SELF, av);
		printf("FAIL: execv with about 120000 bytes: %s\n",
		       errname(errno));
		_exit(1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "execv with about 120000 bytes of arguments works");
	return check_done();
}
