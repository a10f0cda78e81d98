// Tests that a program which tries to divide INT_MIN by -1 is killed by SIGFPE.
// expect: signal SIGFPE
// expect-output: ^about to divide INT_MIN by -1$
// expect-kernel: killed by SIGFPE
// forbid-output: FAIL
//
// idiv raises #DE when the quotient does not fit, just as for a zero divisor.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "rawsys.h"
static volatile int min = -2147483647 - 1, minus1 = -1;

int main(void)
{
	printf("about to divide INT_MIN by -1\n");
	printf("INT_MIN / -1 = %d\n", min / minus1);
	printf("FAIL: survived\n");
	return 1;
}
