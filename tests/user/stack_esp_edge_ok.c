// int $0x40 with the arguments in the last heap bytes works.
// expect: exit 0
// mode: paging
// expect-output: ^written from arguments at the heap's edge$
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// Paging only: the counterpart of stack_esp_straddle*, whose arguments
// run one byte further, into the unmapped page.
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"
#include "rawsys.h"

static const char msg[] = "written from arguments at the heap's edge\n";

int main(void)
{
	uint32_t sp, *args;
	int r;

	printf("start\n");
	sp = (uint32_t)heap_edge() - 16;
	args = (uint32_t *)(sp + 4);
	args[0] = 1;
	args[1] = (uint32_t)msg;
	args[2] = strlen(msg);
	r = raw_syscall_sp(SYS_write, sp);
	check(r == (int)strlen(msg), "write with esp = 0x%x returned %d", sp,
	      r);
	return check_done();
}
