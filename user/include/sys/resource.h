/*
 * Resource use and limits (user/lib/rusage.c). getrusage gives the
 * process's user and kernel time and context switches as the kernel
 * counts them; RUSAGE_CHILDREN gives zeros (the kernel keeps no sums of
 * children). The limits are the kernel's own and fixed: getrlimit tells
 * them; setrlimit accepts only the values already in force (raising
 * gives EPERM, lowering EINVAL: nothing could enforce a lower one).
 * There is one priority: getpriority gives 0, setpriority accepts 0.
 */
#ifndef _SYS_RESOURCE_H
#define _SYS_RESOURCE_H

#include <sys/time.h>
#include <sys/types.h>

typedef unsigned long rlim_t;

#define RLIM_INFINITY  ((rlim_t)-1)
#define RLIM_SAVED_MAX RLIM_INFINITY
#define RLIM_SAVED_CUR RLIM_INFINITY

struct rlimit {
	rlim_t rlim_cur; /* the limit in force */
	rlim_t rlim_max; /* how far rlim_cur could be raised */
};

#define RLIMIT_CPU    0 /* processor seconds: none */
#define RLIMIT_FSIZE  1 /* file size: none */
#define RLIMIT_DATA   2 /* the heap: the address space below the stack */
#define RLIMIT_STACK  3 /* the stack: fixed at exec */
#define RLIMIT_CORE   4 /* core files: none are written, 0 */
#define RLIMIT_NOFILE 5 /* open descriptors: OPEN_MAX */
#define RLIMIT_AS     6 /* address space */
#define RLIMIT_NPROC  7 /* processes: the process table's size */
#define RLIM_NLIMITS  8

struct rusage {
	struct timeval ru_utime; /* user time */
	struct timeval ru_stime; /* time in the kernel */
	long ru_maxrss;		 /* memory held now, in KiB */
	long ru_ixrss, ru_idrss, ru_isrss;
	long ru_minflt, ru_majflt, ru_nswap;
	long ru_inblock, ru_oublock, ru_msgsnd, ru_msgrcv, ru_nsignals;
	long ru_nvcsw;	/* voluntary context switches */
	long ru_nivcsw; /* involuntary ones */
};

#define RUSAGE_SELF	0
#define RUSAGE_CHILDREN (-1)

#define PRIO_PROCESS 0
#define PRIO_PGRP    1
#define PRIO_USER    2

int getrusage(int who, struct rusage *ru);
int getrlimit(int resource, struct rlimit *rl);
int setrlimit(int resource, const struct rlimit *rl);
int getpriority(int which, id_t who);
int setpriority(int which, id_t who, int prio);

#endif
