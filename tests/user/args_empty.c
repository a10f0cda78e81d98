// Empty argument strings survive execv: argv {"x", "", "b", ""} gives argc 4.
// expect: exit 0
// expect-output: ^child: argc=4 \[\] \[b\] \[\]$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define SELF "/test/args_empty"

int main(int argc, char **argv)
{
	int pid, st = -1;

	if (argc > 0 && strcmp(argv[0], "x") == 0) {
		printf("child: argc=%d", argc);
		for (int i = 1; i < argc; i++)
			printf(" [%s]", argv[i]);
		printf("\n");
		return argc == 4 && argv[1][0] == 0 &&
				       strcmp(argv[2], "b") == 0 &&
				       argv[3][0] == 0 && argv[4] == NULL
			       ? 0
			       : 1;
	}
	pid = fork();
	if (pid == 0) {
		char *av[] = {"x", "", "b", "", NULL};

		execv(SELF, av);
		_exit(127);
	}
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "the child saw the empty arguments: status 0x%x", st);
	return check_done();
}
