// qsort sorts random, sorted, reversed, equal, organ-pipe and few-valued
// arrays (2000 ints each) into order, keeping the same multiset, with
// O(n log n) comparisons on each (a quadratic quicksort needs ~n^2/2 on
// sorted input); it sorts items of an odd size; bsearch finds every key
// present and none absent, in arrays of 0, 1 and many items.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

#define N      2000
#define LOG2_N 11 /* rounded up */

static int a[N], copy[N];
static long ncmp;

static int cmp_int(const void *x, const void *y)
{
	int p = *(const int *)x, q = *(const int *)y;

	ncmp++;
	return (p > q) - (p < q);
}

/* Fills a with pattern k. */
static const char *fill(int k)
{
	static const char *const names[] = {
		"random",     "sorted",	    "reversed", "all equal",
		"organ pipe", "few values", NULL};

	for (int i = 0; i < N; i++) {
		switch (k) {
		case 0:
			a[i] = rand();
			break;
		case 1:
			a[i] = i;
			break;
		case 2:
			a[i] = N - i;
			break;
		case 3:
			a[i] = 7;
			break;
		case 4:
			a[i] = i < N / 2 ? i : N - i;
			break;
		default:
			a[i] = rand() % 3;
		}
	}
	return names[k];
}

/* Whether a is in order and holds what copy held (copy sorted by a
 * simple insertion sort, which is slow but obviously right). */
static int sorted_same(void)
{
	for (int i = 1; i < N; i++) {
		int v = copy[i], j = i;

		for (; j > 0 && copy[j - 1] > v; j--)
			copy[j] = copy[j - 1];
		copy[j] = v;
	}
	return memcmp(a, copy, sizeof(a)) == 0;
}

/* An item of 7 bytes: no word alignment for the swaps. */
struct rec {
	char key[3];
	char tag[4];
};

static int cmp_rec(const void *x, const void *y)
{
	return memcmp(((const struct rec *)x)->key,
		      ((const struct rec *)y)->key, 3);
}

static void odd_size(void)
{
	static struct rec r[300];
	int ok = 1;

	for (int i = 0; i < 300; i++) {
		r[i].key[0] = (char)('a' + rand() % 26);
		r[i].key[1] = (char)('a' + rand() % 26);
		r[i].key[2] = (char)('a' + i % 26);
		memcpy(r[i].tag, "tag", 4);
	}
	qsort(r, 300, sizeof(r[0]), cmp_rec);
	for (int i = 1; i < 300; i++)
		ok &= cmp_rec(&r[i - 1], &r[i]) <= 0 &&
		      strcmp(r[i].tag, "tag") == 0;
	check(ok && sizeof(struct rec) == 7, "300 items of 7 bytes sorted");
}

static void search(void)
{
	int misses = 0, one = 5, key, *p;

	for (int i = 0; i < N; i++)
		a[i] = 2 * i;
	for (key = -1; key <= 2 * N; key++) {
		p = bsearch(&key, a, N, sizeof(int), cmp_int);
		if ((p != NULL) != (key >= 0 && key % 2 == 0 && key < 2 * N) ||
		    (p != NULL && *p != key))
			misses++;
	}
	check(misses == 0,
	      "bsearch finds the %d even keys and no odd one "
	      "(%d wrong)",
	      N, misses);
	key = 5;
	check(bsearch(&key, a, 0, sizeof(int), cmp_int) == NULL,
	      "bsearch in 0 items finds nothing");
	check(bsearch(&key, &one, 1, sizeof(int), cmp_int) == &one,
	      "bsearch in 1 item finds it");
	key = 4;
	check(bsearch(&key, &one, 1, sizeof(int), cmp_int) == NULL,
	      "bsearch in 1 item misses another key");
}

int main(void)
{
	const char *name;

	srand(12345);
	for (int k = 0; (name = fill(k)) != NULL; k++) {
		memcpy(copy, a, sizeof(a));
		ncmp = 0;
		qsort(a, N, sizeof(int), cmp_int);
		check(sorted_same(), "%s: sorted, same values", name);
		check(ncmp <= 4L * N * LOG2_N,
		      "%s: %ld comparisons, at most 4 n log2 n = %ld", name,
		      ncmp, 4L * N * LOG2_N);
	}
	qsort(a, 0, sizeof(int), cmp_int);
	qsort(a, 1, sizeof(int), cmp_int);
	odd_size();
	search();
	return check_done();
}
