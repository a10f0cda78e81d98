/*
 * Process exit and abort, and the number conversions of <stdlib.h>. The
 * heap lives in malloc.c.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Flushes stdio buffers, then ends the process. crt0 calls it after main. */
void exit(int status)
{
	fflush(NULL);
	_exit(status);
}

/* Kills the process with SIGABRT; if that fails, exits with status 127. */
void abort(void)
{
	kill(getpid(), SIGABRT);
	_exit(127);
}

int abs(int n)
{
	return n < 0 ? -n : n;
}

int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}

/* The value of digit character c, or 99 if it is not a digit or letter. */
static int digit_value(int c)
{
	if (isdigit(c))
		return c - '0';
	if (isalpha(c))
		return tolower(c) - 'a' + 10;
	return 99;
}

/* Skips a C prefix ("0x", "0") that fits *base, choosing base if it is 0. */
static const char *skip_prefix(const char *s, int *base)
{
	if ((*base == 0 || *base == 16) && s[0] == '0' &&
	    tolower(s[1]) == 'x' && isxdigit(s[2])) {
		*base = 16;
		return s + 2;
	}
	if (*base == 0)
		*base = s[0] == '0' ? 8 : 10;
	return s;
}

/*
 * Converts the number at the start of s: spaces, a sign, then digits in
 * base (0 means decimal, 0x hex or 0 octal). *end (if end is not NULL) is
 * set past the last digit, or to s if there is none. On overflow returns
 * LONG_MAX or LONG_MIN and sets errno to ERANGE.
 */
long strtol(const char *s, char **end, int base)
{
	const char *p = s, *digits;
	unsigned long v = 0, limit;
	int neg = 0, overflow = 0, d;

	if (base != 0 && (base < 2 || base > 36)) {
		errno = EINVAL;
		if (end != NULL)
			*end = (char *)s;
		return 0;
	}
	while (isspace(*p))
		p++;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	digits = p = skip_prefix(p, &base);
	limit = neg ? -(unsigned long)LONG_MIN : LONG_MAX;
	for (; (d = digit_value(*p)) < base; p++) {
		if (v > (limit - d) / base)
			overflow = 1;
		else
			v = v * base + d;
	}
	if (end != NULL)
		*end = (char *)(p == digits ? s : p);
	if (overflow) {
		errno = ERANGE;
		return neg ? LONG_MIN : LONG_MAX;
	}
	return neg ? (long)-v : (long)v;
}
