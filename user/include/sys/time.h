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

/* BSD's arithmetic on struct timeval. */
#define timerclear(t) ((t)->tv_sec = (t)->tv_usec = 0)
#define timerisset(t) ((t)->tv_sec != 0 || (t)->tv_usec != 0)
#define timercmp(a, b, op)                                                     \
	((a)->tv_sec == (b)->tv_sec ? (a)->tv_usec op(b)->tv_usec              \
				    : (a)->tv_sec op(b)->tv_sec)
#define timeradd(a, b, r)                                                      \
	do {                                                                   \
		(r)->tv_sec = (a)->tv_sec + (b)->tv_sec;                       \
		(r)->tv_usec = (a)->tv_usec + (b)->tv_usec;                    \
		if ((r)->tv_usec >= 1000000) {                                 \
			(r)->tv_sec++;                                         \
			(r)->tv_usec -= 1000000;                               \
		}                                                              \
	} while (0)
#define timersub(a, b, r)                                                      \
	do {                                                                   \
		(r)->tv_sec = (a)->tv_sec - (b)->tv_sec;                       \
		(r)->tv_usec = (a)->tv_usec - (b)->tv_usec;                    \
		if ((r)->tv_usec < 0) {                                        \
			(r)->tv_sec--;                                         \
			(r)->tv_usec += 1000000;                               \
		}                                                              \
	} while (0)

/* Setting a file's times: no file system of kestrel's can (ENOSYS). */
int utimes(const char *path, const struct timeval times[2]);

#endif
