// Writing to the program's own code (main) is killed by SIGSEGV.
// expect: signal SIGSEGV
// mode: paging
// expect-output: ^about to write to its own code \(main\)$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
//
// Paging only: text pages are mapped read-only; the segment model has no
// per-page protection.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "rawsys.h"

int main(void)
{
	printf("about to write to its own code (main)\n");
	*(volatile uint8_t *)opaque_ptr((uintptr_t)&main) = 0xc3;
	printf("FAIL: survived\n");
	return 1;
}
