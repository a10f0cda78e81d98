// Tests several arguments of different lengths: each arrives intact, in order.
// expect: exit 0
// args: a bb ccc dddd eeeee ffffff
// expect-output: ^argc=7$
// expect-output: ^argv\[1\]=a$
// expect-output: ^argv\[6\]=ffffff$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <memlayout.h>
#include "check.h"

int main(int argc, char **argv)
{
	printf("argc=%d\n", argc);
	if (!check(argc == 7, "argc is 7"))
		return check_done();
	for (int i = 1; i < argc; i++) {
		int good = strlen(argv[i]) == (size_t)i;

		printf("argv[%d]=%s\n", i, argv[i]);
		for (int j = 0; j < i && good; j++)
			good = argv[i][j] == 'a' + i - 1;
		check(good, "argv[%d] is %d copies of '%c'", i, i, 'a' + i - 1);
	}
	check(argv[argc] == NULL, "argv[argc] is NULL");
	check((uintptr_t)argv < USER_TOP && (uintptr_t)argv[1] < USER_TOP,
	      "argv and its strings lie in user memory (%p, %p)", (void *)argv,
	      (void *)argv[1]);
	check(argv[1] > (char *)argv, "the strings lie above the argv array");
	return check_done();
}
