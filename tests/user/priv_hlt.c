// Tests that hlt in ring 3 raises #GP and the process is killed by SIGSEGV.
// expect: signal SIGSEGV
// expect-output: ^executing hlt$
// expect-kernel: (general protection|#GP).*killed by SIGSEGV
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>

int main(void)
{
	printf("executing hlt\n");
	__asm__ volatile("hlt");
	printf("FAIL: hlt did not fault\n");
	return 1;
}
