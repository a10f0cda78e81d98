// int $0x40 with esp = 0 (arguments on page 0): killed by SIGSEGV.
// expect: signal SIGSEGV
// mode: paging
// expect-output: ^calling write with esp = 0x[0-9a-f]+$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
//
// Paging only: page 0 is mapped in the segment model.
#include <stdio.h>
#include <unistd.h>
#include "rawsys.h"

int main(void)
{
	uint32_t sp;
	int r;

	printf("start\n");
	sp = 0;
	printf("calling write with esp = 0x%x\n", sp);
	r = raw_syscall_sp(SYS_write, sp);
	printf("FAIL: the system call returned %d\n", r);
	return 1;
}
