/*
 * Sorting and searching: qsort is an introsort (quicksort with a median
 * of three, insertion sort for short runs, heapsort if the quicksort
 * recursion gets too deep), so it is O(n log n) on any input; bsearch is
 * a binary search.
 */
#include <stdint.h>
#include <stdlib.h>

#define SHORT_RUN 12 /* runs this short are insertion-sorted */

typedef int (*cmp_fn)(const void *, const void *);

/* Swaps two items of size bytes, a word at a time when both allow it. */
static void swap(char *a, char *b, size_t size)
{
	if (((uintptr_t)a | (uintptr_t)b | size) % sizeof(uint32_t) == 0) {
		for (size_t i = 0; i < size; i += sizeof(uint32_t)) {
			uint32_t t = *(uint32_t *)(a + i);

			*(uint32_t *)(a + i) = *(uint32_t *)(b + i);
			*(uint32_t *)(b + i) = t;
		}
		return;
	}
	for (size_t i = 0; i < size; i++) {
		char t = a[i];

		a[i] = b[i];
		b[i] = t;
	}
}

static void insertion_sort(char *base, size_t n, size_t size, cmp_fn cmp)
{
	for (size_t i = 1; i < n; i++)
		for (size_t j = i;
		     j > 0 && cmp(base + (j - 1) * size, base + j * size) > 0;
		     j--)
			swap(base + (j - 1) * size, base + j * size, size);
}

/* Moves item i of the heap of n items down until its children are not
 * greater. */
static void sift_down(char *base, size_t i, size_t n, size_t size, cmp_fn cmp)
{
	size_t child;

	while ((child = 2 * i + 1) < n) {
		if (child + 1 < n &&
		    cmp(base + child * size, base + (child + 1) * size) < 0)
			child++;
		if (cmp(base + i * size, base + child * size) >= 0)
			return;
		swap(base + i * size, base + child * size, size);
		i = child;
	}
}

static void heap_sort(char *base, size_t n, size_t size, cmp_fn cmp)
{
	for (size_t i = n / 2; i > 0; i--)
		sift_down(base, i - 1, n, size, cmp);
	for (size_t end = n - 1; end > 0; end--) {
		swap(base, base + end * size, size);
		sift_down(base, 0, end, size, cmp);
	}
}

/*
 * Puts the median of the first, middle and last items first, the
 * smallest in the middle and the largest last (a sentinel for the
 * partition's upward scan).
 */
static void median_first(char *base, size_t n, size_t size, cmp_fn cmp)
{
	char *lo = base, *mid = base + n / 2 * size,
	     *hi = base + (n - 1) * size;

	if (cmp(mid, lo) < 0)
		swap(mid, lo, size);
	if (cmp(hi, mid) < 0) {
		swap(hi, mid, size);
		if (cmp(mid, lo) < 0)
			swap(mid, lo, size);
	}
	swap(lo, mid, size);
}

/*
 * Partitions around the first item (Hoare's scheme: both scans stop at
 * items equal to the pivot, so runs of equal keys split evenly); returns
 * the pivot's final index.
 */
static size_t partition(char *base, size_t n, size_t size, cmp_fn cmp)
{
	size_t i = 0, j = n;

	for (;;) {
		while (++i < n - 1 && cmp(base + i * size, base) < 0)
			;
		while (cmp(base, base + --j * size) < 0)
			;
		if (i >= j)
			break;
		swap(base + i * size, base + j * size, size);
	}
	swap(base, base + j * size, size);
	return j;
}

/* Quicksorts base, recursing into the smaller side only; depth is how
 * many more partitions may nest before heapsort takes over. */
static void intro_sort(char *base, size_t n, size_t size, cmp_fn cmp, int depth)
{
	size_t p;

	while (n > SHORT_RUN) {
		if (depth-- == 0) {
			heap_sort(base, n, size, cmp);
			return;
		}
		median_first(base, n, size, cmp);
		p = partition(base, n, size, cmp);
		if (p < n - 1 - p) {
			intro_sort(base, p, size, cmp, depth);
			base += (p + 1) * size;
			n -= p + 1;
		} else {
			intro_sort(base + (p + 1) * size, n - 1 - p, size, cmp,
				   depth);
			n = p;
		}
	}
	insertion_sort(base, n, size, cmp);
}

/* Sorts n items of size bytes at base into the order compar gives. */
void qsort(void *base, size_t n, size_t size, cmp_fn compar)
{
	int depth = 0;

	for (size_t m = n; m > 1; m >>= 1)
		depth += 2;
	if (size > 0)
		intro_sort(base, n, size, compar, depth);
}

/* Finds an item equal to key among n items sorted by compar; NULL if
 * there is none. */
void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      cmp_fn compar)
{
	const char *lo = base;
	int c;

	while (n > 0) {
		const char *mid = lo + n / 2 * size;

		if ((c = compar(key, mid)) == 0)
			return (void *)mid;
		if (c > 0) {
			lo = mid + size;
			n -= n / 2 + 1;
		} else {
			n /= 2;
		}
	}
	return NULL;
}
