// Base and bound has no guard page: a stack that overflows runs into the
// program's own data below it, silently, and the stack cannot grow on its
// own (the heap is above it in the one range).
// mode: segment (under paging the guard page stops it)
// expect: exit 0
// expect-output: ^ok: the stack overwrote static data silently$
#include <stdio.h>
#include <string.h>

static char victim[64 * 1024]; /* bss, right below the stack */

static int dive(int n)
{
	volatile char pad[512];

	pad[0] = (char)n;
	if (n == 0)
		return pad[0];
	return dive(n - 1) + pad[0];
}

int main(void)
{
	int touched = 0;

	memset(victim, 0, sizeof(victim));
	dive(160); /* 160 frames of > 512 bytes: past the 64 KiB stack */
	for (unsigned i = 0; i < sizeof(victim); i++)
		touched += victim[i] != 0;
	if (touched == 0) {
		printf("FAIL: nothing overwritten\n");
		return 1;
	}
	printf("ok: the stack overwrote static data silently\n");
	return 0;
}
