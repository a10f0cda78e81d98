// int $0x40 with only the third argument half unmapped: SIGSEGV.
// expect: signal SIGSEGV
// mode: paging
// expect-output: ^calling write with esp = 0x[0-9a-f]+$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
//
// Paging only: fd and buf are readable, count is break-2..break+1.
#include <stdio.h>
#include <unistd.h>
#include "rawsys.h"

int main(void)
{
	uint32_t sp;
	int r;

	printf("start\n");
	sp = (uint32_t)heap_edge() - 14;
	/* Good fd and buf, so only the count is unreadable. */
	((uint32_t *)(sp + 4))[0] = 1;
	((uint32_t *)(sp + 4))[1] = (uint32_t) "FAIL: write ran\n";
	printf("calling write with esp = 0x%x\n", sp);
	r = raw_syscall_sp(SYS_write, sp);
	printf("FAIL: the system call returned %d\n", r);
	return 1;
}
