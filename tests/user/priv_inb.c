// inb from port 0x60 in ring 3 raises #GP: killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing inb$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	printf("executing inb\n");
	__asm__ volatile("inb $0x60, %%al" ::: "eax");
	printf("FAIL: inb did not fault\n");
	return 1;
}
