// Reading the byte at the (page-aligned) break is killed by SIGSEGV.
// expect: signal SIGSEGV
// mode: paging
// expect-output: ^about to read the byte at the break$
// expect-output: ^last heap byte: 0$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
//
// Paging only: the page after the break is unmapped; the byte before it is
// fine.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "rawsys.h"

int main(void)
{
	char *edge;

	printf("about to read the byte at the break\n");
	edge = heap_edge();
	printf("last heap byte: %d\n", *(volatile char *)(edge - 1));
	printf("read %d\n", *(volatile char *)edge);
	printf("FAIL: survived\n");
	return 1;
}
