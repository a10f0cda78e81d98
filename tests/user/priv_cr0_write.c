// Writing cr0 in ring 3 raises #GP: killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing cr0_write$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	printf("executing cr0_write\n");
	__asm__ volatile("movl %0, %%cr0" ::"r"(0x80000011));
	printf("FAIL: cr0_write did not fault\n");
	return 1;
}
