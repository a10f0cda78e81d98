// int $0x80 (not kestrel's system call vector) raises #GP: SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing int80$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	printf("executing int80\n");
	__asm__ volatile("int $0x80");
	printf("FAIL: int80 did not fault\n");
	return 1;
}
