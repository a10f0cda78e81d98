// outb to port 0x80 in ring 3 raises #GP: killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing outb$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	printf("executing outb\n");
	__asm__ volatile("outb %%al, $0x80" ::"a"(0));
	printf("FAIL: outb did not fault\n");
	return 1;
}
