// Tests that a program which tries to execute ud2 is killed by SIGILL.
// expect: signal SIGILL
// expect-output: ^about to execute ud2$
// expect-kernel: killed by SIGILL
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "rawsys.h"

int main(void)
{
	printf("about to execute ud2\n");
	__asm__ volatile("ud2");
	printf("FAIL: survived\n");
	return 1;
}
