/*
 * Kernel-side system call plumbing: an entry of the dispatch table, which
 * tools/mksyscalls.py generates from tools/syscalls.tbl (build/kernel/
 * systab.c), with the typed handler prototypes in build/include/sysproto.h.
 */
#ifndef SYSDEFS_H
#define SYSDEFS_H

#include <stdint.h>
#include "memlayout.h"
#include "trapframe.h"
#include "vm.h"

/* A dispatcher takes the frame in eax: it is called on every call. */
#define SYSCALL_DISP __attribute__((regparm(1)))

struct syscall_desc {
	/* Copies the nargs words from the user stack (syscall_args), calls
	 * sys_NAME with them, and puts its result in tf->eax (and returns
	 * it). */
	int (*fn)(struct trapframe *tf) SYSCALL_DISP;
	const char *name;
	int nargs;
	/* Marked quick in the table: runs with interrupts off, must not
	 * sleep, and makes nothing due on the way out (see syscall_trap). */
	int quick;
};

extern const struct syscall_desc syscall_table[];

int syscall_args_bad(struct trapframe *tf);

/*
 * Copies the n argument words of the running call from the user stack
 * (esp + 4 up) into args. Returns 0, or -1 with the caller marked to die
 * if they cannot be read. Inline: every call with arguments takes it.
 */
static inline int syscall_args(struct trapframe *tf, uint32_t *args, int n)
{
	/* esp + 4 must not wrap around: check before adding. */
	if (tf->esp < USER_TOP - 4 &&
	    copyin(args, tf->esp + 4, (uint32_t)n * 4) == 0)
		return 0;
	return syscall_args_bad(tf);
}

/* A dispatcher's last step: the result to eax, for the program. */
static inline int syscall_result(struct trapframe *tf, int r)
{
	tf->eax = (uint32_t)r;
	return r;
}

#endif
