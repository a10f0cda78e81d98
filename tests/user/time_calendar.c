// gmtime, timegm/mktime and strftime against dates worked out by hand:
// the epoch, a leap day, the last second of 32-bit time, before 1970,
// fields that carry over, every strftime conversion, a buffer too small.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <string.h>
#include <time.h>
#include "check.h"

/* Checks gmtime(t) against Y-M-D h:m:s, weekday and day of the year. */
static void check_date(time_t t, int y, int mo, int d, int h, int mi, int s,
		       int wday, int yday)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	check(tm.tm_year + 1900 == y && tm.tm_mon + 1 == mo &&
		      tm.tm_mday == d && tm.tm_hour == h && tm.tm_min == mi &&
		      tm.tm_sec == s && tm.tm_wday == wday &&
		      tm.tm_yday == yday,
	      "gmtime(%ld) is %04d-%02d-%02d %02d:%02d:%02d wday %d yday %d: "
	      "got %04d-%02d-%02d %02d:%02d:%02d wday %d yday %d",
	      (long)t, y, mo, d, h, mi, s, wday, yday, tm.tm_year + 1900,
	      tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
	      tm.tm_wday, tm.tm_yday);
	check(timegm(&tm) == t, "timegm(gmtime(%ld)) gives it back", (long)t);
}

static void check_format(const char *fmt, time_t t, const char *want)
{
	char buf[128];
	size_t n = strftime(buf, sizeof(buf), fmt, gmtime(&t));

	check(n == strlen(want) && strcmp(buf, want) == 0,
	      "strftime(\"%s\") is \"%s\": got \"%s\" (%u)", fmt, want,
	      n ? buf : "", (unsigned)n);
}

int main(void)
{
	struct tm tm;
	char small[8];

	check_date(0, 1970, 1, 1, 0, 0, 0, 4, 0);
	check_date(951782400, 2000, 2, 29, 0, 0, 0, 2, 59);
	check_date(951955199, 2000, 3, 1, 23, 59, 59, 3, 60);
	check_date(1000000000, 2001, 9, 9, 1, 46, 40, 0, 251);
	check_date(2147483647, 2038, 1, 19, 3, 14, 7, 2, 18);
	check_date(-1, 1969, 12, 31, 23, 59, 59, 3, 364);
	check_date(-2147483647 - 1, 1901, 12, 13, 20, 45, 52, 5, 346);

	/* Out-of-range fields carry: month 12 is next January, day 0 the
	 * last of the month before, minute 60 the next hour. */
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 99;
	tm.tm_mon = 12;
	tm.tm_mday = 0;
	tm.tm_hour = 23;
	tm.tm_min = 60;
	check(mktime(&tm) == 946684800, "mktime carries 1999-13-00 23:60 to "
					"2000-01-01 00:00 (946684800)");
	check(tm.tm_year == 100 && tm.tm_mon == 0 && tm.tm_mday == 1 &&
		      tm.tm_hour == 0 && tm.tm_min == 0 && tm.tm_wday == 6,
	      "mktime normalises the fields: got %d-%d-%d %d:%d wday %d",
	      tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
	      tm.tm_wday);

	check_format("%Y-%m-%d %H:%M:%S", 1000000000, "2001-09-09 01:46:40");
	check_format("%a %A %b %B %h", 1000000000,
		     "Sun Sunday Sep September Sep");
	check_format("%c", 1000000000, "Sun Sep  9 01:46:40 2001");
	check_format("%C %y %e %j %u %w", 1000000000, "20 01  9 252 7 0");
	check_format("%D %F %T %R", 1000000000,
		     "09/09/01 2001-09-09 01:46:40 01:46");
	check_format("%I %p %r", 1000000000 + 12 * 3600, "01 PM 01:46:40 PM");
	check_format("%I %p", 0, "12 AM");
	check_format("%s %z %Z %%", 1000000000, "1000000000 +0000 UTC %");
	check_format("a%nb%tc", 0, "a\nb\tc");
	check_format("%Ey %Od", 1000000000, "01 09");
	check(strftime(small, sizeof(small), "%Y-%m-%d",
		       gmtime(&(time_t){0})) == 0,
	      "strftime returns 0 when the result does not fit");
	check(strcmp(asctime(gmtime(&(time_t){1000000000})),
		     "Sun Sep  9 01:46:40 2001\n") == 0,
	      "asctime has the C standard's form");
	return check_done();
}
