// int $0x40 with esp in kernel text (0xc0100000): SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^calling write with esp = 0x[0-9a-f]+$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>
#include "rawsys.h"

int main(void)
{
	uint32_t sp;
	int r;

	printf("start\n");
	sp = KERNEL_ADDR;
	printf("calling write with esp = 0x%x\n", sp);
	r = raw_syscall_sp(SYS_write, sp);
	printf("FAIL: the system call returned %d\n", r);
	return 1;
}
