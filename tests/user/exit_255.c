// Tests the largest exit status: exit(255) from a nested call reports 255.
// expect: exit 255
// expect-output: ^calling exit\(255\)$
// forbid-output: FAIL
#include <stdio.h>
#include <stdlib.h>

static void leave(int code)
{
	printf("calling exit(%d)\n", code);
	exit(code);
}

int main(void)
{
	leave(255);
	printf("FAIL: exit returned\n");
	return 2;
}
