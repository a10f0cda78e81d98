/*
 * The kernel's tunables, one place for each: table sizes, limits and the
 * time slice. Change a number here and rebuild; nothing else repeats it.
 * The limits a program can see come from kestrel/limits.h.
 */
#ifndef PARAM_H
#define PARAM_H

#include "kestrel/limits.h"

/* Processes. */
#define NPROC	     64 /* process-table slots; fork fails with EAGAIN after */
#define QUANTUM_MS   20 /* a process runs at most this long before preemption */
#define KSTACK_PAGES 2	/* kernel stack per process: 8 KiB */

/* Files. */
#define NOFILE	       OPEN_MAX /* open files per process */
#define NFILE	       256  /* open files in the whole system; more: ENFILE */
#define NBUF	       64   /* disk block buffers in the buffer cache (bio.c) */
#define PIPESIZE       4096 /* bytes a pipe holds (a power of two, <= a page) */
#define NINODE	       64   /* inodes in use at once (inode.c); more: ENFILE */
#define EXT2_MAXGROUPS 256  /* ext2 block groups a disk may have (ext2.c) */
#define EXEC_MAX       (4 << 20) /* the largest program file execv loads */

/* System calls. */
#define MAXSYSARGS  6	     /* arguments a system call may take */
#define MAXARG	    ARGV_MAX /* execve: strings of argv and envp together */
#define MAXARGBYTES ARG_MAX  /* execve: their bytes, with their NULs */
#define MAXPATH	    PATH_MAX /* a path, with its NUL */

/* The system-call tracer (trace.c). */
#define TRACE_STRMAX  32  /* bytes of a string or buffer shown, as strace -s */
#define TRACE_ARGVMAX 8	  /* strings of an argv shown, then "..." */
#define TRACE_TEXT    256 /* bytes kept per process for entry-time arguments */
#define TRACE_LINE    512 /* the longest line; a longer one is cut */

/* The console. */
#define INPUT_BUF 256 /* bytes of typed input the console holds */

/* The timer: hz= on the command line picks a rate in this range. */
#define HZ_DEFAULT 100
#define HZ_MIN	   19 /* the PIT's 16-bit divisor cannot go slower */
#define HZ_MAX	   10000

#endif
