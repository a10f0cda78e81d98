/*
 * strptime: text to a struct tm by a format, the inverse of strftime in
 * the C locale (English names, either case, full or three letters).
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <time.h>

static const char *const day_names[] = {"sunday",    "monday",	 "tuesday",
					"wednesday", "thursday", "friday",
					"saturday"};
static const char *const month_names[] = {
	"january", "february", "march",	    "april",   "may",	   "june",
	"july",	   "august",   "september", "october", "november", "december"};

/* A number of at most width digits, within [lo, hi], into *out; the
 * text after it, or NULL. Leading blanks are skipped. */
static const char *number(const char *s, int width, int lo, int hi, int *out)
{
	int v = 0, n = 0, neg = 0;

	while (isspace((unsigned char)*s))
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	/* As glibc does, stop before a digit that would pass hi. */
	for (; n < width && isdigit((unsigned char)*s); n++) {
		if (n > 0 && v * 10 + (*s - '0') > hi)
			break;
		v = v * 10 + (*s++ - '0');
	}
	if (n == 0)
		return NULL;
	v = neg ? -v : v;
	if (v < lo || v > hi)
		return NULL;
	*out = v;
	return s;
}

/* A day or month name, full or its first three letters, in any case. */
static const char *name(const char *s, const char *const names[], int n,
			int *out)
{
	for (int i = 0; i < n; i++) {
		size_t len = strlen(names[i]);

		if (strncasecmp(s, names[i], len) == 0) {
			*out = i;
			return s + len;
		}
		if (strncasecmp(s, names[i], 3) == 0) {
			*out = i;
			return s + 3;
		}
	}
	return NULL;
}

/* Whether a conversion sets a part of the date, from which the week
 * day and year day follow. */
static int sets_date(char c)
{
	return strchr("YyCmdebBhDF", c) != NULL;
}

static int is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* tm_yday and tm_wday from tm_year, tm_mon and tm_mday. */
static void fill_days(struct tm *tm)
{
	static const int before[12] = {0,   31,	 59,  90,  120, 151,
				       181, 212, 243, 273, 304, 334};
	int year = tm->tm_year + 1900, mon = tm->tm_mon, y;
	long days;

	if (mon < 0 || mon > 11)
		return;
	tm->tm_yday =
		before[mon] + tm->tm_mday - 1 + (mon > 1 && is_leap(year));
	/* Days from 1 January of year 0 (proleptic Gregorian), counting
	 * the leap days of the years before; that day was a Saturday. */
	y = year - 1;
	days = 365L * year + y / 4 - y / 100 + y / 400 + 1 + tm->tm_yday;
	if (year <= 0)
		days = 365L * year + tm->tm_yday; /* not worth more care */
	tm->tm_wday = (int)(((days + 6) % 7 + 7) % 7);
}

/* One conversion c of strptime; the text after it, or NULL. */
static const char *convert(const char *s, char c, struct tm *tm, int *pm)
{
	int v;

	switch (c) {
	case 'Y':
		if ((s = number(s, 4, 0, 9999, &v)) != NULL)
			tm->tm_year = v - 1900;
		return s;
	case 'y':
		/* POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068. */
		if ((s = number(s, 2, 0, 99, &v)) != NULL)
			tm->tm_year = v < 69 ? v + 100 : v;
		return s;
	case 'C':
		if ((s = number(s, 2, 0, 99, &v)) != NULL)
			tm->tm_year = v * 100 - 1900 + tm->tm_year % 100;
		return s;
	case 'm':
		if ((s = number(s, 2, 1, 12, &v)) != NULL)
			tm->tm_mon = v - 1;
		return s;
	case 'd':
	case 'e':
		return number(s, 2, 1, 31, &tm->tm_mday);
	case 'H':
		return number(s, 2, 0, 23, &tm->tm_hour);
	case 'I':
		if ((s = number(s, 2, 1, 12, &v)) != NULL)
			tm->tm_hour = v % 12;
		return s;
	case 'M':
		return number(s, 2, 0, 59, &tm->tm_min);
	case 'S':
		return number(s, 2, 0, 60, &tm->tm_sec);
	case 'j':
		if ((s = number(s, 3, 1, 366, &v)) != NULL)
			tm->tm_yday = v - 1;
		return s;
	case 'a':
	case 'A':
		return name(s, day_names, 7, &tm->tm_wday);
	case 'b':
	case 'B':
	case 'h':
		return name(s, month_names, 12, &tm->tm_mon);
	case 'p':
		if (strncasecmp(s, "AM", 2) == 0 ||
		    strncasecmp(s, "PM", 2) == 0) {
			*pm = toupper((unsigned char)*s) == 'P';
			return s + 2;
		}
		return NULL;
	case 'n':
	case 't':
		while (isspace((unsigned char)*s))
			s++;
		return s;
	case '%':
		return *s == '%' ? s + 1 : NULL;
	case 'D':
		return strptime(s, "%m/%d/%y", tm);
	case 'T':
		return strptime(s, "%H:%M:%S", tm);
	case 'R':
		return strptime(s, "%H:%M", tm);
	case 'F':
		return strptime(s, "%Y-%m-%d", tm);
	case 'r':
		return strptime(s, "%I:%M:%S %p", tm);
	default:
		return NULL;
	}
}

/*
 * See <time.h>. Fields the format does not mention keep their values;
 * %p makes a %I hour afternoon. Returns the text after the last
 * character matched, or NULL if the text does not fit the format.
 */
char *strptime(const char *s, const char *fmt, struct tm *tm)
{
	int pm = -1, date = 0;

	for (; *fmt != '\0' && s != NULL; fmt++) {
		if (isspace((unsigned char)*fmt)) {
			while (isspace((unsigned char)*s))
				s++;
		} else if (*fmt != '%') {
			if (*s++ != *fmt)
				return NULL;
		} else {
			fmt++;
			if (*fmt == 'E' || *fmt == 'O')
				fmt++;
			if (*fmt == '\0')
				return NULL;
			date |= sets_date(*fmt);
			s = convert(s, *fmt, tm, &pm);
		}
	}
	if (s != NULL && pm == 1 && tm->tm_hour < 12)
		tm->tm_hour += 12;
	if (s != NULL && date)
		fill_days(tm);
	return (char *)s;
}
