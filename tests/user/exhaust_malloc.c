// malloc until it returns NULL (ENOMEM), free everything, and malloc works again: even one block of half the total, from the merged free list without growing the heap.
// expect: exit 0
// expect-output: ^malloc: \d+ blocks of 256 KiB before NULL$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 90
//
// The C library's malloc never gives memory back to the kernel, so after
// the frees the heap stays at its peak; what must hold is that the freed
// blocks merge and serve new requests, and that the kernel's ENOMEM
// reaches the program as a NULL and not as a fault.
#include <kestrel.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

#define BLOCK	  (256 * 1024)
#define MAXBLOCKS 2048

static char *blocks[MAXBLOCKS];

/* Allocates BLOCK-sized blocks until malloc fails; returns how many. */
static int fill(int *err)
{
	int n = 0;

	errno = 0;
	while (n < MAXBLOCKS && (blocks[n] = malloc(BLOCK)) != NULL) {
		blocks[n][0] = (char)n;
		blocks[n][BLOCK - 1] = (char)n;
		n++;
	}
	*err = errno;
	return n;
}

/* Frees every other block, then the rest, so merges happen both ways. */
static int free_all(int n)
{
	int intact = 1;

	for (int pass = 0; pass < 2; pass++)
		for (int i = pass; i < n; i += 2) {
			intact &= blocks[i][0] == (char)i &&
				  blocks[i][BLOCK - 1] == (char)i;
			free(blocks[i]);
		}
	return intact;
}

int main(void)
{
	int n, again, err;
	void *brk, *big;
	char *p;

	printf("malloc: starting\n");
	n = fill(&err);
	printf("malloc: %d blocks of 256 KiB before NULL\n", n);
	check(err == ENOMEM, "the failing malloc set ENOMEM: %s", errname(err));
	check(n >= 64 && n < MAXBLOCKS, "at least 16 MiB came: %d blocks", n);
	p = malloc(0x7fffffff);
	check(p == NULL && errno == ENOMEM, "malloc(2 GiB) fails: ENOMEM");
	check(free_all(n), "every block kept its own bytes until freed");
	brk = sbrk(0);
	big = malloc((size_t)n / 2 * BLOCK);
	check(big != NULL, "one block of half the total (%d KiB) fits",
	      n / 2 * BLOCK / 1024);
	check(sbrk(0) == brk, "it came from the merged free blocks");
	if (big != NULL) {
		memset(big, 0x5a, (size_t)n / 2 * BLOCK);
		free(big);
	}
	again = fill(&err);
	/* The leftovers of each sbrk merge in too: a few more may fit. */
	check(again >= n, "at least the same %d blocks fit again: %d", n,
	      again);
	free_all(again);
	p = malloc(10);
	check(p != NULL, "a small malloc works at the end");
	free(p);
	return check_done();
}
