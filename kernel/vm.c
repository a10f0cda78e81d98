/*
 * The memory-model switch (mm= on the command line), the address space in
 * use, the break, and the copy functions, the only code that touches user
 * addresses. They ask the model for the kernel address of each user byte
 * range (mm_ops->kaddr), so a bad user pointer is an error return, never
 * a kernel fault. Which process runs is the scheduler's business: it
 * tells this file through vm_switch.
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "kestrel/sysinfo.h"
#include "memlayout.h"
#include "param.h"
#include "trapframe.h"
#include "x86.h"
#include "vm.h"

#define NMM (NPROC + 4) /* exec holds two for a moment */

const struct mm_ops *mm_ops = &mm_paging_ops;
static struct mm mms[NMM];
static struct mm *active; /* the address space in use, NULL: kernel only */
int mm_model = MM_PAGING;
uint32_t vm_code_limit; /* active's code_limit, for each system call's return */
/* Under base and bound the address space in use is one window of kernel
 * memory (kaddr of address 0 says where, and how long): user address va
 * is at win_base + va below win_size. 0 under paging. */
static uint8_t *win_base;
static uint32_t win_size;

/* Takes the code limit and the window of the address space in use again. */
static void vm_bounds(void)
{
	vm_code_limit = win_size = 0;
	if (active == NULL)
		return;
	vm_code_limit = mm_ops->code_limit(active);
	win_base = mm_ops->kaddr(active, 0, 1, &win_size);
	if (win_base == NULL)
		win_size = 0;
}

/* Chooses the memory model from mm= (paging unless mm=segment). */
void vm_init(void)
{
	const char *m = cmdline_get("mm");

	if (m && strcmp(m, "segment") == 0) {
		mm_ops = &mm_segment_ops;
		mm_model = MM_SEGMENT;
	} else if (m && strcmp(m, "paging") != 0)
		kprintf("vm: unknown mm=%s, using paging\n", m);
	mm_ops->init();
	kprintf("vm: memory model: %s\n", mm_ops->name);
}

/* Returns a zeroed, in-use struct mm for a model's create, or NULL. */
struct mm *mm_struct_alloc(void)
{
	for (int i = 0; i < NMM; i++)
		if (!mms[i].inuse) {
			memset(&mms[i], 0, sizeof(mms[i]));
			mms[i].inuse = 1;
			return &mms[i];
		}
	return NULL;
}

/*
 * Returns a new page directory that maps the kernel's part (KERNBASE and
 * up, as boot_pgdir does) and nothing below, or NULL if memory is short.
 * It comes from the top of memory (kalloc_high), out of the way of the
 * segment model's ranges.
 */
pde_t *vm_pgdir_alloc(void)
{
	pde_t *pgdir = kalloc_high();

	if (pgdir == NULL)
		return NULL;
	memset(pgdir, 0, PDX(KERNBASE) * sizeof(pde_t));
	memcpy(pgdir + PDX(KERNBASE), boot_pgdir + PDX(KERNBASE),
	       (NPDENTRIES - PDX(KERNBASE)) * sizeof(pde_t));
	return pgdir;
}

/* Switches to the kernel-only page directory (no user space in use). */
void vm_activate_kernel(void)
{
	write_cr3(V2P(boot_pgdir));
}

/*
 * Makes mm the address space in use (the scheduler, before it runs a
 * process), or none, NULL (after). copyin and friends act on it.
 */
void vm_switch(struct mm *mm)
{
	if (mm == active)
		return; /* in use already: the scheduler ran the same process */
	active = mm;
	if (mm)
		mm_ops->activate(mm);
	else
		vm_activate_kernel();
	if (mm_model != MM_PAGING)
		vm_bounds();
}

/* Returns the address space in use, or NULL. */
struct mm *vm_active(void)
{
	return active;
}

/*
 * Moves mm's break by incr bytes and puts the old break in *old. Returns
 * 0, -ENOMEM if the heap cannot grow that far, or -EINVAL if it would
 * shrink below its start. The model maps or frees the memory.
 */
int vm_sbrk(struct mm *mm, int32_t incr, uint32_t *old)
{
	/* |incr| as unsigned: exact even for INT32_MIN. */
	uint32_t size = incr < 0 ? 0u - (uint32_t)incr : (uint32_t)incr;
	uint32_t nbrk;
	int r;

	*old = mm->brk;
	if (incr >= 0) {
		if (size > mm_ops->brk_limit(mm) - mm->brk)
			return -ENOMEM;
		nbrk = mm->brk + size;
	} else {
		if (size > mm->brk - mm->heap_start)
			return -EINVAL;
		nbrk = mm->brk - size;
	}
	if ((r = mm_ops->set_brk(mm, nbrk)) < 0)
		return r;
	mm->brk = nbrk;
	if (mm == active && mm_model != MM_PAGING)
		vm_bounds(); /* the bound moved, and maybe the base */
	return 0;
}

/* What user_range_op() does with each piece of a user range. */
enum range_op {
	CHECK,	  /* nothing: only see that the user may read (or write) it */
	COPY_IN,  /* user to kernel */
	COPY_OUT, /* kernel to user: the user must be allowed to write */
	LOAD,	  /* kernel to user, ignoring the user's write permission */
};

/*
 * Goes over the user byte range [uaddr, uaddr+n) of mm piece by piece, as
 * the memory model maps it, doing op with kbuf. Returns 0, or -EFAULT if
 * any byte is out of the user's reach (nothing is undone: callers check
 * first or accept that).
 */
static int user_range_op(struct mm *mm, uint32_t uaddr, uint32_t n,
			 enum range_op op, int write, uint8_t *kbuf)
{
	uint32_t avail, chunk;
	void *p;

	if (mm == NULL || uaddr >= USER_TOP || n > USER_TOP - uaddr)
		return -EFAULT;
	while (n > 0) {
		p = op == LOAD ? mm_ops->kaddr_load(mm, uaddr, &avail)
			       : mm_ops->kaddr(mm, uaddr, write, &avail);
		if (p == NULL)
			return -EFAULT;
		chunk = n < avail ? n : avail;
		if (op == COPY_IN)
			memcpy(kbuf, p, chunk);
		else if (op == COPY_OUT || op == LOAD)
			memcpy(p, kbuf, chunk);
		if (kbuf)
			kbuf += chunk;
		uaddr += chunk;
		n -= chunk;
	}
	return 0;
}

/* Returns nonzero if the current process may read (write) the whole range. */
int uaccess_ok(uint32_t uaddr, uint32_t n, int write)
{
	return user_range_op(active, uaddr, n, CHECK, write, NULL) == 0;
}

/*
 * The kernel address of the n bytes at user address uaddr of the address
 * space in use if they lie in one page (the usual case: system call
 * arguments, a small buffer) and the user may read them (write: write
 * them), else NULL: then user_range_op takes the range piece by piece,
 * and says which error it is. One look at the page tables either way.
 */
static inline void *one_page(uint32_t uaddr, uint32_t n, int write)
{
	uint32_t avail;

	if (active == NULL || uaddr >= USER_TOP ||
	    n > PGSIZE - (uaddr & (PGSIZE - 1)))
		return NULL;
	return mm_ops->kaddr(active, uaddr, write, &avail);
}

/*
 * memcpy for copyin and copyout when the range lies in the window; out of
 * line, so that their paging way saves no registers. Returns 0.
 */
static __attribute__((noinline)) int copy_done(void *d, const void *s,
					       uint32_t n)
{
	memcpy(d, s, n);
	return 0;
}

/*
 * copyin (op COPY_IN) or copyout (COPY_OUT) of n bytes between kbuf and
 * user address uaddr when neither short way applies: through the model's
 * kaddr, one look if they lie in one page, else piece by piece
 * (user_range_op). Out of line, as copy_done.
 */
static __attribute__((noinline)) int copy_by_model(void *kbuf, uint32_t uaddr,
						   uint32_t n, enum range_op op)
{
	void *p = one_page(uaddr, n, op == COPY_OUT);

	if (p == NULL)
		return user_range_op(active, uaddr, n, op, op == COPY_OUT,
				     kbuf);
	if (op == COPY_IN)
		memcpy(kbuf, p, n);
	else
		memcpy(p, kbuf, n);
	return 0;
}

/*
 * Copies n bytes from user address usrc; 0 or -EFAULT. Under paging the
 * process's page tables are the CPU's, so ucopy reads the user address
 * itself, and the MMU checks each page as it goes: a fault that the
 * memory model cannot resolve ends the copy with -EFAULT
 * (vm_kernel_fault). Under base and bound the range lies in the window
 * (vm_bounds) or fails with EFAULT, a bound check.
 */
int copyin(void *dst, uint32_t usrc, uint32_t n)
{
	if (mm_model == MM_PAGING && urange_ok(usrc, n))
		return ucopy(dst, (const void *)usrc, n);
	if (usrc < win_size && n <= win_size - usrc)
		return copy_done(dst, win_base + usrc, n);
	return copy_by_model(dst, usrc, n, COPY_IN);
}

/*
 * Copies n bytes to user address udst; 0 or -EFAULT. As copyin; under
 * paging the CPU refuses a read-only page (CR0.WP), and a copy-on-write
 * one gets its own frame in the fault.
 */
int copyout(uint32_t udst, const void *src, uint32_t n)
{
	if (mm_model == MM_PAGING && urange_ok(udst, n))
		return ucopy((void *)udst, src, n);
	if (udst < win_size && n <= win_size - udst)
		return copy_done(win_base + udst, src, n);
	return copy_by_model((void *)src, udst, n, COPY_OUT);
}

/*
 * A page fault in ring 0 at addr: if it hit ucopy at a user address, the
 * memory model may resolve it (then the copy goes on), or the copy ends
 * with -EFAULT (so it does with no address space in use: nothing is
 * mapped there). Returns 1 if so, 0 if the fault is a kernel bug.
 */
int vm_kernel_fault(struct trapframe *tf, uint32_t addr)
{
	if (tf->eip < (uint32_t)ucopy_begin || tf->eip >= (uint32_t)ucopy_end ||
	    addr >= USER_TOP)
		return 0;
	if (active == NULL || mm_ops->fault(active, addr, tf->err & PFE_W) != 0)
		tf->eip = (uint32_t)ucopy_fault;
	return 1;
}

/* Copies into mm, which need not be the current process's. */
int copyout_mm(struct mm *mm, uint32_t udst, const void *src, uint32_t n)
{
	return user_range_op(mm, udst, n, COPY_OUT, 1, (uint8_t *)src);
}

/* Copies into mm regardless of the user's write permission (loading). */
int load_mm(struct mm *mm, uint32_t udst, const void *src, uint32_t n)
{
	return user_range_op(mm, udst, n, LOAD, 1, (uint8_t *)src);
}

/*
 * Copies a NUL-terminated string of at most max bytes (with the NUL) from
 * usrc. Returns its length, -EFAULT if it runs into memory the user cannot
 * read, or -ENAMETOOLONG if no NUL comes within max bytes.
 */
int copyinstr(char *dst, uint32_t usrc, uint32_t max)
{
	struct mm *mm = active;
	uint32_t avail, i = 0;
	const char *p;

	if (mm == NULL)
		return -EFAULT;
	while (i < max) {
		if (usrc + i >= USER_TOP || usrc + i < usrc)
			return -EFAULT;
		p = mm_ops->kaddr(mm, usrc + i, 0, &avail);
		if (p == NULL)
			return -EFAULT;
		for (; avail > 0 && i < max; avail--, i++, p++) {
			dst[i] = *p;
			if (*p == 0)
				return (int)i;
		}
	}
	if (max > 0)
		dst[max - 1] = 0;
	return -ENAMETOOLONG;
}
