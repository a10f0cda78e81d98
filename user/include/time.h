/*
 * Time: struct timespec and nanosleep, struct tm and the clock names.
 * The wall clock itself (time, clock_gettime, gmtime, strftime) is yet
 * to come (issue 13, point 3).
 */
#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>
#include <kestrel/signal.h>

#define CLOCKS_PER_SEC	1000000L
#define CLOCK_REALTIME	0 /* clockid_t: wall-clock time */
#define CLOCK_MONOTONIC 1 /* clockid_t: time since boot */
#define TIME_UTC	1

struct timespec {
	time_t tv_sec;
	int32_t tv_nsec;
};

/* A broken-down time. */
struct tm {
	int tm_sec;   /* seconds, 0 to 60 (a leap second) */
	int tm_min;   /* minutes, 0 to 59 */
	int tm_hour;  /* hours, 0 to 23 */
	int tm_mday;  /* day of the month, 1 to 31 */
	int tm_mon;   /* month, 0 (January) to 11 */
	int tm_year;  /* years since 1900 */
	int tm_wday;  /* day of the week, 0 (Sunday) to 6 */
	int tm_yday;  /* day of the year, 0 to 365 */
	int tm_isdst; /* > 0: summer time, 0: not, < 0: unknown */
};

/* The processor time used so far in user mode, in CLOCKS_PER_SEC units
 * (counted in whole timer ticks), or (clock_t)-1 if it is not known. */
clock_t clock(void);

/* Sleeps at least req; interrupted by a handler: -1, EINTR, *rem left. */
int nanosleep(const struct timespec *req, struct timespec *rem);

#endif
