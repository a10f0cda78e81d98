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

/* Returns 0 if the user may access all of [uaddr, uaddr+n), else -EFAULT. */
static int walk(struct mm *mm, uint32_t uaddr, uint32_t n, int write,
		void *kbuf, int dir)
{
	uint32_t avail, chunk;
	uint8_t *k = kbuf;
	void *p;

	if (mm == NULL || uaddr >= USER_TOP || n > USER_TOP - uaddr)
		return -EFAULT;
	while (n > 0) {
		p = dir == 2 ? mm_ops->kaddr_load(mm, uaddr, &avail)
			     : mm_ops->kaddr(mm, uaddr, write, &avail);
		if (p == NULL)
			return -EFAULT;
		chunk = n < avail ? n : avail;
		if (dir == 0 && k)
			memcpy(k, p, chunk);
		else if (dir != 0 && k)
			memcpy(p, k, chunk);
		if (k)
			k += chunk;
		uaddr += chunk;
		n -= chunk;
	}
	return 0;
}

/* Checks that the current process may read (or write) the whole range. */
int uaccess_ok(uint32_t uaddr, uint32_t n, int write)
{
	return walk(curproc ? curproc->mm : NULL, uaddr, n, write, NULL, 0) ==
	       0;
}

/* Copies n bytes from user address usrc; 0 or -EFAULT. */
int copyin(void *dst, uint32_t usrc, uint32_t n)
{
	return walk(curproc ? curproc->mm : NULL, usrc, n, 0, dst, 0);
}

/* Copies n bytes to user address udst; 0 or -EFAULT. */
int copyout(uint32_t udst, const void *src, uint32_t n)
{
	return walk(curproc ? curproc->mm : NULL, udst, n, 1, (void *)src, 1);
}

/* Copies into mm, which need not be the current process's. */
int copyout_mm(struct mm *mm, uint32_t udst, const void *src, uint32_t n)
{
	return walk(mm, udst, n, 1, (void *)src, 1);
}

/* Copies into mm regardless of the user's write permission (loading). */
int load_mm(struct mm *mm, uint32_t udst, const void *src, uint32_t n)
{
	return walk(mm, udst, n, 1, (void *)src, 2);
}

/*
 * Copies a NUL-terminated string of at most max bytes (with the NUL) from
 * usrc. Returns its length, -EFAULT if it runs into memory the user cannot
 * read, or -ENAMETOOLONG if no NUL comes within max bytes.
 */
int copyinstr(char *dst, uint32_t usrc, uint32_t max)
{
	struct mm *mm = curproc ? curproc->mm : NULL;
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
