// int $0x40 with esp = 0xfffffffc (esp+4 wraps to 0): SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^calling write with esp = 0x[0-9a-f]+$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
//
// The argument range check must not overflow: esp+4 wrapping to 0 is not a user
// address.
#include <stdio.h>
#include <unistd.h>
#include "rawsys.h"

int main(void)
{
	uint32_t sp;
	int r;

	printf("start\n");
	sp = 0xfffffffcu;
	printf("calling write with esp = 0x%x\n", sp);
	r = raw_syscall_sp(SYS_write, sp);
	printf("FAIL: the system call returned %d\n", r);
	return 1;
}
