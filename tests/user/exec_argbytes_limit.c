// execv's 4096-byte argument limit, exactly: 4096 bytes work, 4097 do not.
// expect: exit 0
// expect-output: ^child: 3 arguments, 4096 bytes with their NULs$
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// The limit counts every argument string with its terminating NUL, as the
// kernel copies them (MAXARGBYTES in include/sysdefs.h), argv[0] included.
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define SELF  "/test/exec_argbytes_limit"
#define LIMIT 4096

static char filler[LIMIT];

int main(int argc, char **argv)
{
	int pid, st = -1, n;
	char *av[] = {SELF, "child", filler, NULL};

	if (argc > 1 && strcmp(argv[1], "child") == 0) {
		n = 0;
		for (int i = 0; i < argc; i++)
			n += strlen(argv[i]) + 1;
		printf("child: %d arguments, %d bytes with their NULs\n", argc,
		       n);
		return n == LIMIT ? 0 : 1;
	}
	/* SELF, "child" and filler, with their NULs, make LIMIT + 1. */
	n = LIMIT + 1 - (strlen(SELF) + 1) - (strlen("child") + 1) - 1;
	memset(filler, 'f', n);
	check_err("execv with 4097 bytes of arguments", execv(SELF, av), E2BIG);
	filler[n - 1] = 0;
	pid = fork();
	if (pid == 0) {
		execv(SELF, av);
		printf("FAIL: execv with 4096 bytes: %s\n", errname(errno));
		_exit(1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "execv with exactly 4096 bytes of arguments works");
	return check_done();
}
