/* gettimeofday, and the interval timers setitimer and getitimer
 * (ITIMER_REAL, ITIMER_VIRTUAL). */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <sys/types.h>
#include <kestrel/signal.h>

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

struct itimerval {
	struct timeval it_interval; /* rearm with this; 0: once */
	struct timeval it_value;    /* time to the next expiry; 0: off */
};

/* The wall clock (UTC) in seconds and microseconds; tz must be NULL. */
int gettimeofday(struct timeval *tv, void *tz);
int setitimer(int which, const struct itimerval *value, struct itimerval *old);
int getitimer(int which, struct itimerval *value);

#endif
