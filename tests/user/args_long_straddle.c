// Long arguments (3 x 1350 bytes, near the 4096-byte limit) via execv.
// expect: exit 0
// expect-output: ^child: argc=5$
// expect-output: ^child: argv\[2\] is 1350 x 'x'$
// expect-output: ^child: argv\[3\] is 1350 x 'y'$
// expect-output: ^child: argv\[4\] is 1350 x 'z'$
// expect-output: ^parent: child exited with status 0$
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// The strings (4081 bytes with their NULs) and the argv array together
// need more than one page, so the kernel's copy onto the new stack
// crosses a page boundary; the child checks that its argv array and its
// last string lie on different pages, and reports where each string is.
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define SELF "/test/args_long_straddle"
#define LEN  1350

static char longarg[3][LEN + 1];

static int child(int argc, char **argv)
{
	printf("child: argc=%d\n", argc);
	if (!check(argc == 5, "child: argc is 5"))
		return check_done();
	for (int i = 2; i < 5; i++) {
		char c = 'x' + i - 2;
		size_t n = strlen(argv[i]);
		int good = n == LEN;
		uintptr_t lo = (uintptr_t)argv[i], hi = lo + n;

		for (size_t j = 0; j < n && good; j++)
			good = argv[i][j] == c;
		if (good)
			printf("child: argv[%d] is %d x '%c'\n", i, LEN, c);
		check(good, "child: argv[%d] has length %u, expected %d x '%c'",
		      i, (unsigned)n, LEN, c);
		printf("child: argv[%d] at %p..%p%s\n", i, (void *)lo,
		       (void *)hi,
		       lo / 4096 != hi / 4096 ? " crosses a page boundary"
					      : "");
	}
	check(argv[5] == NULL, "child: argv[5] is NULL");
	check((uintptr_t)argv / 4096 != ((uintptr_t)argv[4] + LEN) / 4096,
	      "child: the argv array (%p) and the end of the strings (%p) "
	      "lie on different pages",
	      (void *)argv, (void *)(argv[4] + LEN));
	return check_done();
}

int main(int argc, char **argv)
{
	int pid, st = -1;

	if (argc > 1 && strcmp(argv[1], "child") == 0)
		return child(argc, argv);
	for (int i = 0; i < 3; i++)
		memset(longarg[i], 'x' + i, LEN);
	pid = fork();
	if (pid == 0) {
		char *av[] = {SELF,	  "child",    longarg[0],
			      longarg[1], longarg[2], NULL};

		execv(SELF, av);
		printf("FAIL: execv " SELF ": errno %s\n", errname(errno));
		_exit(1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	check(waitpid(pid, &st, 0) == pid, "waitpid returns the child");
	printf("parent: child exited with status %d\n",
	       WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "child exited with 0");
	return check_done();
}
