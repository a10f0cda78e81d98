/*
 * Time: the clocks (time, clock_gettime), the calendar in UTC (gmtime,
 * localtime, mktime, strftime) and nanosleep. kestrel keeps no time zone:
 * local time is UTC.
 */
#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>
#include <kestrel/signal.h>

/* time_t, clockid_t and clock_t are in <sys/types.h>. */
#define CLOCKS_PER_SEC 1000000L

struct timespec {
	time_t tv_sec;
	int32_t tv_nsec;
};

/* A broken-down time, as C and POSIX define it. */
struct tm {
	int tm_sec;   /* 0-60 */
	int tm_min;   /* 0-59 */
	int tm_hour;  /* 0-23 */
	int tm_mday;  /* 1-31 */
	int tm_mon;   /* 0-11 */
	int tm_year;  /* years since 1900 */
	int tm_wday;  /* 0-6, Sunday = 0 */
	int tm_yday;  /* 0-365 */
	int tm_isdst; /* always 0: UTC */
};

/* Sleeps at least req; interrupted by a handler: -1, EINTR, *rem left. */
int nanosleep(const struct timespec *req, struct timespec *rem);
/* CLOCK_REALTIME (since 1970, UTC) or CLOCK_MONOTONIC (since boot). */
int clock_gettime(clockid_t clk, struct timespec *ts);
time_t time(time_t *t);
/* Processor time used, in CLOCKS_PER_SEC units (from the tick counts). */
clock_t clock(void);

struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *t, struct tm *tm);
struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *t, struct tm *tm);
time_t mktime(struct tm *tm);
time_t timegm(struct tm *tm);
size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm);
char *asctime(const struct tm *tm);
char *ctime(const time_t *t);

#ifndef _SOFT_FLOAT
/* t1 - t0 in seconds (user/lib/math.c, with the x87). */
double difftime(time_t t1, time_t t0);
#endif
/* asctime and ctime into buf (26 bytes or more); buf, or NULL. */
char *asctime_r(const struct tm *tm, char *buf);
char *ctime_r(const time_t *t, char *buf);
/* kestrel's time zone is UTC, always: tzset sets tzname to "UTC". */
void tzset(void);
extern char *tzname[2];
extern long timezone;
extern int daylight;

#define TIME_UTC 1
/* The clock's resolution: one timer tick. */
int clock_getres(clockid_t clk, struct timespec *res);
/* C11: CLOCK_REALTIME into *ts for base TIME_UTC; base, or 0. */
int timespec_get(struct timespec *ts, int base);

/* Parses s by fmt into *tm (user/lib/strptime.c): the text after what
 * was matched, or NULL. Fields fmt does not name keep their values. */
char *strptime(const char *s, const char *fmt, struct tm *tm);

#endif
