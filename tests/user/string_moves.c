// memset, memcpy and memmove (kernel/string.c, which libc shares) against
// byte-at-a-time references: every length 0..40 at every alignment, and
// memmove with every overlap in both directions; the bytes around each
// destination must stay untouched.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include "check.h"

#define N    40 /* longest length tried */
#define AREA 128

static unsigned char buf[AREA], ref[AREA];

/* Fills both buffers with the same pattern that no two bytes share. */
static void fill(void)
{
	for (int i = 0; i < AREA; i++)
		buf[i] = ref[i] = (unsigned char)(i * 7 + 1);
}

/* The reference memmove: a byte at a time through a copy. */
static void ref_move(int d, int s, int n)
{
	unsigned char tmp[AREA];

	for (int i = 0; i < n; i++)
		tmp[i] = ref[s + i];
	for (int i = 0; i < n; i++)
		ref[d + i] = tmp[i];
}

/* Returns the number of (d, s, n) cases where memmove differed. */
static int try_moves(int forward_only)
{
	int bad = 0;

	for (int n = 0; n <= N; n++)
		for (int s = 0; s < 8 + N; s++)
			for (int d = 0; d < 8 + N; d++) {
				if (forward_only && d > s && d < s + n)
					continue; /* memcpy: d above s overlaps */
				fill();
				if (forward_only)
					memcpy(buf + 16 + d, buf + 16 + s, n);
				else
					memmove(buf + 16 + d, buf + 16 + s, n);
				ref_move(16 + d, 16 + s, n);
				bad += memcmp(buf, ref, AREA) != 0;
			}
	return bad;
}

/* Returns the number of (d, n, c) cases where memset differed. */
static int try_sets(void)
{
	int bad = 0;

	for (int n = 0; n <= N; n++)
		for (int d = 0; d < 8; d++) {
			int c = 0x80 + n;
			fill();
			memset(buf + 16 + d, c, n);
			for (int i = 0; i < n; i++)
				ref[16 + d + i] = (unsigned char)c;
			bad += memcmp(buf, ref, AREA) != 0;
		}
	return bad;
}

int main(void)
{
	int bad;

	bad = try_moves(0);
	check(bad == 0, "memmove: %d cases differ from the byte copy", bad);
	bad = try_moves(1);
	check(bad == 0, "memcpy: %d cases differ from the byte copy", bad);
	bad = try_sets();
	check(bad == 0, "memset: %d cases differ from the byte fill", bad);
	return check_done();
}
