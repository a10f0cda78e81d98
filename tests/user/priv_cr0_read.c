// Reading cr0 in ring 3 raises #GP: killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing cr0_read$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
static uint32_t cr0;

int main(void)
{
	printf("executing cr0_read\n");
	__asm__ volatile("movl %%cr0, %0" : "=r"(cr0));
	printf("FAIL: cr0_read did not fault\n");
	return 1;
}
