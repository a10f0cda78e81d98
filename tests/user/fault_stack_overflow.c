// Deep recursion into the stack guard page is killed by SIGSEGV.
// expect: signal SIGSEGV
// mode: paging
// expect-output: ^stack used: 56 KiB$
// forbid-output: ^stack used: 72 KiB$
// expect-kernel: page fault .*addr 0xbffef[0-9a-f]{3} .*killed by SIGSEGV
// forbid-output: FAIL
//
// Paging only: the segment model has no guard page. The stack is 64 KiB
// (less the arguments at its top), so at least 56 KiB must be usable, and
// the guard page must stop us before 72 KiB: the fault address lies in
// it, 0xbffef000..0xbffeffff (USER_TOP - 64 KiB - 4 KiB and up).
#include <stdint.h>
#include <stdio.h>

static uintptr_t top;
static unsigned reported;	/* the last multiple of 8 KiB reported */
static volatile int never = -1; /* a way out the compiler cannot rule out */

/* Each level uses about 1 KiB of stack and reports every 8 KiB. */
static int recurse(int depth)
{
	volatile char pad[1000];
	uintptr_t used = top - (uintptr_t)pad;

	pad[0] = (char)depth;
	if (depth == never)
		return 0;
	if (used / 8192 > reported) {
		reported = used / 8192;
		printf("stack used: %u KiB\n", reported * 8);
	}
	return recurse(depth + 1) + pad[0];
}

int main(void)
{
	volatile char here;

	top = (uintptr_t)&here;
	printf("recursing from 0x%x\n", (unsigned)top);
	recurse(0);
	printf("FAIL: recursion returned\n");
	return 1;
}
