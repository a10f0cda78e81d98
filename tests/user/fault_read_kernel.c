// Reading kernel memory (0xc0100000) is killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^about to read kernel memory \(0xc0100000\)$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "rawsys.h"

int main(void)
{
	printf("about to read kernel memory (0xc0100000)\n");
	printf("read 0x%x\n", *(volatile uint32_t *)opaque_ptr(KERNEL_ADDR));
	printf("FAIL: survived\n");
	return 1;
}
