// Tests passing one argument: argc is 2 and argv[1] is the word given.
// expect: exit 0
// args: hello
// expect-output: ^argc=2$
// expect-output: ^argv\[1\]=hello$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include "check.h"

int main(int argc, char **argv)
{
	printf("argc=%d\n", argc);
	if (!check(argc == 2, "argc is 2"))
		return check_done();
	printf("argv[1]=%s\n", argv[1]);
	check(strcmp(argv[1], "hello") == 0, "argv[1] is \"hello\"");
	check(argv[2] == NULL, "argv[2] is NULL");
	return check_done();
}
