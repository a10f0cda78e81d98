// Tests more than 20 arguments (25): argc is 26 and argv[i] is the number i.
// expect: exit 0
// args: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25
// expect-output: ^argc=26$
// expect-output: ^argv\[25\]=25$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include "check.h"

int main(int argc, char **argv)
{
	int bad = 0;

	printf("argc=%d\n", argc);
	if (!check(argc == 26, "argc is 26"))
		return check_done();
	for (int i = 1; i < argc; i++) {
		char want[12];

		snprintf(want, sizeof(want), "%d", i);
		if (strcmp(argv[i], want) != 0) {
			printf("argv[%d]=%s, expected %s\n", i, argv[i], want);
			bad++;
		}
	}
	printf("argv[25]=%s\n", argv[25]);
	check(bad == 0, "every argv[i] is the number i");
	check(argv[26] == NULL, "argv[26] is NULL");
	return check_done();
}
