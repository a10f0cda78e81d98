// execve's limit of ARGV_MAX (8192) strings, argv's and envp's together: 8192 arguments work, 8193 and 8192 with one environment string give E2BIG.
// expect: exit 0
// expect-output: ^child: argc=8192$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define SELF   "/test/exec_e2big_count"
#define MAXARG ARGV_MAX /* strings of argv and envp, NULLs not counted */

static char *av[MAXARG + 2];
static char *no_env[] = {NULL};
static char *one_env[] = {"A=b", NULL};

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
	check_err("execve with 8193 arguments", execve(SELF, av, no_env),
		  E2BIG);
	make_argv(MAXARG);
	check_err("execve with 8192 arguments and 1 environment string",
		  execve(SELF, av, one_env), E2BIG);
	pid = fork();
	if (pid == 0) {
		execve(SELF, av, no_env);
		printf("FAIL: execve with 8192 arguments: %s\n",
		       errname(errno));
		_exit(1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "execve with 8192 arguments ran the child, which saw argc=8192");
	return check_done();
}
