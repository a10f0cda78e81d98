/*
 * The memory-model switch (mm= on the command line) and the three copy
 * functions, the only code that touches user addresses. They ask the
 * model for the kernel address of each user byte range (mm_ops->kaddr),
 * so a bad user pointer is an error return, never a kernel fault.
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "kestrel/sysinfo.h"
#include "memlayout.h"
#include "proc.h"
#include "vm.h"

#define NMM (NPROC + 4) /* exec holds two for a moment */

const struct mm_ops *mm_ops = &mm_paging_ops;
static struct mm mms[NMM];
int mm_model = MM_PAGING;

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

/* What walk() does with each piece of a user range. */
enum walk_op {
	CHECK,	  /* nothing: only see that the user may read (or write) it */
	COPY_IN,  /* user to kernel */
	COPY_OUT, /* kernel to user: the user must be allowed to write */
	LOAD,	  /* kernel to user, ignoring the user's write permission */
};

/*
 * Walks [uaddr, uaddr+n) of mm piece by piece, as the memory model maps
 * it, doing op with kbuf. Returns 0, or -EFAULT if any byte is out of the
 * user's reach (nothing is undone: callers check first or accept that).
 */
static int walk(struct mm *mm, uint32_t uaddr, uint32_t n, enum walk_op op,
		int write, uint8_t *kbuf)
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

static struct mm *cur_mm(void)
{
	return curproc ? curproc->mm : NULL;
}

/* Returns nonzero if the current process may read (write) the whole range. */
int uaccess_ok(uint32_t uaddr, uint32_t n, int write)
{
	return walk(cur_mm(), uaddr, n, CHECK, write, NULL) == 0;
}

/* Copies n bytes from user address usrc; 0 or -EFAULT. */
int copyin(void *dst, uint32_t usrc, uint32_t n)
{
	return walk(cur_mm(), usrc, n, COPY_IN, 0, dst);
}

/* Copies n bytes to user address udst; 0 or -EFAULT. */
int copyout(uint32_t udst, const void *src, uint32_t n)
{
	return walk(cur_mm(), udst, n, COPY_OUT, 1, (uint8_t *)src);
}

/* Copies into mm, which need not be the current process's. */
int copyout_mm(struct mm *mm, uint32_t udst, const void *src, uint32_t n)
{
	return walk(mm, udst, n, COPY_OUT, 1, (uint8_t *)src);
}

/* Copies into mm regardless of the user's write permission (loading). */
int load_mm(struct mm *mm, uint32_t udst, const void *src, uint32_t n)
{
	return walk(mm, udst, n, LOAD, 1, (uint8_t *)src);
}

/*
 * Copies a NUL-terminated string of at most max bytes (with the NUL) from
 * usrc. Returns its length, -EFAULT if it runs into memory the user cannot
 * read, or -ENAMETOOLONG if no NUL comes within max bytes.
 */
int copyinstr(char *dst, uint32_t usrc, uint32_t max)
{
	struct mm *mm = cur_mm();
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
