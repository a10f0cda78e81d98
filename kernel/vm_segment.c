/*
 * The base-and-bound memory model. Each process owns one contiguous range
 * of physical memory; its ring-3 code and data segments have base = the
 * range's start and limit = its size, so the CPU adds the base to every
 * user address and checks it against the bound. Paging stays on, but
 * fixed: one page directory for all, mapping the kernel at KERNBASE
 * (supervisor only) and physical memory from SEG_POOL_START 1:1, so
 * that a linear address (base + user address) is the physical one.
 *
 * The segment limit is the protection. But QEMU's TCG emulator does not
 * check segment limits on data accesses (real CPUs and KVM do), so the
 * 1:1 map also marks only the running process's range user-accessible:
 * an access past the bound that QEMU lets through still faults.
 *
 * A process's range, in its own (virtual) addresses:
 *   0 .. USER_TEXT     page 0: part of the range, so NULL does not fault
 *   USER_TEXT ..       the program image (text, data, bss)
 *   stack_lo ..        the stack, USTACK_SIZE bytes, growing down
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

static uint32_t open_base, open_size; /* the range ring 3 may touch now */

static void seg_activate(struct mm *mm);

static struct mm *seg_create(void)
{
	return mm_struct_alloc();
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
 * the contents). Returns 0, -ENOMEM or -EINTR, leaving mm unchanged on
 * failure.
 */
static int seg_resize(struct mm *mm, uint32_t size)
{
	uint32_t old = mm->size, n = (size - old) / PGSIZE;
	uint8_t *nrange;

	if (size <= old) {
		if (size < old)
			kfree_pages(P2V(mm->base + size),
				    (old - size) / PGSIZE);
		mm->size = size;
		mm->npages = size / PGSIZE;
		return 0;
	}
	if (old > 0 && kalloc_take(mm->base + old, n) == 0) {
		mm->size = size;
		mm->npages = size / PGSIZE;
		return 0;
	}
	nrange = kalloc_contig(size / PGSIZE, SEG_POOL_START, 1);
	if (nrange == NULL)
		return -ENOMEM;
	if (old > 0 && copy_range(nrange, P2V(mm->base), old) < 0) {
		kfree_pages(nrange, size / PGSIZE);
		return -EINTR;
	}
	if (old > 0)
		kfree_pages(P2V(mm->base), old / PGSIZE);
	mm->base = V2P(nrange);
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
static int seg_finish(struct mm *mm, uint32_t image_end)
{
	mm->stack_lo = PGROUNDUP(image_end);
	mm->stack_top = mm->stack_lo + USTACK_SIZE;
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

/* Copies the whole range into a new one (fork). */
static struct mm *seg_clone(struct mm *src)
{
	struct mm *dst = seg_create();
	uint8_t *range;

	if (dst == NULL)
		return NULL;
	range = kalloc_contig(src->size / PGSIZE, SEG_POOL_START, 0);
	if (range == NULL) {
		dst->inuse = 0;
		return NULL;
	}
	if (copy_range(range, P2V(src->base), src->size) < 0) {
		kfree_pages(range, src->size / PGSIZE);
		dst->inuse = 0;
		return NULL;
	}
	*dst = *src;
	dst->base = V2P(range);
	return dst;
}

/* Frees the range a page at a time: a large one gives way meanwhile. */
static void seg_destroy(struct mm *mm)
{
	for (uint32_t off = 0; off < mm->size; off += PGSIZE) {
		proc_yield_point();
		kfree(P2V(mm->base + off));
	}
	mm->inuse = 0;
}

/* Sets or clears the user bit on the 1:1 map of [base, base+size). */
static void set_user(uint32_t base, uint32_t size, int user)
{
	for (uint32_t pa = base; pa < base + size; pa += PGSIZE) {
		pte_t *pt = P2V(PTE_ADDR(boot_pgdir[PDX(pa)]));
		if (user)
			pt[PTX(pa)] |= PTE_U;
		else
			pt[PTX(pa)] &= ~(uint32_t)PTE_U;
	}
}

/*
 * Loads the base and bound: the two user descriptors in the GDT (they
 * take effect when trapret reloads the segment registers). Also opens
 * only this range in the 1:1 map, for QEMU's sake (see the top).
 */
static void seg_activate(struct mm *mm)
{
	gdt_set(GDT_UCODE, mm->base, mm->size - 1,
		SEG_P | SEG_DPL(DPL_USER) | SEG_S | SEG_CODE);
	gdt_set(GDT_UDATA, mm->base, mm->size - 1,
		SEG_P | SEG_DPL(DPL_USER) | SEG_S | SEG_DATA);
	set_user(open_base, open_size, 0);
	set_user(mm->base, mm->size, 1);
	open_base = mm->base;
	open_size = mm->size;
	vm_activate_kernel(); /* flush the TLB */
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

/*
 * Maps the pool 1:1 with 4 KiB pages, ring 0 only until a range is
 * opened. The page tables are the kernel's for good.
 */
static void seg_init(void)
{
	for (uint32_t pa = SEG_POOL_START; pa < mem_top; pa += BIGPGSIZE) {
		pte_t *pt = kalloc();
		if (pt == NULL)
			panic("seg_init: no memory for the 1:1 map");
		for (int i = 0; i < NPTENTRIES; i++)
			pt[i] = (pa + (uint32_t)i * PGSIZE) | PTE_P | PTE_W;
		boot_pgdir[PDX(pa)] = V2P(pt) | PTE_P | PTE_W | PTE_U;
	}
	vm_activate_kernel();
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
