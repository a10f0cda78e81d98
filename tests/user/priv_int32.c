// int $32 (the timer vector) in ring 3 raises #GP: killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing int32$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	printf("executing int32\n");
	__asm__ volatile("int $32");
	printf("FAIL: int32 did not fault\n");
	return 1;
}
