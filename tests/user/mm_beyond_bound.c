// Touching memory just past the process's own (past the break, rounded to
// a page) kills it with SIGSEGV in both models.
// mode: segment (under paging the stack lies above the heap, so the
// address past the break is simply unmapped; mm_beyond_heap_paging
// covers that)
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
