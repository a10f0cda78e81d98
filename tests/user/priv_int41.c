// int $0x41 (next to the system call vector) raises #GP: SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing int41$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	printf("executing int41\n");
	__asm__ volatile("int $0x41");
	printf("FAIL: int41 did not fault\n");
	return 1;
}
