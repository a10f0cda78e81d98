// _exit(42) with its argument on the last heap word exits with status 42.
// expect: exit 42
// mode: paging
// expect-output: ^calling _exit\(42\) with esp = 0x[0-9a-f]+$
// forbid-output: FAIL
//
// Paging only: esp+8 is the first byte of the unmapped page after the
// break, but _exit takes just one argument, at esp+4.
#include <stdio.h>
#include <unistd.h>
#include "rawsys.h"

int main(void)
{
	uint32_t sp;
	int r;

	printf("start\n");
	sp = (uint32_t)heap_edge() - 8;
	*(uint32_t *)(sp + 4) = 42;
	printf("calling _exit(42) with esp = 0x%x\n", sp);
	r = raw_syscall_sp(SYS_exit, sp);
	printf("FAIL: _exit returned %d\n", r);
	return 1;
}
