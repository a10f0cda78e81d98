// execv's limit of 32 arguments: 32 work, 33 and 1000 give E2BIG.
// expect: exit 0
// expect-output: ^child: argc=32$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define SELF   "/test/exec_e2big_count"
#define MAXARG 32 /* the kernel's limit on argv entries, NULL not counted */

static char *av[1001];

/* Fills av with n entries: SELF, "child", then "a"s; av[n] = NULL. */
static void make_argv(int n)
{
	av[0] = SELF;
	for (int i = 1; i < n; i++)
		av[i] = i == 1 ? "child" : "a";
	av[n] = NULL;
}

int main(int argc, char **argv)
{
	int pid, st = -1;

	if (argc > 1 && strcmp(argv[1], "child") == 0) {
		printf("child: argc=%d\n", argc);
		return argc == MAXARG ? 0 : 1;
	}
	make_argv(MAXARG + 1);
	check_err("execv with 33 arguments", execv(SELF, av), E2BIG);
	make_argv(1000);
	check_err("execv with 1000 arguments", execv(SELF, av), E2BIG);
	make_argv(MAXARG);
	pid = fork();
	if (pid == 0) {
		execv(SELF, av);
		printf("FAIL: execv with 32 arguments: %s\n", errname(errno));
		_exit(1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "execv with 32 arguments ran the child, which saw argc=32");
	return check_done();
}
