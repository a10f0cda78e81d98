// Writing cr3 in ring 3 raises #GP: killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing cr3_write$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	printf("executing cr3_write\n");
	__asm__ volatile("movl %0, %%cr3" ::"r"(0));
	printf("FAIL: cr3_write did not fault\n");
	return 1;
}
