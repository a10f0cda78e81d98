/*
 * Structures that the kestrel-specific system calls fill in: procinfo
 * (for ps), meminfo (for mem and the leak check), intrinfo (for intr),
 * initrd_dirent (the initrd's list).
 */
#ifndef KESTREL_SYSINFO_H
#define KESTREL_SYSINFO_H

#include <stdint.h>

#define PROC_NAME_MAX	16
#define DIRENT_NAME_MAX 60

/* Process states, as procinfo reports them. */
#define PSTATE_UNUSED	0
#define PSTATE_EMBRYO	1
#define PSTATE_RUNNABLE 2
#define PSTATE_RUNNING	3
#define PSTATE_SLEEPING 4
#define PSTATE_ZOMBIE	5
#define PSTATE_STOPPED	6

struct procinfo {
	int32_t pid;
	int32_t ppid;
	int32_t state;		  /* PSTATE_* */
	uint32_t mem_bytes;	  /* user memory the process holds */
	uint32_t base;		  /* physical base (segment model), else 0 */
	uint32_t nsyscalls;	  /* system calls made */
	uint32_t ninterrupts;	  /* interrupts taken while it ran */
	uint32_t nfaults;	  /* exceptions it caused */
	uint32_t ticks;		  /* timer ticks it ran for in user mode */
	uint32_t kticks;	  /* ... in the kernel, on its behalf */
	uint32_t nvcsw;		  /* voluntary context switches (waits) */
	uint32_t nivcsw;	  /* involuntary ones (preempted) */
	char name[PROC_NAME_MAX]; /* program name, NUL-terminated */
	uint32_t uid;		  /* its real user ... */
	uint32_t euid;		  /* ... and effective user */
};

#define MM_PAGING  0
#define MM_SEGMENT 1

struct meminfo {
	uint32_t free_frames;  /* free 4 KiB physical frames */
	uint32_t total_frames; /* frames the allocator manages */
	uint32_t nproc_free;   /* free process-table slots */
	uint32_t nproc_max;    /* size of the process table */
	int32_t mm;	       /* MM_PAGING or MM_SEGMENT */
	uint32_t hz;	       /* timer ticks per second */
	uint32_t largest_free; /* longest run of contiguous free frames */
	/* Of the free frames, those promised to copy-on-write pages and
	 * stacks not yet grown (docs/memory.md): no one else gets them. */
	uint32_t reserved_frames;
};

#define INTR_NAME_MAX 32

/* One interrupt vector's counters, as intrinfo reports them. */
struct intrinfo {
	uint32_t count;		  /* times the vector was taken since boot */
	uint32_t spurious;	  /* of those, spurious IRQs (7 and 15 only) */
	int32_t irq;		  /* the PIC line behind it, or -1 */
	char name[INTR_NAME_MAX]; /* "timer", "Page fault", "system call"... */
};

/* What intrstat reports: how the kernel handles interrupts as a whole. */
struct intrstat {
	uint32_t max_nesting; /* deepest trap nesting on a kernel stack */
	uint32_t off_longest; /* longest stretch with interrupts off, in TSC
				  ticks (guest instructions under -icount) */
	uint32_t ndeferred;   /* pieces of deferred work run */
	char off_where[INTR_NAME_MAX]; /* where that stretch began */
	uint64_t boot_tsc_entry; /* TSC at the kernel's first instruction */
	uint64_t boot_tsc_ready; /* TSC when init was ready to run */
};

struct initrd_dirent {
	uint32_t size;		    /* bytes in the file */
	char name[DIRENT_NAME_MAX]; /* path inside the initrd, no leading / */
};

#endif
