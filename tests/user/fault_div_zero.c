// Tests that a program which tries to divide by zero is killed by SIGFPE.
// expect: signal SIGFPE
// expect-output: ^about to divide by zero$
// expect-kernel: killed by SIGFPE
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "rawsys.h"
static volatile int one = 1, zero = 0;

int main(void)
{
	printf("about to divide by zero\n");
	printf("1 / 0 = %d\n", one / zero);
	printf("FAIL: survived\n");
	return 1;
}
