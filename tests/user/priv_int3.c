// int $3 in ring 3 (vector 3 has DPL 0) raises #GP: killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing int3$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	printf("executing int3\n");
	__asm__ volatile("int $3");
	printf("FAIL: int3 did not fault\n");
	return 1;
}
