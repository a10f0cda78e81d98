// Without the boot option bench, int $T_BENCH (0x42) raises #GP like any
// closed gate: the bench's empty gate is off by default.
// expect: signal SIGSEGV
// expect-output: ^executing int 0x42$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdio.h>
#include <traps.h>

int main(void)
{
	printf("executing int 0x%x\n", T_BENCH);
	__asm__ volatile("int %0" : : "i"(T_BENCH));
	printf("FAIL: int 0x%x did not fault\n", T_BENCH);
	return 1;
}
