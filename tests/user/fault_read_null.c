// Tests that a program which tries to read through NULL is killed by SIGSEGV.
// expect: signal SIGSEGV
// mode: paging
// expect-output: ^about to read through NULL$
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
	printf("about to read through NULL\n");
	printf("read 0x%x\n", *(volatile uint32_t *)opaque_ptr(0));
	printf("FAIL: survived\n");
	return 1;
}
