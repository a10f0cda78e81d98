/*
 * printf: writes its format, with the arguments converted as its %
 * conversions say, as printf(3) would: %d %i %o %u %x %X %c %s with
 * flags (-+ #0), width and precision (digits or *), %b (the argument
 * with backslash escapes expanded; \c there ends all output) and %%.
 * The format's own escapes are \\ \a \b \f \n \r \t \v \NNN (octal)
 * and \xHH. The format is used again while arguments are left; missing
 * arguments are 0 or empty. A numeric argument may be a C constant
 * (12, 0x1f, 017) or 'c (the character's value); a bad one is reported,
 * converted as far as it goes, and makes the exit status 1.
 *
 *	printf format [argument...]
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **args; /* the arguments left */
static int nargs;
static int status; /* 1 after a bad argument */
static int done;   /* \c: write nothing more */

static const char *next_arg(void)
{
	if (nargs == 0)
		return NULL;
	nargs--;
	return *args++;
}

/* Reads a numeric argument: a C constant or 'c; unsigned if u. */
static long long number(int u)
{
	const char *s = next_arg();
	long long n;
	char *end;

	if (!s)
		return 0;
	if (*s == '\'' || *s == '"')
		return (unsigned char)s[1];
	errno = 0;
	n = u ? (long long)strtoull(s, &end, 0) : strtoll(s, &end, 0);
	if (end == s) {
		fprintf(stderr, "printf: '%s': expected a numeric value\n", s);
		status = 1;
	} else if (*end) {
		fprintf(stderr,
			"printf: '%s': value not completely "
			"converted\n",
			s);
		status = 1;
	} else if (errno) {
		fprintf(stderr, "printf: '%s': %s\n", s, strerror(errno));
		status = 1;
	}
	return n;
}

/*
 * Expands the escape at *p (just past the backslash) into *c, moving *p
 * on; returns 0 for \c, which ends the output. In %b's argument (b),
 * octal is \0NNN, in the format \NNN.
 */
static int escape(const char **p, int b, int *c)
{
	static const char from[] = "\\abfnrtv\"'", to[] = "\\\a\b\f\n\r\t\v\"'";
	const char *s = *p, *k;
	int i, v = 0;

	if (*s == 'c') {
		*p = s + 1;
		return 0;
	}
	if (*s >= '0' && *s <= '7') {
		if (b && *s == '0')
			s++;
		for (i = 0; i < 3 && *s >= '0' && *s <= '7'; i++)
			v = v * 8 + *s++ - '0';
	} else if (*s == 'x' && isxdigit((unsigned char)s[1])) {
		for (s++, i = 0; i < 2 && isxdigit((unsigned char)*s); i++, s++)
			v = v * 16 +
			    (isdigit((unsigned char)*s)
				     ? *s - '0'
				     : tolower((unsigned char)*s) - 'a' + 10);
	} else if (*s && (k = strchr(from, *s))) {
		v = to[k - from];
		s++;
	} else {
		/* Not an escape: the backslash stands for itself. */
		v = '\\';
	}
	*c = v & 0xff;
	*p = s;
	return 1;
}

/* Writes s[0..n) in a field of width, on the left with '-'. */
static void pad(const char *s, int n, int width, int left)
{
	int i;

	for (i = n; !left && i < width; i++)
		putchar(' ');
	fwrite(s, 1, n, stdout);
	for (i = n; left && i < width; i++)
		putchar(' ');
}

/* %b: the next argument, its escapes expanded, then padded. */
static void conv_b(int width, int prec, int left)
{
	const char *s = next_arg(), *p;
	char *buf;
	int n = 0, c;

	if (!s)
		s = "";
	buf = malloc(strlen(s) + 1);
	if (!buf) {
		fprintf(stderr, "printf: out of memory\n");
		exit(1);
	}
	for (p = s; *p;) {
		if (*p++ != '\\') {
			buf[n++] = p[-1];
		} else if (escape(&p, 1, &c)) {
			buf[n++] = c;
		} else {
			done = 1;
			break;
		}
	}
	pad(buf, prec >= 0 && prec < n ? prec : n, width, left);
	free(buf);
}

/*
 * Does the conversion whose specification starts at *p (just past the
 * '%') and moves *p past it. spec collects it for printf(3), with an
 * "ll" put before an integer conversion.
 */
static void convert(const char **p)
{
	char spec[64], *sp = spec, *end;
	const char *s = *p, *start = *p, *str;
	int width = 0, prec = -1, left = 0;

	*sp++ = '%';
	for (; *s && strchr("-+ #0", *s); s++) {
		left |= *s == '-';
		if (sp < spec + 8)
			*sp++ = *s;
	}
	if (*s == '*') {
		width = (int)number(0);
		s++;
	} else {
		width = (int)strtol(s, &end, 10);
		s = end;
	}
	if (width < 0) {
		left = 1;
		width = -width;
		*sp++ = '-';
	}
	if (*s == '.') {
		s++;
		if (*s == '*') {
			prec = (int)number(0);
			s++;
		} else {
			prec = (int)strtol(s, &end, 10);
			s = end;
		}
	}
	sp += sprintf(sp, "%d", width);
	if (prec >= 0)
		sp += sprintf(sp, ".%d", prec);
	*p = s + (*s != 0);
	switch (*s) {
	case 'd':
	case 'i':
		sprintf(sp, "lld");
		printf(spec, number(0));
		break;
	case 'o':
	case 'u':
	case 'x':
	case 'X':
		sprintf(sp, "ll%c", *s);
		printf(spec, (unsigned long long)number(1));
		break;
	case 'c':
		str = next_arg();
		if (str && *str)
			pad(str, 1, width, left);
		else
			pad("", 0, width, left);
		break;
	case 's':
		str = next_arg();
		sprintf(sp, "s");
		printf(spec, str ? str : "");
		break;
	case 'b':
		conv_b(width, prec, left);
		break;
	default:
		fprintf(stderr, "printf: %%%.*s: invalid conversion\n",
			(int)(s - start + (*s != 0)), start);
		exit(1);
	}
}

/* Writes the format once; returns how many arguments it took. */
static int format(const char *f)
{
	int before = nargs, c;

	while (*f && !done) {
		if (*f == '\\') {
			f++;
			if (escape(&f, 0, &c))
				putchar(c);
			else
				done = 1;
		} else if (*f == '%' && f[1] == '%') {
			putchar('%');
			f += 2;
		} else if (*f == '%') {
			f++;
			convert(&f);
		} else {
			putchar(*f++);
		}
	}
	return before - nargs;
}

int main(int argc, char *argv[])
{
	if (argc > 1 && strcmp(argv[1], "--") == 0) {
		argv++;
		argc--;
	}
	if (argc < 2) {
		fprintf(stderr, "usage: printf format [argument...]\n");
		return 2;
	}
	args = argv + 2;
	nargs = argc - 2;
	while (format(argv[1]) > 0 && nargs > 0 && !done)
		;
	fflush(stdout);
	return status;
}
