/*
 * The paging memory model: each process has its own page directory. The
 * kernel's half (KERNBASE and up, 4 MiB pages, supervisor-only) is copied
 * from the boot page directory into every one; the user half holds the
 * program (text read-only), the heap and the stack, with page 0 and the
 * page under the stack left unmapped.
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "memlayout.h"
#include "mmu.h"
#include "vm.h"
#include "x86.h"

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

static struct mm *pg_create(void)
{
	struct mm *mm = mm_struct_alloc();

	if (mm == NULL)
		return NULL;
	mm->pgdir = kalloc();
	if (mm->pgdir == NULL) {
		mm->inuse = 0;
		return NULL;
	}
	for (uint32_t i = PDX(KERNBASE); i < NPDENTRIES; i++)
		mm->pgdir[i] = boot_pgdir[i];
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
		if ((flags & MM_W) && !(*pte & PTE_W)) {
			*pte |= PTE_W;
			pg_flush(mm, a);
		}
	}
	return 0;
}

static void pg_unmap(struct mm *mm, uint32_t va, uint32_t end)
{
	pte_t *pte;

	for (uint32_t a = PGROUNDUP(va); a < end; a += PGSIZE) {
		pte = walkpgdir(mm->pgdir, a, 0);
		if (pte && (*pte & PTE_P)) {
			kfree(P2V(PTE_ADDR(*pte)));
			*pte = 0;
			pg_flush(mm, a);
			mm->npages--;
		}
	}
}

/* The stack goes just below USER_TOP; the heap starts empty at heap_start. */
static int pg_finish(struct mm *mm, uint32_t heap_start)
{
	mm->stack_top = USER_TOP;
	mm->stack_lo = USER_TOP - USTACK_SIZE;
	mm->heap_start = mm->brk = PGROUNDUP(heap_start);
	return pg_map(mm, mm->stack_lo, USTACK_SIZE, MM_W);
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
		pg_unmap(mm, nbrk, PGROUNDUP(mm->brk));
		return 0;
	}
	r = pg_map(mm, mm->brk, nbrk - mm->brk, MM_W);
	if (r < 0)
		pg_unmap(mm, mm->brk, PGROUNDUP(nbrk));
	return r;
}

static void pg_destroy(struct mm *mm)
{
	for (uint32_t i = 0; i < PDX(KERNBASE); i++) {
		if (!(mm->pgdir[i] & PTE_P))
			continue;
		proc_yield_point(); /* up to 4 MiB of pages per table */
		pte_t *pt = P2V(PTE_ADDR(mm->pgdir[i]));
		for (int j = 0; j < NPTENTRIES; j++)
			if (pt[j] & PTE_P)
				kfree(P2V(PTE_ADDR(pt[j])));
		kfree(pt);
	}
	kfree(mm->pgdir);
	mm->inuse = 0;
}

/*
 * Copies every writable user page of src into a new address space (fork);
 * read-only pages (the program's text) are shared, not copied.
 */
static struct mm *pg_clone(struct mm *src)
{
	struct mm *dst = pg_create();
	pte_t *spte, *dpte;
	void *page;

	if (dst == NULL)
		return NULL;
	for (uint32_t a = 0; a < KERNBASE; a += PGSIZE) {
		if (!(src->pgdir[PDX(a)] & PTE_P)) {
			a += BIGPGSIZE - PGSIZE - (a % BIGPGSIZE);
			continue;
		}
		spte = walkpgdir(src->pgdir, a, 0);
		if (!(*spte & PTE_P))
			continue;
		if (proc_preempt_point() < 0) { /* the parent was killed */
			pg_destroy(dst);
			return NULL;
		}
		if ((dpte = walkpgdir(dst->pgdir, a, 1)) == NULL) {
			pg_destroy(dst);
			return NULL;
		}
		if (!(*spte & PTE_W)) {
			kref_inc(P2V(PTE_ADDR(*spte)));
			*dpte = *spte;
			dst->npages++;
			continue;
		}
		if ((page = kalloc()) == NULL) {
			pg_destroy(dst);
			return NULL;
		}
		memcpy(page, P2V(PTE_ADDR(*spte)), PGSIZE);
		*dpte = V2P(page) | (*spte & (PTE_P | PTE_W | PTE_U));
		dst->npages++;
	}
	dst->heap_start = src->heap_start;
	dst->brk = src->brk;
	dst->stack_lo = src->stack_lo;
	dst->stack_top = src->stack_top;
	return dst;
}

static void pg_activate(struct mm *mm)
{
	write_cr3(V2P(mm->pgdir));
}

static void *pg_kaddr_perm(struct mm *mm, uint32_t va, uint32_t need,
			   uint32_t *avail)
{
	pte_t *pte;

	if (va >= USER_TOP)
		return NULL;
	pte = walkpgdir(mm->pgdir, va, 0);
	if (pte == NULL || (*pte & need) != need)
		return NULL;
	*avail = PGSIZE - (va % PGSIZE);
	return (uint8_t *)P2V(PTE_ADDR(*pte)) + va % PGSIZE;
}

static void *pg_kaddr(struct mm *mm, uint32_t va, int write, uint32_t *avail)
{
	return pg_kaddr_perm(mm, va, PTE_P | PTE_U | (write ? PTE_W : 0),
			     avail);
}

static void *pg_kaddr_load(struct mm *mm, uint32_t va, uint32_t *avail)
{
	return pg_kaddr_perm(mm, va, PTE_P | PTE_U, avail);
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
	.code_limit = pg_code_limit,
	.user_addr = pg_user_addr,
};
