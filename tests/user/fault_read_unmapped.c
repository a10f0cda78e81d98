// Reading unmapped memory (0x40000000) is killed by SIGSEGV.
// expect: signal SIGSEGV
// mode: paging
// expect-output: ^about to read unmapped memory \(0x40000000\)$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
//
// Paging only: the segment model has no unmapped holes inside user space.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "rawsys.h"

int main(void)
{
	printf("about to read unmapped memory (0x40000000)\n");
	printf("read 0x%x\n", *(volatile uint32_t *)opaque_ptr(UNMAPPED_ADDR));
	printf("FAIL: survived\n");
	return 1;
}
