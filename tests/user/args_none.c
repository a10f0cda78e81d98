// Tests a program started with no arguments: argc is 1, argv[1] is NULL.
// expect: exit 0
// expect-output: ^argc=1$
// expect-output: ^argv\[0\]=\S*args_none$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include "check.h"

int main(int argc, char **argv)
{
	printf("argc=%d\n", argc);
	check(argc == 1, "argc is 1");
	if (argc < 1 || argv[0] == NULL) {
		check(0, "argv[0] is present");
		return check_done();
	}
	printf("argv[0]=%s\n", argv[0]);
	check(strstr(argv[0], "args_none") != NULL,
	      "argv[0] names the program");
	check(argv[argc] == NULL, "argv[argc] is NULL");
	return check_done();
}
