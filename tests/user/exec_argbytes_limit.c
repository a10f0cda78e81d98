// execve's ARG_MAX (131072 bytes of argument and environment strings with their NULs), exactly: ARG_MAX work, ARG_MAX + 1 give E2BIG and the caller goes on; the environment counts too.
// expect: exit 0
// expect-output: ^child: 3 arguments, 131072 bytes with their NULs$
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// The limit counts every string with its terminating NUL, as the kernel
// copies them (MAXARGBYTES in include/param.h), argv[0] included. The
// one 131 KB argument crosses 32 page boundaries on both sides.
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define SELF "/test/exec_argbytes_limit"

static char filler[ARG_MAX];
static char *no_env[] = {NULL};
static char *one_env[] = {"A=b", NULL};

int main(int argc, char **argv)
{
	int pid, st = -1, n;
	char *av[] = {SELF, "child", filler, NULL};

	if (argc > 1 && strcmp(argv[1], "child") == 0) {
		n = 0;
		for (int i = 0; i < argc; i++)
			n += strlen(argv[i]) + 1;
		for (int i = 0; i < (int)sizeof(filler) - 1 && argv[2][i]; i++)
			if (argv[2][i] != 'f' + i % 16) {
				printf("FAIL: byte %d of the filler changed\n",
				       i);
				return 1;
			}
		printf("child: %d arguments, %d bytes with their NULs\n", argc,
		       n);
		return n == ARG_MAX ? 0 : 1;
	}
	/* SELF, "child" and filler, with their NULs, make ARG_MAX + 1. */
	n = ARG_MAX + 1 - (strlen(SELF) + 1) - (strlen("child") + 1) - 1;
	for (int i = 0; i < n; i++)
		filler[i] = 'f' + i % 16;
	check_err("execve with ARG_MAX + 1 bytes of arguments",
		  execve(SELF, av, no_env), E2BIG);
	filler[n - 1] = 0;
	check_err("execve with ARG_MAX bytes of arguments and A=b",
		  execve(SELF, av, one_env), E2BIG);
	pid = fork();
	if (pid == 0) {
		execve(SELF, av, no_env);
		printf("FAIL: execve with ARG_MAX bytes: %s\n", errname(errno));
		_exit(1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "execve with exactly ARG_MAX bytes of arguments works");
	return check_done();
}
