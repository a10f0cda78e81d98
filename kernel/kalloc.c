/*
 * The physical page-frame allocator: a bitmap with one bit per 4 KiB frame
 * below PHYSTOP, set when the frame is free, and a share count per frame.
 * Hands out single frames for page tables, kernel stacks, user pages and
 * pipe buffers, and runs of contiguous frames (the segment model's
 * ranges). Callers see frames through their KERNBASE mapping. The bitmap
 * is read and written a 32-frame word at a time wherever a run allows.
 * Free frames can be reserved ahead of need (copy-on-write pages, the
 * user stack): the others' allocations then leave them alone.
 *
 * Only process context allocates and frees (system calls, faults, the
 * scheduler's exit path), never an interrupt handler or deferred work,
 * and the kernel leaves the CPU only where it sleeps or yields: so the
 * bitmap and the counts need no lock, and no masking of interrupts
 * (not_in_interrupt checks the first half of that).
 */
#include "defs.h"
#include "memlayout.h"
#include "mmu.h"
#include "param.h"

#define NFRAMES	  (PHYSTOP / PGSIZE)
#define NWORDS	  (NFRAMES / 32)
#define ALL_FREE  0xffffffffu
#define JUNK_BYTE 0x5a /* debug=junk fills freed memory with this */

/* Every frame a process maps is mapped once per address space at most. */
_Static_assert(NPROC + 4 < 0xff, "share counts fit a byte");

static uint32_t freemap[NWORDS];
static uint8_t extra_refs[NFRAMES]; /* sharers beyond the first */
static uint32_t nfree;
static uint32_t
	nreserved;	/* free frames promised to kalloc_reserve's callers */
static uint32_t ntotal; /* frames ever added */
static uint32_t hint;	/* no free frame below this index */
static uint32_t top;	/* no free frame at or above this index */
static int junk;	/* debug=junk: fill freed frames, to catch reuse */

/* Panics if called from an interrupt handler or deferred work (see top). */
static void not_in_interrupt(const char *fn)
{
	if (trap_in_irq() || defer_running())
		panic("%s: called from an interrupt handler", fn);
}

static int is_free(uint32_t f)
{
	return (freemap[f / 32] >> (f % 32)) & 1;
}

/* The bits of word f / 32 that frames [f, f + n) cover (f + n stays in it). */
static uint32_t word_bits(uint32_t f, uint32_t n)
{
	uint32_t ones = n == 32 ? ALL_FREE : (1u << n) - 1;

	return ones << (f % 32);
}

/*
 * Marks frames [f, f + n) free or taken, a word at a time; returns how
 * many of them changed.
 */
static uint32_t mark_run(uint32_t f, uint32_t n, int free)
{
	uint32_t changed = 0, k, bits, flip, *w;

	while (n > 0) {
		w = &freemap[f / 32];
		if (f % 32 == 0 && n >= 32) { /* a whole word */
			flip = free ? ~*w : *w;
			changed += flip == ALL_FREE
					   ? 32
					   : (uint32_t)__builtin_popcount(flip);
			*w = free ? ALL_FREE : 0;
			f += 32;
			n -= 32;
			continue;
		}
		k = 32 - f % 32 < n ? 32 - f % 32 : n;
		bits = word_bits(f, k);
		flip = free ? bits & ~*w : bits & *w;
		changed +=
			flip == bits ? k : (uint32_t)__builtin_popcount(flip);
		*w = free ? *w | bits : *w & ~bits;
		f += k;
		n -= k;
	}
	return changed;
}

/* Starts with no frame free; mem.c adds the usable ranges. */
void kalloc_init(void)
{
	memset(freemap, 0, sizeof(freemap));
	nfree = 0;
	hint = NFRAMES;
	top = 0;
	junk = cmdline_has_word("debug", "junk");
	if (junk)
		kprintf("kalloc: debug=junk: freed frames are filled with "
			"0x%02x\n",
			JUNK_BYTE);
}

/* Marks the frames of [start, end) free; both page-aligned, physical. */
void kalloc_add_range(uint32_t start, uint32_t end)
{
	uint32_t f = start / PGSIZE, fend = end / PGSIZE, added;

	if (fend > NFRAMES)
		fend = NFRAMES;
	if (f >= fend)
		return;
	added = mark_run(f, fend - f, 1);
	nfree += added;
	ntotal += added;
	if (f < hint)
		hint = f;
	if (fend > top)
		top = fend;
}

/* The first free frame at or above f, or NFRAMES if there is none. */
static uint32_t next_free(uint32_t f)
{
	uint32_t w;

	if (f >= NFRAMES)
		return NFRAMES;
	w = freemap[f / 32] & ~((1u << (f % 32)) - 1);
	for (f /= 32; w == 0; w = freemap[f])
		if (++f == NWORDS)
			return NFRAMES;
	return f * 32 + (uint32_t)__builtin_ctz(w);
}

/* The highest free frame below f, or NFRAMES if there is none. */
static uint32_t prev_free(uint32_t f)
{
	uint32_t i, w;

	if (f == 0)
		return NFRAMES;
	i = (f - 1) / 32;
	w = freemap[i] & (0xffffffffu >> (31 - (f - 1) % 32));
	while (w == 0) {
		if (i == 0)
			return NFRAMES;
		w = freemap[--i];
	}
	return i * 32 + 31 - (uint32_t)__builtin_clz(w);
}

/* Takes frame f, found free (NFRAMES: none was, though nfree said so). */
static void *take(uint32_t f)
{
	if (f >= NFRAMES)
		panic("kalloc: %u frames free but none found", nfree);
	freemap[f / 32] &= ~(1u << (f % 32));
	nfree--;
	return P2V(f * PGSIZE);
}

/* Takes the lowest free frame, which the caller knows exists. */
static void *take_frame(void)
{
	uint32_t f = next_free(hint);

	hint = f + 1;
	return take(f);
}

/*
 * Returns the highest free frame, with whatever it held, or NULL if none
 * is free but reserved ones. For page directories and the segment
 * model's page tables: single frames kept away from the low memory where
 * kalloc_contig finds the segment model's ranges, so that they do not
 * split the free runs there (nor fill the gaps that ranges leave).
 */
void *kalloc_high(void)
{
	uint32_t f;

	not_in_interrupt("kalloc_high");
	if (nfree <= nreserved)
		return NULL;
	f = prev_free(top);
	top = f;
	return take(f);
}

/*
 * Returns a free frame (kernel virtual address) with whatever it held,
 * or NULL if none is free but reserved ones: for a caller that
 * overwrites all of it (a copy).
 */
void *kalloc_nozero(void)
{
	not_in_interrupt("kalloc");
	/* Out of memory: say so at once, without a scan. */
	return nfree > nreserved ? take_frame() : NULL;
}

/*
 * Reserves n free frames for the caller's later kalloc_reserved calls;
 * returns 0, or -1 if fewer than n are free and unreserved.
 */
int kalloc_reserve(uint32_t n)
{
	if (n > nfree - nreserved)
		return -1;
	nreserved += n;
	return 0;
}

/* Gives back n reserved frames that will not be needed after all. */
void kalloc_unreserve(uint32_t n)
{
	if (n > nreserved)
		panic("kalloc_unreserve: %u frames, %u reserved", n, nreserved);
	nreserved -= n;
}

/*
 * Returns one of the frames the caller reserved, with whatever it held:
 * never fails (a missing reservation is a kernel bug).
 */
void *kalloc_reserved(void)
{
	not_in_interrupt("kalloc_reserved");
	if (nreserved == 0)
		panic("kalloc_reserved: no frame reserved");
	nreserved--;
	return take_frame();
}

/* Returns a zeroed free frame (kernel virtual address), or NULL if none. */
void *kalloc(void)
{
	void *va = kalloc_nozero();

	if (va)
		memset(va, 0, PGSIZE);
	return va;
}

/*
 * Adds a sharer to an allocated frame (a page shared by fork); each
 * kfree then drops one, and the last frees the frame.
 */
void kref_inc(void *va)
{
	uint32_t f = V2P(va) / PGSIZE;

	if (f >= NFRAMES || is_free(f) || extra_refs[f] == 0xff)
		panic("kref_inc: bad frame %p", va);
	extra_refs[f]++;
}

/* Returns nonzero if the allocated frame at va has more than one sharer. */
int kref_shared(void *va)
{
	uint32_t f = V2P(va) / PGSIZE;

	if (f >= NFRAMES || is_free(f))
		panic("kref_shared: bad frame %p", va);
	return extra_refs[f] > 0;
}

/* Gives back a frame that kalloc returned (or drops one sharer of it). */
void kfree(void *va)
{
	uint32_t pa = V2P(va), f = pa / PGSIZE;

	if (pa % PGSIZE || f >= NFRAMES || (uint32_t)va < KERNBASE)
		panic("kfree: bad address %p", va);
	not_in_interrupt("kfree");
	if (is_free(f))
		panic("kfree: frame 0x%08x freed twice", pa);
	if (extra_refs[f] > 0) {
		extra_refs[f]--;
		return;
	}
	/* Nobody else holds the frame: fill it before it is free again. */
	if (junk)
		memset(va, JUNK_BYTE, PGSIZE);
	freemap[f / 32] |= 1u << (f % 32);
	nfree++;
	if (f < hint)
		hint = f;
	if (f >= top)
		top = f + 1;
}

/*
 * The first frame of a run of n free frames at or above f, or NFRAMES.
 * Whole words of taken frames are skipped, and whole free words counted,
 * at once.
 */
static uint32_t find_run(uint32_t f, uint32_t n)
{
	uint32_t run = 0, w;

	while (f < NFRAMES) {
		w = freemap[f / 32];
		if (f % 32 == 0 && w == 0) {
			run = 0;
			f += 32;
		} else if (f % 32 == 0 && w == ALL_FREE && n - run > 32) {
			run += 32;
			f += 32;
		} else {
			run = (w >> (f % 32)) & 1 ? run + 1 : 0;
			f++;
			if (run == n)
				return f - n;
		}
	}
	return NFRAMES;
}

/*
 * Returns n physically contiguous frames at or above physical address
 * min_pa, or NULL if no free run is long enough; zeroed if zero is set,
 * else as they were (the caller fills them all).
 */
void *kalloc_contig(uint32_t n, uint32_t min_pa, int zero)
{
	uint32_t f = min_pa / PGSIZE;
	void *va = NULL;

	if (n == 0)
		panic("kalloc_contig: zero frames asked for");
	not_in_interrupt("kalloc_contig");
	f = n > nfree - nreserved ? NFRAMES : find_run(f > hint ? f : hint, n);
	if (f < NFRAMES) {
		mark_run(f, n, 0);
		nfree -= n;
		va = P2V(f * PGSIZE);
	}
	if (va && zero)
		memset(va, 0, n * PGSIZE);
	return va;
}

/* Are frames [f, f + n) all free? */
static int run_free(uint32_t f, uint32_t n)
{
	uint32_t k, bits;

	for (; n > 0; f += k, n -= k) {
		k = 32 - f % 32 < n ? 32 - f % 32 : n;
		bits = word_bits(f, k);
		if ((freemap[f / 32] & bits) != bits)
			return 0;
	}
	return 1;
}

/*
 * Takes the n frames starting at physical pa if all are free (a segment
 * growing in place) and zeroes them; returns 0, or -1 leaving them alone.
 */
int kalloc_take(uint32_t pa, uint32_t n)
{
	uint32_t f0 = pa / PGSIZE;

	if (pa % PGSIZE || f0 >= NFRAMES || n > NFRAMES - f0)
		return -1;
	not_in_interrupt("kalloc_take");
	if (n > nfree - nreserved || !run_free(f0, n))
		return -1;
	mark_run(f0, n, 0);
	nfree -= n;
	memset(P2V(pa), 0, n * PGSIZE);
	return 0;
}

/* Returns the length, in frames, of the longest run of free frames. */
uint32_t kalloc_largest_run(void)
{
	uint32_t run = 0, best = 0, w;

	/* Free frames lie in [hint, top) only. */
	for (uint32_t i = hint / 32; i < (top + 31) / 32 && i < NWORDS; i++) {
		w = freemap[i];
		if (w == 0 || w == ALL_FREE) {
			run = w ? run + 32 : 0;
		} else {
			for (uint32_t b = 0; b < 32; b++) {
				run = (w >> b) & 1 ? run + 1 : 0;
				best = run > best ? run : best;
			}
		}
		best = run > best ? run : best;
	}
	return best;
}

/*
 * Gives back n contiguous frames from kalloc_contig or kalloc_take, none
 * of them shared, a word of the bitmap at a time.
 */
void kfree_pages(void *va, uint32_t n)
{
	uint32_t pa = V2P(va), f = pa / PGSIZE;

	if (pa % PGSIZE || f >= NFRAMES || n > NFRAMES - f ||
	    (uint32_t)va < KERNBASE)
		panic("kfree_pages: bad range %p, %u frames", va, n);
	if (n == 0)
		return;
	not_in_interrupt("kfree_pages");
	if (junk)
		memset(va, JUNK_BYTE, n * PGSIZE);
	if (mark_run(f, n, 1) != n)
		panic("kfree_pages: a frame of 0x%08x+%u was already free", pa,
		      n);
	nfree += n;
	if (f < hint)
		hint = f;
	if (f + n > top)
		top = f + n;
}

/* Returns the number of free frames reserved (kalloc_reserve). */
uint32_t kalloc_nreserved(void)
{
	return nreserved;
}

/* Returns the number of frames the allocator manages. */
uint32_t kalloc_ntotal(void)
{
	return ntotal;
}

/* Returns the number of free frames, reserved ones included; leak checks
 * compare it over time. */
uint32_t kalloc_nfree(void)
{
	return nfree;
}
