// Tests that lgdt in ring 3 raises #GP and the process is killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing lgdt$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
static uint8_t desc[6];

int main(void)
{
	printf("executing lgdt\n");
	__asm__ volatile("lgdt %0" ::"m"(desc));
	printf("FAIL: lgdt did not fault\n");
	return 1;
}
