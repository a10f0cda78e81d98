// int $0x40 with the first argument half unmapped: SIGSEGV.
// expect: signal SIGSEGV
// mode: paging
// expect-output: ^calling write with esp = 0x[0-9a-f]+$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
//
// Paging only: esp+4..esp+7 = break-2..break+1, half mapped.
#include <stdio.h>
#include <unistd.h>
#include "rawsys.h"

int main(void)
{
	uint32_t sp;
	int r;

	printf("start\n");
	sp = (uint32_t)heap_edge() - 6;
	printf("calling write with esp = 0x%x\n", sp);
	r = raw_syscall_sp(SYS_write, sp);
	printf("FAIL: the system call returned %d\n", r);
	return 1;
}
