/*
 * times(): the processor time of the process, from the timer ticks the
 * kernel charges it (user/lib/rusage.c). Children's times are not kept
 * by the kernel, so tms_cutime and tms_cstime are always 0.
 */
#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#include <sys/types.h>

struct tms {
	clock_t tms_utime;  /* user time, in sysconf(_SC_CLK_TCK) ticks */
	clock_t tms_stime;  /* time in the kernel on the process's behalf */
	clock_t tms_cutime; /* of waited-for children: not kept, 0 */
	clock_t tms_cstime; /* likewise 0 */
};

/* Fills *t; returns the time since boot in clock ticks, or -1. */
clock_t times(struct tms *t);

#endif
