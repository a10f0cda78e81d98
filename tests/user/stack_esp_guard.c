// int $0x40 with esp in the stack guard page: killed by SIGSEGV.
// expect: signal SIGSEGV
// mode: paging
// expect-output: ^calling write with esp = 0x[0-9a-f]+$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
//
// Paging only: the segment model has no guard page.
#include <stdio.h>
#include <unistd.h>
#include "rawsys.h"

int main(void)
{
	uint32_t sp;
	int r;

	printf("start\n");
	sp = USER_TOP - USTACK_SIZE - 64;
	printf("calling write with esp = 0x%x\n", sp);
	r = raw_syscall_sp(SYS_write, sp);
	printf("FAIL: the system call returned %d\n", r);
	return 1;
}
