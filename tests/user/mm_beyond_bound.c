// Touching memory just past the process's own range kills it.
// mode: segment (under paging see mm_beyond_heap_paging)
// expect: signal SIGSEGV
// expect-kernel: killed by SIGSEGV
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	char *brk = sbrk(0);
	unsigned long end = ((unsigned long)brk + 4095) & ~4095ul;

	printf("break %p, touching %p\n", (void *)brk, (void *)(end + 100));
	*(volatile char *)(end + 100) = 1;
	printf("FAIL: survived\n");
	return 1;
}
