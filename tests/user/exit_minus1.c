// Tests a negative exit status: _exit(-1) reports 255.
// expect: exit 255
// expect-output: ^calling _exit\(-1\)$
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	printf("calling _exit(-1)\n");
	_exit(-1);
	printf("FAIL: _exit returned\n");
	return 2;
}
