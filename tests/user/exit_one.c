// Tests the exit status of a program that calls exit(1).
// expect: exit 1
// expect-output: ^calling exit\(1\)$
// forbid-output: FAIL
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	printf("calling exit(1)\n");
	exit(1);
	printf("FAIL: exit returned\n");
	return 2;
}
