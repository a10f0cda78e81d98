// A program that enables the divide-by-zero exception (feenableexcept,
// which unmasks it in the x87's control word) and divides 1.0 by 0.0,
// with no handler for SIGFPE, is killed by it; the kernel names the x87
// error.
// expect: signal SIGFPE
// expect-output: ^about to divide 1\.0 by 0\.0$
// expect-kernel: x87 floating-point error at eip 0x[0-9a-f]+: killed by SIGFPE
// forbid-output: FAIL
#include <fenv.h>
#include <stdio.h>

static volatile double one = 1.0, zero = 0.0, out;

int main(void)
{
	feenableexcept(FE_DIVBYZERO);
	printf("about to divide 1.0 by 0.0\n");
	out = one / zero;
	__asm__ volatile("fwait");
	printf("FAIL: survived\n");
	return 1;
}
