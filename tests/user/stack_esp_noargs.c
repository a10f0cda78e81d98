// getpid with esp on the last heap word: it has no arguments, so it works.
// expect: exit 0
// mode: paging
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// Paging only: esp+4 is the first byte of the unmapped page after the
// break. A kernel that fetches more arguments than a call takes would
// wrongly kill us here.
#include <stdio.h>
#include <unistd.h>
#include "check.h"
#include "rawsys.h"

int main(void)
{
	uint32_t sp;
	int r, me = getpid();

	printf("start\n");
	sp = (uint32_t)heap_edge() - 4;
	r = raw_syscall_sp(SYS_getpid, sp);
	check(r == me, "getpid with esp = 0x%x returned %d, expected %d", sp, r,
	      me);
	sp -= 4; /* now exactly one argument fits: close(99) */
	*(uint32_t *)(sp + 4) = 99;
	r = raw_syscall_sp(SYS_close, sp);
	check(r == -EBADF,
	      "close(99) with its argument on the last heap word "
	      "returned %d, expected -EBADF",
	      r);
	return check_done();
}
