// Calling a NULL function pointer is killed by SIGSEGV.
// expect: signal SIGSEGV
// mode: paging
// expect-output: ^about to call a NULL function pointer$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
//
// Paging only: page 0 is never mapped; in the segment model it is the process's
// first byte.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "rawsys.h"

int main(void)
{
	printf("about to call a NULL function pointer\n");
	((void (*)(void))opaque_ptr(0))();
	printf("FAIL: survived\n");
	return 1;
}
