/*
 * A process's user memory, behind one interface for both memory models:
 * vm_paging.c (a page directory per process) and vm_segment.c (one
 * contiguous physical range, reached through segment base and limit).
 * vm.c picks the model at boot and builds copyin/copyout on mm_kaddr.
 */
#ifndef VM_H
#define VM_H

#include <stddef.h>
#include <stdint.h>
#include "memlayout.h"
#include "mmu.h"

struct trapframe;

/*
 * Is [uaddr, uaddr+n) below USER_TOP, without wrapping around? Looks at
 * no page: a copy checks those as it goes. For calls that fail with
 * EFAULT before doing anything, even for n = 0.
 */
static inline int urange_ok(uint32_t uaddr, uint32_t n)
{
	return uaddr < USER_TOP && n <= USER_TOP - uaddr;
}

#define MM_W 0x1 /* writable by the user */

/* Paging: a program's segments must end below 1 GiB (heap and stack above). */
#define PG_IMAGE_MAX 0x40000000u

/* Segment model limits: a program image, and a whole range. */
#define SEG_IMAGE_MAX (64 * 1024 * 1024)
#define SEG_MAX	      (256 * 1024 * 1024)

/*
 * The stack a new program gets for argbytes of arguments, environment and
 * their pointers: USTACK_SIZE, whose first page has always held them, and
 * a page more for each further page they take, so that a program with
 * long arguments keeps as much stack to run in as any other.
 */
static inline uint32_t ustack_size(uint32_t argbytes)
{
	uint32_t pages = (argbytes + PGSIZE - 1) / PGSIZE;

	return USTACK_SIZE + (pages > 1 ? (pages - 1) * PGSIZE : 0);
}

struct mm {
	pde_t *pgdir;	     /* the page directory */
	uint32_t base;	     /* segment: physical start of the range */
	uint32_t size;	     /* segment: bytes in the range (the bound) */
	uint32_t heap_start; /* first heap address (end of the program) */
	uint32_t brk;	     /* current break: end of the heap */
	uint32_t stack_lo;   /* lowest stack address */
	uint32_t stack_top;  /* initial stack pointer region end */
	uint32_t npages;     /* pages of memory held */
	uint32_t mapped_end; /* paging: no page between here and stack_lo */
	uint32_t stack_rsv;  /* paging: frames reserved for the stack to grow */
	int inuse;
};

/* What each memory model provides. */
struct mm_ops {
	const char *name;
	uint32_t image_limit; /* a program's segments must end below this */
	void (*init)(void);
	struct mm *(*create)(void);
	/* Makes [va, va+len) usable; the program image, before the stack. */
	int (*map)(struct mm *mm, uint32_t va, uint32_t len, int flags);
	/*
	 * Sets up a stack of stack_size bytes (ustack_size), and the empty
	 * heap at heap_start (the image end).
	 */
	int (*finish)(struct mm *mm, uint32_t heap_start, uint32_t stack_size);
	/* The highest break the heap may reach. */
	uint32_t (*brk_limit)(struct mm *mm);
	/* Maps or frees memory for a new break (vm_sbrk checked it). */
	int (*set_brk)(struct mm *mm, uint32_t nbrk);
	struct mm *(*clone)(struct mm *src);
	void (*destroy)(struct mm *mm);
	void (*activate)(struct mm *mm);
	/*
	 * The kernel address of user address va, or NULL if the user could
	 * not access it (write: for writing); *avail gets the bytes usable
	 * from there before the next check is needed.
	 */
	void *(*kaddr)(struct mm *mm, uint32_t va, int write, uint32_t *avail);
	/* Like kaddr for loading: ignores the user's write permission. */
	void *(*kaddr_load)(struct mm *mm, uint32_t va, uint32_t *avail);
	/*
	 * Resolves a page fault of the user at linear address va (write:
	 * the access was a write), if the model maps memory on demand.
	 * Returns 0 (retry the access), -EFAULT (the program's fault) or
	 * -ENOMEM (no memory to resolve it).
	 */
	int (*fault)(struct mm *mm, uint32_t va, int write);
	/* The end of the code segment (eip must stay below), 0 if none. */
	uint32_t (*code_limit)(struct mm *mm);
	/* The user's address for a faulting linear address (CR2). */
	uint32_t (*user_addr)(struct mm *mm, uint32_t linear);
};

extern const struct mm_ops *mm_ops;
extern const struct mm_ops mm_paging_ops;
extern const struct mm_ops mm_segment_ops;
extern int mm_model; /* MM_PAGING or MM_SEGMENT (kestrel/sysinfo.h) */
/* The code_limit of the address space in use (0: none), kept by vm.c for
 * the system calls' way out (syscall.c). */
extern uint32_t vm_code_limit;

/* The kernel's own page directory (boot/entry.S): every address space
 * shares its upper quarter. */
extern pde_t boot_pgdir[];

void vm_init(void);
struct mm *mm_struct_alloc(void);
pde_t *vm_pgdir_alloc(void);
void vm_activate_kernel(void);
void vm_switch(struct mm *mm);
struct mm *vm_active(void);
int vm_sbrk(struct mm *mm, int32_t incr, uint32_t *old);

/* Copies between kernel memory and the user memory in use (vm_switch). */
int copyin(void *dst, uint32_t usrc, uint32_t n);
int copyout(uint32_t udst, const void *src, uint32_t n);
int copyinstr(char *dst, uint32_t usrc, uint32_t max);
int uaccess_ok(uint32_t uaddr, uint32_t n, int write);
int vm_kernel_fault(struct trapframe *tf, uint32_t addr);

/* ucopy.S: a copy that may fault on its user side (copyin, copyout). */
int ucopy(void *dst, const void *src, uint32_t n);
extern char ucopy_begin[], ucopy_end[], ucopy_fault[];

/* Copies into another address space (exec builds the new stack). */
int copyout_mm(struct mm *mm, uint32_t udst, const void *src, uint32_t n);
int load_mm(struct mm *mm, uint32_t udst, const void *src, uint32_t n);

#endif
