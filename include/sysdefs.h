/*
 * Kernel-side system call plumbing: an entry of the dispatch table, which
 * tools/mksyscalls.py generates from tools/syscalls.tbl (build/kernel/
 * systab.c), with the typed handler prototypes in build/include/sysproto.h.
 */
#ifndef SYSDEFS_H
#define SYSDEFS_H

#include <stdint.h>

struct syscall_desc {
	/* Calls sys_NAME with the nargs words copied from the user stack. */
	int (*fn)(const uint32_t *arg);
	const char *name;
	int nargs;
};

extern const struct syscall_desc syscall_table[];

#endif
