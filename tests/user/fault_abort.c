// Tests that a program which tries to call abort() is killed by SIGABRT.
// expect: signal SIGABRT
// expect-output: ^about to call abort\(\)$
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "rawsys.h"

int main(void)
{
	printf("about to call abort()\n");
	abort();
	printf("FAIL: survived\n");
	return 1;
}
