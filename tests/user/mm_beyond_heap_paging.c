// Under paging, memory past the page-rounded break is unmapped: touching
// it kills the process.
// mode: paging (see mm_beyond_bound for base and bound)
// expect: signal SIGSEGV
// expect-kernel: page fault .* \(user write, not present\): killed by SIGSEGV
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	char *brk = sbrk(0);
	unsigned long end = ((unsigned long)brk + 4095) & ~4095ul;

	*(volatile char *)(end + 100) = 1;
	printf("FAIL: survived\n");
	return 1;
}
