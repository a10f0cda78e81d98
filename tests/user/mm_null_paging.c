// A NULL dereference faults under paging: page 0 is never mapped.
// mode: paging (under mm=segment address 0 is inside the range; see mm_null_segment)
// expect: signal SIGSEGV
// expect-kernel: page fault at eip 0x[0-9a-f]+ addr 0x00000000 \(user read, not present\): killed by SIGSEGV
#include <stdio.h>

int main(void)
{
	volatile int *volatile p = 0;

	printf("reading NULL\n");
	printf("read %d: FAIL\n", *p);
	return 1;
}
