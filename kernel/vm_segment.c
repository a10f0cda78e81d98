/*
 * The base-and-bound memory model. Each process owns one contiguous range
 * of physical memory; its ring-3 code and data segments have base = the
 * range's start and limit = its size, so the CPU adds the base to every
 * user address and checks it against the bound. Paging stays on, with a
 * linear address (base + user address) equal to the physical one.
 *
 * The segment limit is the protection. But QEMU's TCG emulator does not
 * check segment limits on data accesses (real CPUs and KVM do), so each
 * process also has a page directory of its own that maps its range, and
 * only its range, 1:1 and user-accessible, beside the kernel's half: an
 * access past the bound that QEMU lets through still faults. A switch
 * loads the two descriptors and that directory: a constant cost, however
 * large the range (the directory changes only when the range does).
 *
 * A process's range, in its own (virtual) addresses:
 *   0 .. USER_TEXT     page 0: part of the range, so NULL does not fault
 *   USER_TEXT ..       the program image (text, data, bss)
 *   stack_lo ..        the stack, growing down (ustack_size in vm.h)
 *   stack_top ..       the heap, growing up to the bound
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "memlayout.h"
#include "mmu.h"
#include "vm.h"
#include "x86.h"

/* Ranges start here, above the kernel's own identity-unmapped 4 MiB. */
#define SEG_POOL_START BIGPGSIZE

static void seg_activate(struct mm *mm);

static struct mm *seg_create(void)
{
	struct mm *mm = mm_struct_alloc();

	if (mm == NULL)
		return NULL;
	if ((mm->pgdir = vm_pgdir_alloc()) == NULL) {
		mm->inuse = 0;
		return NULL;
	}
	return mm;
}

/* The end of pa's 4 MiB (one page table's worth), or end if sooner. */
static uint32_t table_end(uint32_t pa, uint32_t end)
{
	uint32_t next = (pa & ~(BIGPGSIZE - 1)) + BIGPGSIZE;

	return next < end ? next : end;
}

/*
 * Maps [pa, end) (page-aligned, physical) 1:1 in mm's page directory,
 * user read/write. Returns 0, or -ENOMEM if a page table could not be
 * had (what was mapped stays: unmap_range or destroy takes it away).
 */
static int map_range(struct mm *mm, uint32_t pa, uint32_t end)
{
	uint32_t a, next;
	pde_t *pde;
	pte_t *pt;

	for (a = pa; a < end; a = next) {
		next = table_end(a, end);
		pde = &mm->pgdir[PDX(a)];
		if (!(*pde & PTE_P)) {
			/* From the top: not in the way of ranges. */
			if ((pt = kalloc_high()) == NULL)
				return -ENOMEM;
			memset(pt, 0, PGSIZE);
			*pde = V2P(pt) | PTE_P | PTE_W | PTE_U;
		}
		pt = P2V(PTE_ADDR(*pde));
		for (uint32_t x = a; x < next; x += PGSIZE)
			pt[PTX(x)] = x | PTE_P | PTE_W | PTE_U;
	}
	return 0;
}

/*
 * Unmaps [pa, end) from mm's page directory, and frees each page table
 * there that maps nothing of [keep, keep_end) (the range that stays).
 */
static void unmap_range(struct mm *mm, uint32_t pa, uint32_t end, uint32_t keep,
			uint32_t keep_end)
{
	uint32_t a, next, lo, hi;
	pde_t *pde;
	pte_t *pt;

	for (a = pa; a < end; a = next) {
		next = table_end(a, end);
		pde = &mm->pgdir[PDX(a)];
		if (!(*pde & PTE_P))
			continue;
		pt = P2V(PTE_ADDR(*pde));
		lo = a & ~(BIGPGSIZE - 1);
		hi = lo + BIGPGSIZE;
		if (keep < hi && lo < keep_end) {
			for (uint32_t x = a; x < next; x += PGSIZE)
				pt[PTX(x)] = 0;
		} else {
			kfree(pt);
			*pde = 0;
		}
	}
}

/*
 * Copies n bytes (a page multiple) a page at a time: a range can be 256
 * MiB, so the copy gives way at the end of the time slice, and stops
 * with -EINTR if the process is killed meanwhile.
 */
static int copy_range(uint8_t *dst, const uint8_t *src, uint32_t n)
{
	for (uint32_t off = 0; off < n; off += PGSIZE) {
		if (proc_preempt_point() < 0)
			return -EINTR;
		memcpy(dst + off, src + off, PGSIZE);
	}
	return 0;
}

/*
 * Makes the range size bytes long (page multiple): in place when the
 * frames after it are free, else by moving it to a new range (copying
 * the contents); the page directory follows. Returns 0, -ENOMEM or
 * -EINTR, leaving mm unchanged on failure.
 */
static int seg_resize(struct mm *mm, uint32_t size)
{
	uint32_t old = mm->size, base = mm->base;
	uint8_t *nrange;
	int r;

	if (size <= old) {
		unmap_range(mm, base + size, base + old, base, base + size);
		if (size < old)
			kfree_pages(P2V(base + size), (old - size) / PGSIZE);
	} else if (old > 0 &&
		   kalloc_take(base + old, (size - old) / PGSIZE) == 0) {
		if (map_range(mm, base + old, base + size) < 0) {
			unmap_range(mm, base + old, base + size, base,
				    base + old);
			kfree_pages(P2V(base + old), (size - old) / PGSIZE);
			return -ENOMEM;
		}
	} else {
		/* Only the part past the old size needs zeroes. */
		nrange = kalloc_contig(size / PGSIZE, SEG_POOL_START, 0);
		if (nrange == NULL)
			return -ENOMEM;
		memset(nrange + old, 0, size - old);
		r = map_range(mm, V2P(nrange), V2P(nrange) + size);
		if (r == 0 && old > 0)
			r = copy_range(nrange, P2V(base), old);
		if (r < 0) {
			unmap_range(mm, V2P(nrange), V2P(nrange) + size, base,
				    base + old);
			kfree_pages(nrange, size / PGSIZE);
			return r;
		}
		unmap_range(mm, base, base + old, V2P(nrange),
			    V2P(nrange) + size);
		if (old > 0)
			kfree_pages(P2V(base), old / PGSIZE);
		mm->base = V2P(nrange);
	}
	mm->size = size;
	mm->npages = size / PGSIZE;
	return 0;
}

/* Grows the range to cover [va, va+len); the whole range is writable. */
static int seg_map(struct mm *mm, uint32_t va, uint32_t len, int flags)
{
	uint32_t end;

	(void)flags;
	if (va >= SEG_IMAGE_MAX || len > SEG_IMAGE_MAX - va)
		return -ENOMEM;
	end = PGROUNDUP(va + len);
	return end > mm->size ? seg_resize(mm, end) : 0;
}

/* Puts the stack right after the image and the empty heap after it. */
static int seg_finish(struct mm *mm, uint32_t image_end, uint32_t stack_size)
{
	mm->stack_lo = PGROUNDUP(image_end);
	mm->stack_top = mm->stack_lo + stack_size;
	mm->heap_start = mm->brk = mm->stack_top;
	return seg_resize(mm, mm->stack_top);
}

/* A range is at most SEG_MAX bytes. */
static uint32_t seg_brk_limit(struct mm *mm)
{
	(void)mm;
	return SEG_MAX;
}

/* Resizes the range to end at the new break: it may grow, move or shrink. */
static int seg_set_brk(struct mm *mm, uint32_t nbrk)
{
	int r;

	if ((r = seg_resize(mm, PGROUNDUP(nbrk))) < 0)
		return r;
	if (mm == vm_active())
		seg_activate(mm); /* the bound (and maybe the base) changed */
	return 0;
}

/*
 * Frees the range (a large one gives way meanwhile), its page tables and
 * the page directory.
 */
static void seg_destroy(struct mm *mm)
{
	uint32_t n;

	unmap_range(mm, mm->base, mm->base + mm->size, 0, 0);
	for (uint32_t off = 0; off < mm->size; off += n * PGSIZE) {
		proc_yield_point();
		n = (mm->size - off) / PGSIZE;
		n = n < 1024 ? n : 1024;
		kfree_pages(P2V(mm->base + off), n);
	}
	kfree(mm->pgdir);
	mm->inuse = 0;
}

/* Copies the whole range into a new one (fork), none of it zeroed first. */
static struct mm *seg_clone(struct mm *src)
{
	struct mm *dst = seg_create();
	uint8_t *range;

	if (dst == NULL)
		return NULL;
	range = kalloc_contig(src->size / PGSIZE, SEG_POOL_START, 0);
	if (range == NULL) {
		seg_destroy(dst);
		return NULL;
	}
	dst->base = V2P(range);
	dst->size = src->size;
	if (map_range(dst, dst->base, dst->base + dst->size) < 0 ||
	    copy_range(range, P2V(src->base), src->size) < 0) {
		seg_destroy(dst);
		return NULL;
	}
	dst->npages = src->npages;
	dst->heap_start = src->heap_start;
	dst->brk = src->brk;
	dst->stack_lo = src->stack_lo;
	dst->stack_top = src->stack_top;
	return dst;
}

/*
 * Loads the base and bound: the two user descriptors in the GDT (they
 * take effect when trapret reloads the segment registers), and the page
 * directory that maps this range alone, for QEMU's sake (see the top).
 */
static void seg_activate(struct mm *mm)
{
	gdt_set(GDT_UCODE, mm->base, mm->size - 1,
		SEG_P | SEG_DPL(DPL_USER) | SEG_S | SEG_CODE);
	gdt_set(GDT_UDATA, mm->base, mm->size - 1,
		SEG_P | SEG_DPL(DPL_USER) | SEG_S | SEG_DATA);
	write_cr3(V2P(mm->pgdir));
}

/* The bound check the CPU does, done in software for copyin/copyout. */
static void *seg_kaddr(struct mm *mm, uint32_t va, int write, uint32_t *avail)
{
	(void)write;
	if (va >= mm->size)
		return NULL;
	*avail = mm->size - va;
	return P2V(mm->base + va);
}

static void *seg_kaddr_load(struct mm *mm, uint32_t va, uint32_t *avail)
{
	return seg_kaddr(mm, va, 1, avail);
}

/* Nothing to set up: each process brings its own page directory. */
static void seg_init(void)
{
}

/* Nothing is mapped on demand: every page fault is the program's. */
static int seg_fault(struct mm *mm, uint32_t va, int write)
{
	(void)mm;
	(void)va;
	(void)write;
	return -EFAULT;
}

/* The code segment ends with the range: its limit is the bound. */
static uint32_t seg_code_limit(struct mm *mm)
{
	return mm->size;
}

/* Turns a fault's linear address back into the user's own address. */
static uint32_t seg_user_addr(struct mm *mm, uint32_t linear)
{
	return linear - mm->base;
}

const struct mm_ops mm_segment_ops = {
	.name = "segment",
	.image_limit = SEG_IMAGE_MAX,
	.init = seg_init,
	.create = seg_create,
	.map = seg_map,
	.finish = seg_finish,
	.brk_limit = seg_brk_limit,
	.set_brk = seg_set_brk,
	.clone = seg_clone,
	.destroy = seg_destroy,
	.activate = seg_activate,
	.kaddr = seg_kaddr,
	.kaddr_load = seg_kaddr_load,
	.fault = seg_fault,
	.code_limit = seg_code_limit,
	.user_addr = seg_user_addr,
};
