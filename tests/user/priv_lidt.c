// Tests that lidt in ring 3 raises #GP and the process is killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing lidt$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
static uint8_t desc[6];

int main(void)
{
	printf("executing lidt\n");
	__asm__ volatile("lidt %0" ::"m"(desc));
	printf("FAIL: lidt did not fault\n");
	return 1;
}
