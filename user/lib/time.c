/*
 * The C library's clocks and calendar: time and gettimeofday on top of
 * the clock_gettime call (clock is in clock.c), and the conversions between
 * seconds since 1970 and broken-down UTC time (gmtime, mktime, strftime).
 * There is no time zone: localtime is gmtime, and mktime is timegm.
 */
#include <errno.h>
#include <kestrel.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define SECS_PER_DAY 86400

static const char *const day_names[7] = {
	"Sunday",   "Monday", "Tuesday",  "Wednesday",
	"Thursday", "Friday", "Saturday",
};
static const char *const month_names[12] = {
	"January", "February", "March",	    "April",   "May",	   "June",
	"July",	   "August",   "September", "October", "November", "December",
};
static const int month_days[12] = {31, 28, 31, 30, 31, 30,
				   31, 31, 30, 31, 30, 31};

static int is_leap(long year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

time_t time(time_t *t)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_REALTIME, &ts) < 0)
		return (time_t)-1;
	if (t)
		*t = ts.tv_sec;
	return ts.tv_sec;
}

int gettimeofday(struct timeval *tv, void *tz)
{
	struct timespec ts;

	(void)tz;
	if (clock_gettime(CLOCK_REALTIME, &ts) < 0)
		return -1;
	tv->tv_sec = ts.tv_sec;
	tv->tv_usec = ts.tv_nsec / 1000;
	return 0;
}

/* Fills *tm from seconds since 1970 (negative: before it). */
struct tm *gmtime_r(const time_t *t, struct tm *tm)
{
	long long secs = *t;
	long days = (long)(secs / SECS_PER_DAY);
	long rem = (long)(secs % SECS_PER_DAY);
	long year = 1970;

	if (rem < 0) {
		rem += SECS_PER_DAY;
		days--;
	}
	tm->tm_hour = (int)(rem / 3600);
	tm->tm_min = (int)(rem % 3600 / 60);
	tm->tm_sec = (int)(rem % 60);
	tm->tm_wday = (int)((days % 7 + 11) % 7); /* 1970-01-01: Thursday */
	while (days < 0 || days >= 365 + is_leap(year)) {
		if (days < 0)
			days += 365 + is_leap(--year);
		else
			days -= 365 + is_leap(year++);
	}
	tm->tm_year = (int)(year - 1900);
	tm->tm_yday = (int)days;
	tm->tm_mon = 0;
	for (;;) {
		int len = month_days[tm->tm_mon] +
			  (tm->tm_mon == 1 && is_leap(year));

		if (days < len)
			break;
		days -= len;
		tm->tm_mon++;
	}
	tm->tm_mday = (int)days + 1;
	tm->tm_isdst = 0;
	return tm;
}

struct tm *gmtime(const time_t *t)
{
	static struct tm tm;

	return gmtime_r(t, &tm);
}

struct tm *localtime_r(const time_t *t, struct tm *tm)
{
	return gmtime_r(t, tm);
}

struct tm *localtime(const time_t *t)
{
	return gmtime(t);
}

/*
 * Seconds since 1970 for a broken-down UTC time. Fields out of range
 * (a 61st minute, month 13, day 0) carry into the next larger ones; *tm
 * is then normalised, with tm_wday and tm_yday filled in, as mktime does.
 */
time_t timegm(struct tm *tm)
{
	long long year = 1900LL + tm->tm_year + tm->tm_mon / 12;
	int mon = tm->tm_mon % 12;
	long long days = 0;
	time_t t;

	if (mon < 0) {
		mon += 12;
		year--;
	}
	for (long long y = 1970; y < year; y++)
		days += 365 + is_leap((long)y);
	for (long long y = year; y < 1970; y++)
		days -= 365 + is_leap((long)y);
	for (int m = 0; m < mon; m++)
		days += month_days[m] + (m == 1 && is_leap((long)year));
	days += tm->tm_mday - 1;
	t = (time_t)(days * SECS_PER_DAY + tm->tm_hour * 3600LL +
		     tm->tm_min * 60LL + tm->tm_sec);
	gmtime_r(&t, tm);
	return t;
}

time_t mktime(struct tm *tm)
{
	return timegm(tm);
}

/* Appends s to the output, if it fits; returns 0 when it does not. */
static int put(char **out, char *end, const char *s)
{
	size_t n = strlen(s);

	if ((size_t)(end - *out) <= n)
		return 0;
	memcpy(*out, s, n);
	*out += n;
	return 1;
}

/* One conversion of strftime into buf (at least 64 bytes). */
static int convert(char c, const struct tm *tm, char *buf, size_t len)
{
	int wday = tm->tm_wday >= 0 && tm->tm_wday < 7 ? tm->tm_wday : 0;
	int mon = tm->tm_mon >= 0 && tm->tm_mon < 12 ? tm->tm_mon : 0;
	long year = 1900L + tm->tm_year;
	char tmp[32];

	switch (c) {
	case 'a':
		return snprintf(buf, len, "%.3s", day_names[wday]);
	case 'A':
		return snprintf(buf, len, "%s", day_names[wday]);
	case 'b':
	case 'h':
		return snprintf(buf, len, "%.3s", month_names[mon]);
	case 'B':
		return snprintf(buf, len, "%s", month_names[mon]);
	case 'c':
		return snprintf(buf, len, "%.3s %.3s %2d %02d:%02d:%02d %ld",
				day_names[wday], month_names[mon], tm->tm_mday,
				tm->tm_hour, tm->tm_min, tm->tm_sec, year);
	case 'C':
		return snprintf(buf, len, "%02ld", year / 100);
	case 'd':
		return snprintf(buf, len, "%02d", tm->tm_mday);
	case 'D':
		return snprintf(buf, len, "%02d/%02d/%02ld", mon + 1,
				tm->tm_mday, year % 100);
	case 'e':
		return snprintf(buf, len, "%2d", tm->tm_mday);
	case 'F':
		return snprintf(buf, len, "%ld-%02d-%02d", year, mon + 1,
				tm->tm_mday);
	case 'H':
		return snprintf(buf, len, "%02d", tm->tm_hour);
	case 'I':
		return snprintf(buf, len, "%02d",
				tm->tm_hour % 12 ? tm->tm_hour % 12 : 12);
	case 'j':
		return snprintf(buf, len, "%03d", tm->tm_yday + 1);
	case 'm':
		return snprintf(buf, len, "%02d", mon + 1);
	case 'M':
		return snprintf(buf, len, "%02d", tm->tm_min);
	case 'n':
		return snprintf(buf, len, "\n");
	case 'p':
		return snprintf(buf, len, "%s", tm->tm_hour < 12 ? "AM" : "PM");
	case 'r':
		convert('I', tm, tmp, sizeof(tmp));
		return snprintf(buf, len, "%s:%02d:%02d %s", tmp, tm->tm_min,
				tm->tm_sec, tm->tm_hour < 12 ? "AM" : "PM");
	case 'R':
		return snprintf(buf, len, "%02d:%02d", tm->tm_hour, tm->tm_min);
	case 's': {
		struct tm copy = *tm;

		return snprintf(buf, len, "%ld", (long)timegm(&copy));
	}
	case 'S':
		return snprintf(buf, len, "%02d", tm->tm_sec);
	case 't':
		return snprintf(buf, len, "\t");
	case 'T':
	case 'X':
		return snprintf(buf, len, "%02d:%02d:%02d", tm->tm_hour,
				tm->tm_min, tm->tm_sec);
	case 'u':
		return snprintf(buf, len, "%d", wday == 0 ? 7 : wday);
	case 'w':
		return snprintf(buf, len, "%d", wday);
	case 'x':
		return snprintf(buf, len, "%02d/%02d/%02ld", mon + 1,
				tm->tm_mday, year % 100);
	case 'y':
		return snprintf(buf, len, "%02ld", year % 100);
	case 'Y':
		return snprintf(buf, len, "%ld", year);
	case 'z':
		return snprintf(buf, len, "+0000");
	case 'Z':
		return snprintf(buf, len, "UTC");
	case '%':
		return snprintf(buf, len, "%%");
	default:
		return -1;
	}
}

/*
 * Formats *tm by fmt into s (at most max bytes with the NUL). Returns the
 * length written, or 0 if it did not fit (then s is unspecified, as C
 * says). An unknown conversion is copied as it stands.
 */
size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm)
{
	char *out = s, *end = s + max, buf[64];

	if (max == 0)
		return 0;
	for (; *fmt; fmt++) {
		if (*fmt != '%' || fmt[1] == 0) {
			buf[0] = *fmt;
			buf[1] = 0;
		} else {
			fmt++;
			/* The E and O modifiers change nothing in the C locale. */
			if ((*fmt == 'E' || *fmt == 'O') && fmt[1])
				fmt++;
			if (convert(*fmt, tm, buf, sizeof(buf)) < 0)
				snprintf(buf, sizeof(buf), "%%%c", *fmt);
		}
		if (!put(&out, end, buf))
			return 0;
	}
	*out = 0;
	return (size_t)(out - s);
}

char *asctime(const struct tm *tm)
{
	static char buf[32];

	strftime(buf, sizeof(buf), "%a %b %e %H:%M:%S %Y\n", tm);
	return buf;
}

char *ctime(const time_t *t)
{
	return asctime(gmtime(t));
}

/* See <time.h>. */
char *asctime_r(const struct tm *tm, char *buf)
{
	if (strftime(buf, 26, "%a %b %e %H:%M:%S %Y\n", tm) == 0) {
		errno = EOVERFLOW;
		return NULL;
	}
	return buf;
}

char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;

	if (gmtime_r(t, &tm) == NULL)
		return NULL;
	return asctime_r(&tm, buf);
}

char *tzname[2] = {"UTC", "UTC"};
long timezone;
int daylight;

void tzset(void)
{
}

/* See <time.h>. */
int clock_getres(clockid_t clk, struct timespec *res)
{
	struct meminfo mi;

	if (clk != CLOCK_REALTIME && clk != CLOCK_MONOTONIC) {
		errno = EINVAL;
		return -1;
	}
	if (meminfo(&mi) < 0 || mi.hz == 0)
		return -1;
	if (res != NULL) {
		res->tv_sec = 0;
		res->tv_nsec = 1000000000 / mi.hz;
	}
	return 0;
}

int timespec_get(struct timespec *ts, int base)
{
	if (base != TIME_UTC || clock_gettime(CLOCK_REALTIME, ts) < 0)
		return 0;
	return base;
}
