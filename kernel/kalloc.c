/*
 * The physical page-frame allocator: a bitmap with one bit per 4 KiB frame
 * below PHYSTOP, set when the frame is free. Hands out single frames for
 * page tables, kernel stacks, user pages and pipe buffers, and runs of
 * contiguous frames (the segment model's ranges). Callers see frames
 * through their KERNBASE mapping.
 */
#include "defs.h"
#include "memlayout.h"
#include "mmu.h"

#define NFRAMES	  (PHYSTOP / PGSIZE)
#define JUNK_BYTE 0x5a /* freed memory is filled with this, to catch reuse */

static uint32_t freemap[NFRAMES / 32];
static uint8_t extra_refs[NFRAMES]; /* sharers beyond the first */
static uint32_t nfree;
static uint32_t ntotal; /* frames ever added */
static uint32_t hint;	/* no free frame below this index */

static int is_free(uint32_t f)
{
	return (freemap[f / 32] >> (f % 32)) & 1;
}

static void mark(uint32_t f, int free)
{
	if (free)
		freemap[f / 32] |= 1u << (f % 32);
	else
		freemap[f / 32] &= ~(1u << (f % 32));
}

/* Starts with no frame free; mem.c adds the usable ranges. */
void kalloc_init(void)
{
	memset(freemap, 0, sizeof(freemap));
	nfree = 0;
	hint = NFRAMES;
}

/* Marks the frames of [start, end) free; both page-aligned, physical. */
void kalloc_add_range(uint32_t start, uint32_t end)
{
	for (uint32_t f = start / PGSIZE; f < end / PGSIZE && f < NFRAMES;
	     f++) {
		if (!is_free(f)) {
			mark(f, 1);
			nfree++;
			ntotal++;
		}
		if (f < hint)
			hint = f;
	}
}

/* Returns a zeroed free frame (kernel virtual address), or NULL if none. */
void *kalloc(void)
{
	void *va = NULL;

	intr_push();
	/* Out of memory: say so at once, without a scan of every frame
	 * with interrupts off (the longest such stretch there was). */
	for (uint32_t f = nfree > 0 ? hint : NFRAMES; f < NFRAMES; f++) {
		if (is_free(f)) {
			mark(f, 0);
			nfree--;
			hint = f + 1;
			va = P2V(f * PGSIZE);
			break;
		}
	}
	intr_pop();
	if (va)
		memset(va, 0, PGSIZE);
	return va;
}

/*
 * Adds a sharer to an allocated frame (a read-only page shared by fork);
 * each kfree then drops one, and the last frees the frame.
 */
void kref_inc(void *va)
{
	uint32_t f = V2P(va) / PGSIZE;

	if (f >= NFRAMES || is_free(f) || extra_refs[f] == 0xff)
		panic("kref_inc: bad frame %p", va);
	extra_refs[f]++;
}

/* Gives back a frame that kalloc returned (or drops one sharer of it). */
void kfree(void *va)
{
	uint32_t pa = V2P(va), f = pa / PGSIZE;

	if (pa % PGSIZE || f >= NFRAMES || (uint32_t)va < KERNBASE)
		panic("kfree: bad address %p", va);
	intr_push();
	if (is_free(f))
		panic("kfree: frame 0x%08x freed twice", pa);
	if (extra_refs[f] > 0) {
		extra_refs[f]--;
		intr_pop();
		return;
	}
	memset(va, JUNK_BYTE, PGSIZE);
	mark(f, 1);
	nfree++;
	if (f < hint)
		hint = f;
	intr_pop();
}

/*
 * Returns n physically contiguous zeroed frames at or above physical
 * address min_pa, or NULL if no free run is long enough.
 */
void *kalloc_contig(uint32_t n, uint32_t min_pa)
{
	uint32_t run = 0, f = min_pa / PGSIZE;
	void *va = NULL;

	if (n == 0)
		panic("kalloc_contig: zero frames asked for");
	intr_push();
	if (n > nfree)
		f = NFRAMES; /* cannot succeed: no scan */
	for (f = f > hint ? f : hint; f < NFRAMES; f++) {
		run = is_free(f) ? run + 1 : 0;
		if (run == n)
			break;
	}
	if (run == n) {
		for (uint32_t g = f + 1 - n; g <= f; g++)
			mark(g, 0);
		nfree -= n;
		va = P2V((f + 1 - n) * PGSIZE);
	}
	intr_pop();
	if (va)
		memset(va, 0, n * PGSIZE);
	return va;
}

/*
 * Takes the n frames starting at physical pa if all are free (a segment
 * growing in place); returns 0, or -1 leaving them alone.
 */
int kalloc_take(uint32_t pa, uint32_t n)
{
	uint32_t f0 = pa / PGSIZE;

	if (pa % PGSIZE || f0 >= NFRAMES || n > NFRAMES - f0)
		return -1;
	intr_push();
	for (uint32_t f = f0; f < f0 + n; f++)
		if (!is_free(f)) {
			intr_pop();
			return -1;
		}
	for (uint32_t f = f0; f < f0 + n; f++)
		mark(f, 0);
	nfree -= n;
	intr_pop();
	memset(P2V(pa), 0, n * PGSIZE);
	return 0;
}

/* Returns the length, in frames, of the longest run of free frames. */
uint32_t kalloc_largest_run(void)
{
	uint32_t run = 0, best = 0;

	for (uint32_t f = 0; f < NFRAMES; f++) {
		run = is_free(f) ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	return best;
}

/* Gives back n contiguous frames (from kalloc_contig or kalloc_take). */
void kfree_pages(void *va, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		kfree((uint8_t *)va + i * PGSIZE);
}

/* Returns the number of frames the allocator manages. */
uint32_t kalloc_ntotal(void)
{
	return ntotal;
}

/* Returns the number of free frames; leak checks compare it over time. */
uint32_t kalloc_nfree(void)
{
	return nfree;
}
