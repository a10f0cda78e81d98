// Writing kernel memory (0xc0100000) is killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^about to write kernel memory \(0xc0100000\)$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "rawsys.h"

int main(void)
{
	printf("about to write kernel memory (0xc0100000)\n");
	*(volatile uint32_t *)opaque_ptr(KERNEL_ADDR) = 0xdeadbeef;
	printf("FAIL: survived\n");
	return 1;
}
