/*
 * Integer conversion from text: strtol, strtoll, strtoul, strtoull (and
 * strtoimax, strtoumax), the atoi family, all on one scanner; and the
 * intmax_t arithmetic of <inttypes.h>.
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>

/* The value of c as a digit (letters are 10 to 35), or 36 if none. */
static int digit_value(int c)
{
	if (isdigit(c))
		return c - '0';
	if (isalpha(c))
		return tolower(c) - 'a' + 10;
	return 36;
}

/*
 * The scanner of every strto* function: converts the number at the start
 * of s, whose magnitude may be at most lim_pos, or lim_neg after a minus
 * sign; beyond that it returns the limit, sets *over, and sets errno to
 * ERANGE. *neg says whether there was a minus sign. *end as strtol says.
 */
static unsigned long long scan(const char *s, char **end, int base,
			       unsigned long long lim_pos,
			       unsigned long long lim_neg, int *neg, int *over)
{
	const char *p = s, *digits;
	unsigned long long v = 0, lim;
	int d;

	*neg = *over = 0;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (end != NULL)
			*end = (char *)s;
		return 0;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '-' || *p == '+')
		*neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' &&
	    (p[1] == 'x' || p[1] == 'X') && digit_value(p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = *p == '0' ? 8 : 10;
	}
	lim = *neg ? lim_neg : lim_pos;
	for (digits = p; (d = digit_value((unsigned char)*p)) < base; p++) {
		if (v > (lim - d) / base)
			*over = 1;
		else
			v = v * base + d;
	}
	if (end != NULL)
		*end = (char *)(p == digits ? s : p);
	if (*over) {
		errno = ERANGE;
		return lim;
	}
	return v;
}

/* See <stdlib.h>. */
long strtol(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v =
		scan(s, end, base, LONG_MAX, (unsigned long long)LONG_MAX + 1,
		     &neg, &over);

	return neg ? (long)-v : (long)v;
}

/* See <stdlib.h>. */
long long strtoll(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v =
		scan(s, end, base, LLONG_MAX, (unsigned long long)LLONG_MAX + 1,
		     &neg, &over);

	return neg ? (long long)-v : (long long)v;
}

/* See <stdlib.h>; "-1" gives ULONG_MAX, as C says; overflow in either
 * direction gives ULONG_MAX. */
unsigned long strtoul(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v =
		scan(s, end, base, ULONG_MAX, ULONG_MAX, &neg, &over);

	return neg && !over ? -(unsigned long)v : (unsigned long)v;
}

/* See <stdlib.h>. */
unsigned long long strtoull(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v =
		scan(s, end, base, ULLONG_MAX, ULLONG_MAX, &neg, &over);

	return neg && !over ? -v : v;
}

/* strtoll: intmax_t is long long. */
intmax_t strtoimax(const char *s, char **end, int base)
{
	return strtoll(s, end, base);
}

/* strtoull: uintmax_t is unsigned long long. */
uintmax_t strtoumax(const char *s, char **end, int base)
{
	return strtoull(s, end, base);
}

/* strtol(s, NULL, 10) as an int. */
int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

/* strtol(s, NULL, 10). */
long atol(const char *s)
{
	return strtol(s, NULL, 10);
}

/* strtoll(s, NULL, 10). */
long long atoll(const char *s)
{
	return strtoll(s, NULL, 10);
}

/* |n| for intmax_t. */
intmax_t imaxabs(intmax_t n)
{
	return n < 0 ? -n : n;
}

/* div for intmax_t. */
imaxdiv_t imaxdiv(intmax_t num, intmax_t den)
{
	imaxdiv_t r = {num / den, num % den};

	return r;
}
