/*
 * Kernel-side system call plumbing: the dispatch table entry (the table
 * is generated from tools/syscalls.tbl) and argument limits.
 */
#ifndef SYSDEFS_H
#define SYSDEFS_H

#include <stdint.h>

#define MAXSYSARGS  6
#define MAXARG	    32	 /* execv: arguments, not counting the NULL */
#define MAXARGBYTES 4096 /* execv: total bytes of argument strings */
#define MAXPATH	    256	 /* a path, with its NUL */

struct syscall_desc {
	int (*fn)(const uint32_t *arg); /* arguments already copied in */
	const char *name;
	int nargs;
};

extern const struct syscall_desc syscall_table[];

#endif
