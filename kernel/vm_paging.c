/*
 * The paging memory model: each process has its own page directory. The
 * kernel's half (KERNBASE and up, 4 MiB pages, supervisor-only) is copied
 * from the boot page directory into every one; the user half holds the
 * program (text read-only), the heap and the stack, with page 0 and the
 * page under the stack left unmapped. fork shares every page copy on
 * write, and the stack is mapped a page at a time as it is touched; the
 * page faults that need either come here through mm_ops->fault.
 *
 * Neither may fail for want of memory once the program runs, so the
 * frames they may need are reserved ahead (kalloc_reserve): the whole
 * stack at exec, and at fork one frame for each page that becomes
 * shared copy on write. The reservations always add up to the stacks'
 * unmapped pages plus, for every copy-on-write frame, its sharers less
 * one (the last sharer takes the frame back instead of copying it). A
 * fork or exec that cannot reserve fails with ENOMEM, as it did when it
 * copied everything.
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "memlayout.h"
#include "mmu.h"
#include "vm.h"
#include "x86.h"

/*
 * A software bit of a PTE (the CPU leaves bits 9-11 to the system): the
 * page is private but shared with another address space since a fork,
 * read-only until one of them writes it (copy on write).
 */
#define PTE_COW 0x200

/* Returns the PTE for va, allocating its page table if alloc is set. */
static pte_t *walkpgdir(pde_t *pgdir, uint32_t va, int alloc)
{
	pde_t *pde = &pgdir[PDX(va)];
	pte_t *pt;

	if (*pde & PTE_P)
		return (pte_t *)P2V(PTE_ADDR(*pde)) + PTX(va);
	if (!alloc || (pt = kalloc()) == NULL)
		return NULL;
	*pde = V2P(pt) | PTE_P | PTE_W | PTE_U;
	return pt + PTX(va);
}

/* The end of va's page table's 4 MiB, or end if that comes first. */
static uint32_t table_end(uint32_t va, uint32_t end)
{
	uint32_t next = (va & ~(BIGPGSIZE - 1)) + BIGPGSIZE;

	return next < end ? next : end;
}

static struct mm *pg_create(void)
{
	struct mm *mm = mm_struct_alloc();

	if (mm == NULL)
		return NULL;
	if ((mm->pgdir = vm_pgdir_alloc()) == NULL) {
		mm->inuse = 0;
		return NULL;
	}
	mm->stack_top = USER_TOP;
	mm->stack_lo = USER_TOP - USTACK_SIZE;
	return mm;
}

/*
 * Drops the TLB's copy of va's translation if mm is the address space in
 * use: after a page is unmapped (or its rights change) the old entry must
 * not let the program keep using the frame.
 */
static void pg_flush(struct mm *mm, uint32_t va)
{
	if (read_cr3() == V2P(mm->pgdir))
		invlpg(va);
}

/* Drops every translation the TLB holds for mm, if it is in use. */
static void pg_flush_all(struct mm *mm)
{
	if (read_cr3() == V2P(mm->pgdir))
		write_cr3(V2P(mm->pgdir));
}

/*
 * Maps fresh zeroed pages over [va, va+len); existing pages are kept.
 * A long run gives way at the end of the time slice, and stops with
 * -EINTR if the process is killed (the caller unmaps what was mapped).
 */
static int pg_map(struct mm *mm, uint32_t va, uint32_t len, int flags)
{
	uint32_t a, end;
	pte_t *pte;
	void *page;

	if (va >= USER_TOP || len > USER_TOP - va)
		return -EFAULT;
	end = PGROUNDUP(va + len);
	/* The walks in clone and destroy cover this range from now on. */
	if (end > mm->mapped_end)
		mm->mapped_end = end < mm->stack_lo ? end : mm->stack_lo;
	for (a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
		if (proc_preempt_point() < 0)
			return -EINTR;
		if ((pte = walkpgdir(mm->pgdir, a, 1)) == NULL)
			return -ENOMEM;
		if (!(*pte & PTE_P)) {
			if ((page = kalloc()) == NULL)
				return -ENOMEM;
			*pte = V2P(page) | PTE_P | PTE_U;
			mm->npages++;
		}
		if ((flags & MM_W) && !(*pte & (PTE_W | PTE_COW))) {
			*pte |= PTE_W;
			pg_flush(mm, a);
		}
	}
	return 0;
}

/*
 * Unmaps the pages of [va, end) (page-aligned), giving back this address
 * space's share of each frame; page tables stay. Skips absent page
 * tables whole, and gives way at the end of the time slice between two.
 */
static void unmap_range(struct mm *mm, uint32_t va, uint32_t end)
{
	uint32_t a, next, unshared = 0;
	pte_t *pt;
	void *frame;

	for (a = va; a < end; a = next) {
		next = table_end(a, end);
		if (!(mm->pgdir[PDX(a)] & PTE_P))
			continue;
		proc_yield_point(); /* up to 4 MiB of pages per table */
		pt = P2V(PTE_ADDR(mm->pgdir[PDX(a)]));
		for (uint32_t i = PTX(a); i < PTX(a) + (next - a) / PGSIZE;
		     i++) {
			if (!(pt[i] & PTE_P))
				continue;
			frame = P2V(PTE_ADDR(pt[i]));
			/* One sharer fewer: one copy fewer may be needed. */
			if ((pt[i] & PTE_COW) && kref_shared(frame))
				unshared++;
			kfree(frame);
			pt[i] = 0;
			mm->npages--;
		}
	}
	kalloc_unreserve(unshared);
}

/*
 * The stack's range; it is mapped a page at a time as it is touched,
 * from frames reserved here. Returns 0 or -ENOMEM.
 */
static int pg_finish(struct mm *mm, uint32_t heap_start, uint32_t stack_size)
{
	mm->stack_top = USER_TOP;
	mm->stack_lo = USER_TOP - stack_size;
	mm->heap_start = mm->brk = PGROUNDUP(heap_start);
	if (kalloc_reserve(stack_size / PGSIZE) < 0)
		return -ENOMEM;
	mm->stack_rsv = stack_size / PGSIZE;
	return 0;
}

/* The heap may not reach the stack's guard page. */
static uint32_t pg_brk_limit(struct mm *mm)
{
	return mm->stack_lo - PGSIZE;
}

/* Maps the pages a growing heap needs, or frees those a shrinking one left. */
static int pg_set_brk(struct mm *mm, uint32_t nbrk)
{
	int r;

	if (nbrk < mm->brk) {
		unmap_range(mm, PGROUNDUP(nbrk), PGROUNDUP(mm->brk));
		pg_flush_all(mm);
		return 0;
	}
	r = pg_map(mm, mm->brk, nbrk - mm->brk, MM_W);
	if (r < 0) {
		unmap_range(mm, PGROUNDUP(mm->brk), PGROUNDUP(nbrk));
		pg_flush_all(mm);
	}
	return r;
}

/* Frees the page tables behind [va, end) and clears their entries. */
static void free_tables(struct mm *mm, uint32_t va, uint32_t end)
{
	for (uint32_t a = va; a < end; a = table_end(a, end))
		if (mm->pgdir[PDX(a)] & PTE_P) {
			kfree(P2V(PTE_ADDR(mm->pgdir[PDX(a)])));
			mm->pgdir[PDX(a)] = 0;
		}
}

/*
 * Frees an address space that is not in use: its pages (a share of
 * those still shared), page tables and directory. Only the two ranges
 * that may hold pages are walked: the image and heap, and the stack.
 */
static void pg_destroy(struct mm *mm)
{
	unmap_range(mm, 0, mm->mapped_end);
	unmap_range(mm, mm->stack_lo, mm->stack_top);
	free_tables(mm, 0, mm->mapped_end);
	free_tables(mm, mm->stack_lo, mm->stack_top);
	kalloc_unreserve(mm->stack_rsv);
	mm->stack_rsv = 0;
	kfree(mm->pgdir);
	mm->inuse = 0;
}

/* How many pages of [pt + i, pt + n) would be shared copy on write. */
static uint32_t count_cow(const pte_t *pt, uint32_t i, uint32_t n)
{
	uint32_t c = 0;

	for (; i < n; i++)
		c += (pt[i] & PTE_P) && (pt[i] & (PTE_W | PTE_COW));
	return c;
}

/*
 * Maps every page of src in [va, end) into dst at the same address,
 * sharing the frame: read-only pages (the text) as they are, writable
 * ones read-only and copy-on-write in both, with a frame reserved for
 * each (a page table's worth at a time). Returns 0, -ENOMEM, or -EINTR
 * (the parent was killed meanwhile).
 */
static int share_range(struct mm *src, struct mm *dst, uint32_t va,
		       uint32_t end)
{
	uint32_t a, next, i, n;
	pte_t *spt, *dpte, pte;

	for (a = va; a < end; a = next) {
		next = table_end(a, end);
		if (!(src->pgdir[PDX(a)] & PTE_P))
			continue;
		if (proc_preempt_point() < 0)
			return -EINTR;
		spt = P2V(PTE_ADDR(src->pgdir[PDX(a)]));
		n = PTX(a) + (next - a) / PGSIZE;
		if ((dpte = walkpgdir(dst->pgdir, a, 1)) == NULL ||
		    kalloc_reserve(count_cow(spt, PTX(a), n)) < 0)
			return -ENOMEM;
		for (i = PTX(a); i < n; i++, dpte++) {
			if (!((pte = spt[i]) & PTE_P))
				continue;
			if (pte & PTE_W)
				spt[i] = pte = (pte & ~PTE_W) | PTE_COW;
			kref_inc(P2V(PTE_ADDR(pte)));
			*dpte = pte;
			dst->npages++;
		}
	}
	return 0;
}

/*
 * A new address space for fork that shares every page of src: nothing
 * is copied until one of the two writes a page (pg_fault). Returns NULL
 * if memory is short or the parent was killed meanwhile.
 */
static struct mm *pg_clone(struct mm *src)
{
	struct mm *dst = pg_create();
	int r;

	if (dst == NULL)
		return NULL;
	dst->mapped_end = src->mapped_end;
	dst->stack_lo = src->stack_lo;
	dst->stack_top = src->stack_top;
	/* The child's stack may grow as far as the parent's. */
	if (kalloc_reserve(src->stack_rsv) < 0) {
		pg_destroy(dst);
		return NULL;
	}
	dst->stack_rsv = src->stack_rsv;
	r = share_range(src, dst, 0, src->mapped_end);
	if (r == 0)
		r = share_range(src, dst, src->stack_lo, src->stack_top);
	/* src's writable pages may have become read-only: flush even if
	 * the copy failed half way. */
	pg_flush_all(src);
	if (r < 0) {
		pg_destroy(dst);
		return NULL;
	}
	dst->heap_start = src->heap_start;
	dst->brk = src->brk;
	return dst;
}

/*
 * Makes the copy-on-write page at *pte (address va) writable for mm: a
 * copy of its own, in a frame reserved at fork, if another address space
 * shares the frame, else the frame itself (the last sharer takes it
 * back). Always succeeds.
 */
static void cow_break(struct mm *mm, pte_t *pte, uint32_t va)
{
	void *old = P2V(PTE_ADDR(*pte)), *page;

	if (kref_shared(old)) {
		page = kalloc_reserved();
		memcpy(page, old, PGSIZE);
		kfree(old); /* our share of it */
		*pte = V2P(page) | (*pte & (PGSIZE - 1));
	}
	*pte = (*pte | PTE_W) & ~PTE_COW;
	pg_flush(mm, va);
}

/*
 * Maps a zeroed page at va (page-aligned) if it lies in the stack's
 * range: the stack grows on demand, down to stack_lo; the page below
 * stays unmapped (the guard). The frame is one of those reserved for
 * the stack; only a missing page table can fail (exec maps the stack's
 * top page, so every process has that table). Returns 0, -EFAULT (not
 * the stack's) or -ENOMEM.
 */
static int grow_stack(struct mm *mm, uint32_t va)
{
	pte_t *pte;
	void *page;

	if (va < mm->stack_lo || va >= mm->stack_top)
		return -EFAULT;
	if ((pte = walkpgdir(mm->pgdir, va, 1)) == NULL)
		return -ENOMEM;
	if (mm->stack_rsv == 0)
		panic("grow_stack: no frame reserved for the stack");
	mm->stack_rsv--;
	page = kalloc_reserved();
	memset(page, 0, PGSIZE);
	*pte = V2P(page) | PTE_P | PTE_W | PTE_U;
	mm->npages++;
	return 0;
}

/*
 * Resolves a user page fault at va (write: the access was a write):
 * gives a copy-on-write page its own frame, or grows the stack. Returns
 * 0 if the access may be retried, -EFAULT if it is the program's fault,
 * -ENOMEM if a page table for the stack could not be had.
 */
static int pg_fault(struct mm *mm, uint32_t va, int write)
{
	pte_t *pte;

	if (va >= USER_TOP)
		return -EFAULT;
	pte = walkpgdir(mm->pgdir, va, 0);
	if (pte == NULL || !(*pte & PTE_P))
		return grow_stack(mm, PGROUNDDOWN(va));
	if (!write || !(*pte & PTE_COW))
		return -EFAULT;
	cow_break(mm, pte, PGROUNDDOWN(va));
	return 0;
}

/*
 * The PTE behind va, made ready for the kernel to access the page on the
 * user's behalf as the CPU would for the user: an untouched stack page
 * is mapped, and for a write a copy-on-write page gets its own frame.
 * user_w: the user must be allowed to write (copyout), not only the
 * kernel (loading a program). NULL if the access is not allowed.
 */
static pte_t *pg_access(struct mm *mm, uint32_t va, int write, int user_w)
{
	pte_t *pte;

	if (va >= USER_TOP)
		return NULL;
	pte = walkpgdir(mm->pgdir, va, 0);
	if (pte == NULL || !(*pte & PTE_P)) {
		if (grow_stack(mm, PGROUNDDOWN(va)) < 0)
			return NULL;
		pte = walkpgdir(mm->pgdir, va, 0);
	}
	if (!(*pte & PTE_U))
		return NULL;
	if (write && (*pte & PTE_COW))
		cow_break(mm, pte, PGROUNDDOWN(va));
	if (write && user_w && !(*pte & PTE_W))
		return NULL;
	return pte;
}

static void pg_activate(struct mm *mm)
{
	write_cr3(V2P(mm->pgdir));
}

/* The kernel address of va's byte in pte's page (NULL for no pte), and in
 * *avail the bytes from there to the page's end. */
static void *pte_kaddr(const pte_t *pte, uint32_t va, uint32_t *avail)
{
	if (pte == NULL)
		return NULL;
	*avail = PGSIZE - (va % PGSIZE);
	return (uint8_t *)P2V(PTE_ADDR(*pte)) + va % PGSIZE;
}

static void *pg_kaddr(struct mm *mm, uint32_t va, int write, uint32_t *avail)
{
	return pte_kaddr(pg_access(mm, va, write, 1), va, avail);
}

static void *pg_kaddr_load(struct mm *mm, uint32_t va, uint32_t *avail)
{
	return pte_kaddr(pg_access(mm, va, 1, 0), va, avail);
}

static void pg_init(void)
{
}

/* The code segment is flat: page protection, not a limit, guards it. */
static uint32_t pg_code_limit(struct mm *mm)
{
	(void)mm;
	return 0;
}

static uint32_t pg_user_addr(struct mm *mm, uint32_t linear)
{
	(void)mm;
	return linear;
}

const struct mm_ops mm_paging_ops = {
	.name = "paging",
	.image_limit = PG_IMAGE_MAX,
	.init = pg_init,
	.create = pg_create,
	.map = pg_map,
	.finish = pg_finish,
	.brk_limit = pg_brk_limit,
	.set_brk = pg_set_brk,
	.clone = pg_clone,
	.destroy = pg_destroy,
	.activate = pg_activate,
	.kaddr = pg_kaddr,
	.kaddr_load = pg_kaddr_load,
	.fault = pg_fault,
	.code_limit = pg_code_limit,
	.user_addr = pg_user_addr,
};
