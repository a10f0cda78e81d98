// Tests that only the low 8 bits of the exit status count: exit(256) reports 0.
// expect: exit 0
// expect-output: ^calling exit\(256\)$
// forbid-output: FAIL
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	printf("calling exit(256)\n");
	exit(256);
	printf("FAIL: exit returned\n");
	return 2;
}
