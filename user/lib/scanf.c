/*
 * The scanf family: formatted input from a stream or a string. Each
 * conversion reads its item a byte at a time and pushes back (ungetc)
 * the one byte that ends it; numbers are gathered into a buffer and
 * converted there (strtoull for integers, fpparse.c for floating point,
 * which needs no FPU: the bits are stored as they are).
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "fpparse.h"
#include "stdio_impl.h"

#define TOKEN_MAX 512 /* the longest number read (longer: cut there) */

/* The state of one scanf call. */
struct scan {
	FILE *f;
	int nread; /* bytes consumed so far, for %n */
	int eof;   /* the input ended (or failed) */
	int width; /* bytes the current conversion may still take */
	int len;   /* length modifier: 'H' hh, 'h', 'l', 'L' ll or L */
};

/* The next byte, or EOF; counts it, and respects the width. */
static int next(struct scan *s)
{
	int c;

	if (s->width == 0)
		return EOF;
	if ((c = fgetc(s->f)) == EOF) {
		s->eof = 1;
		return EOF;
	}
	s->nread++;
	s->width--;
	return c;
}

/* Gives back the byte that ended an item (not EOF). */
static void back(struct scan *s, int c)
{
	if (c != EOF) {
		ungetc(c, s->f);
		s->nread--;
		s->width++;
	}
}

/*
 * How a conversion that found no item failed: at the end of the input
 * before any byte of the item (an input failure, -2), or at a byte that
 * cannot start one (a matching failure, -1).
 */
static int failure(const struct scan *s, int c)
{
	return c == EOF && s->eof ? -2 : -1;
}

/* Skips white space in the input. */
static void skip_space(struct scan *s)
{
	int c, w = s->width;

	s->width = -1;
	while ((c = next(s)) != EOF && isspace(c))
		;
	back(s, c);
	s->width = w;
}

/* Appends c to the token if there is room. */
static void keep(char *tok, int *n, int c)
{
	if (*n < TOKEN_MAX - 1)
		tok[(*n)++] = (char)c;
	tok[*n] = 0;
}

/* Whether c is a digit in base (2 to 16). */
static int is_digit(int c, int base)
{
	if (isdigit(c))
		return c - '0' < base;
	return base == 16 && isxdigit(c);
}

/*
 * Reads an integer's characters (sign, 0x prefix for base 16 or 0,
 * digits) into tok; base 0 is settled by the prefix. Returns c, the byte
 * after them (not yet given back).
 */
static int read_int_token(struct scan *s, char *tok, int *base)
{
	int n = 0, c = next(s);

	tok[0] = 0;
	if (c == '+' || c == '-') {
		keep(tok, &n, c);
		c = next(s);
	}
	if (c == '0' && (*base == 0 || *base == 16)) {
		keep(tok, &n, c);
		c = next(s);
		if (c == 'x' || c == 'X') {
			keep(tok, &n, c);
			c = next(s);
			*base = 16;
		} else if (*base == 0) {
			*base = 8;
		}
	} else if (*base == 0) {
		*base = 10;
	}
	while (c != EOF && is_digit(c, *base)) {
		keep(tok, &n, c);
		c = next(s);
	}
	return c;
}

/* Reads the letters of word (case ignored) as long as they match. */
static int read_word(struct scan *s, char *tok, int *n, const char *word, int c)
{
	while (c != EOF && *word && tolower(c) == *word) {
		keep(tok, n, c);
		c = next(s);
		word++;
	}
	return c;
}

/*
 * Reads a floating-point number's characters into tok: a sign, then inf,
 * infinity or nan, or digits (hex after 0x) with one point and an
 * exponent (e, or p for hex). Returns the byte after them.
 */
static int read_float_token(struct scan *s, char *tok)
{
	int n = 0, c = next(s), hex = 0, point = 0;

	tok[0] = 0;
	if (c == '+' || c == '-') {
		keep(tok, &n, c);
		c = next(s);
	}
	if (c == 'i' || c == 'I')
		return read_word(s, tok, &n, "infinity", c);
	if (c == 'n' || c == 'N')
		return read_word(s, tok, &n, "nan", c);
	if (c == '0') {
		keep(tok, &n, c);
		if ((c = next(s)) == 'x' || c == 'X') {
			keep(tok, &n, c);
			c = next(s);
			hex = 1;
		}
	}
	for (; c != EOF; c = next(s)) {
		if (c == '.' && !point)
			point = 1;
		else if (!is_digit(c, hex ? 16 : 10))
			break;
		keep(tok, &n, c);
	}
	if (c != EOF && tolower(c) == (hex ? 'p' : 'e')) {
		keep(tok, &n, c);
		c = next(s);
		if (c == '+' || c == '-') {
			keep(tok, &n, c);
			c = next(s);
		}
		while (c != EOF && isdigit(c)) {
			keep(tok, &n, c);
			c = next(s);
		}
	}
	return c;
}

/* Stores v through the next pointer argument, of the modifier's size. */
static void store_int(struct scan *s, va_list *ap, uint64_t v)
{
	switch (s->len) {
	case 'H':
		*va_arg(*ap, char *) = (char)v;
		break;
	case 'h':
		*va_arg(*ap, short *) = (short)v;
		break;
	case 'L':
		*va_arg(*ap, long long *) = (long long)v;
		break;
	default:
		*va_arg(*ap, int *) = (int)v;
	}
}

/* An integer conversion in base (0: as C writes it); 1 if it matched,
 * else failure()'s answer. */
static int scan_int(struct scan *s, va_list *ap, int base, int is_signed,
		    int store)
{
	char tok[TOKEN_MAX], *end;
	uint64_t v;
	int c;

	skip_space(s);
	c = read_int_token(s, tok, &base);
	back(s, c);
	v = is_signed ? (uint64_t)strtoll(tok, &end, base)
		      : strtoull(tok, &end, base);
	if (end == tok)
		return tok[0] == 0 ? failure(s, c) : -1;
	if (store)
		store_int(s, ap, v);
	return 1;
}

/* A double's bits as a long double's 80-bit form, without the FPU. */
static void to_ldouble(uint64_t b, long double *out)
{
	struct {
		uint64_t m;
		uint16_t se;
	} x = {0, (uint16_t)(b >> 48 & 0x8000)};
	int e = (int)(b >> 52 & 0x7ff);
	uint64_t frac = b & (((uint64_t)1 << 52) - 1);

	if (e == 0x7ff) {
		x.m = (uint64_t)1 << 63 | frac << 11;
		x.se |= 0x7fff;
	} else if (e != 0 || frac != 0) {
		if (e == 0) { /* subnormal: normalize */
			for (e = 1; !(frac >> 52); e--)
				frac <<= 1;
		}
		x.m = (frac | (uint64_t)1 << 52) << 11;
		x.se |= (uint16_t)(e - 1023 + 16383);
	}
	memcpy(out, &x, 10);
}

/* A floating-point conversion; as scan_int. */
static int scan_float(struct scan *s, va_list *ap, int store)
{
	char tok[TOKEN_MAX], *end;
	uint64_t bits;
	uint32_t fbits;
	int c;

	skip_space(s);
	c = read_float_token(s, tok);
	back(s, c);
	bits = __fp_parse(tok, &end, s->len == 0);
	if (end == tok)
		return tok[0] == 0 ? failure(s, c) : -1;
	if (!store)
		return 1;
	if (s->len == 0) {
		fbits = (uint32_t)bits;
		memcpy(va_arg(*ap, float *), &fbits, sizeof(fbits));
	} else if (s->len == 'l') {
		memcpy(va_arg(*ap, double *), &bits, sizeof(bits));
	} else {
		to_ldouble(bits, va_arg(*ap, long double *));
	}
	return 1;
}

/* Whether c is in the scanset set (the text after '[', to its ']'). */
static int in_set(const char *set, const char *end, int c)
{
	int neg = *set == '^', found = 0;

	for (const char *p = set + neg; p < end; p++) {
		if (p[1] == '-' && p + 2 < end) {
			found |= c >= (unsigned char)*p &&
				 c <= (unsigned char)p[2];
			p += 2;
		} else {
			found |= c == (unsigned char)*p;
		}
	}
	return found != neg;
}

/*
 * %s, %c and %[: copies matching bytes (non-space for 's', any for 'c',
 * those in the set for '['). 1 if at least one matched (for %c: all of
 * them), else failure()'s answer.
 */
static int scan_chars(struct scan *s, va_list *ap, int conv, const char *set,
		      const char *set_end, int store)
{
	char *d = store ? va_arg(*ap, char *) : NULL;
	int n = 0, c;

	if (conv == 's')
		skip_space(s);
	if (s->width < 0)
		s->width = conv == 'c' ? 1 : -1;
	while ((c = next(s)) != EOF) {
		if ((conv == 's' && isspace(c)) ||
		    (conv == '[' && !in_set(set, set_end, c))) {
			back(s, c);
			break;
		}
		if (d != NULL)
			d[n] = (char)c;
		n++;
	}
	if (n == 0)
		return failure(s, c);
	if (conv == 'c' && s->width > 0)
		return -1;
	if (d != NULL && conv != 'c')
		d[n] = 0;
	return 1;
}

/* Reads flags, width and length after '%'; returns the conversion. */
static const char *parse_conv(const char *p, struct scan *s, int *store)
{
	*store = *p != '*';
	if (!*store)
		p++;
	s->width = -1;
	if (isdigit((unsigned char)*p)) {
		s->width = 0;
		for (; isdigit((unsigned char)*p); p++)
			s->width = s->width * 10 + (*p - '0');
	}
	s->len = 0;
	if (*p == 'h') {
		s->len = p[1] == 'h' ? 'H' : 'h';
		p += p[1] == 'h' ? 2 : 1;
	} else if (*p == 'l') {
		s->len = p[1] == 'l' ? 'L' : 'l';
		p += p[1] == 'l' ? 2 : 1;
	} else if (*p == 'L' || *p == 'q' || *p == 'j') {
		s->len = 'L';
		p++;
	} else if (*p == 'z' || *p == 't') {
		p++;
	}
	return p;
}

/* Performs the conversion at *pp; returns 1 if it matched and assigned,
 * 0 if it matched without assigning, or a failure() answer. */
static int convert(struct scan *s, const char **pp, va_list *ap)
{
	const char *p = *pp, *set = NULL;
	int store, ok, conv;

	p = parse_conv(p, s, &store);
	conv = *p;
	if (conv == '[') {
		set = ++p;
		p += *p == '^';
		p += *p == ']';
		while (*p && *p != ']')
			p++;
	}
	*pp = *p ? p + 1 : p;
	switch (conv) {
	case 'd':
	case 'i':
	case 'u':
	case 'o':
	case 'x':
	case 'X':
		ok = scan_int(s, ap,
			      conv == 'd' || conv == 'u' ? 10
			      : conv == 'i'		 ? 0
			      : conv == 'o'		 ? 8
							 : 16,
			      conv == 'd' || conv == 'i', store);
		break;
	case 'p':
		s->len = 0;
		ok = scan_int(s, ap, 16, 0, store);
		break;
	case 'a':
	case 'A':
	case 'e':
	case 'E':
	case 'f':
	case 'F':
	case 'g':
	case 'G':
		ok = scan_float(s, ap, store);
		break;
	case 's':
	case 'c':
	case '[':
		ok = scan_chars(s, ap, conv, set, p, store);
		break;
	case 'n':
		if (store)
			store_int(s, ap, (uint64_t)s->nread);
		return 0;
	default:
		return -1;
	}
	return ok == 1 ? store : ok;
}

/*
 * Matches one piece of the format that is not a conversion: white space
 * (any amount in the input, even none), "%%", or a byte that must come
 * next. Returns 0, or a failure() answer.
 */
static int match_literal(struct scan *s, const char **pp)
{
	const char *p = *pp;
	int c;

	if (isspace((unsigned char)*p)) {
		while (isspace((unsigned char)*p))
			p++;
		skip_space(s);
		*pp = p;
		return 0;
	}
	if (*p == '%') { /* "%%" */
		skip_space(s);
		p++;
	}
	*pp = p + 1;
	s->width = -1;
	if ((c = next(s)) == (unsigned char)*p)
		return 0;
	back(s, c);
	return failure(s, c);
}

/* Reads f as fmt says; returns the items assigned, or EOF if the input
 * ended before the first conversion was done. */
int vfscanf(FILE *f, const char *fmt, va_list ap)
{
	struct scan s = {f, 0, 0, -1, 0};
	int assigned = 0, done = 0, r = 0;
	va_list aq;

	va_copy(aq, ap);
	while (*fmt && r >= 0) {
		if (*fmt == '%' && fmt[1] != '%') {
			fmt++;
			if ((r = convert(&s, &fmt, &aq)) >= 0) {
				assigned += r;
				done++;
			}
		} else {
			r = match_literal(&s, &fmt);
		}
	}
	va_end(aq);
	return r == -2 && done == 0 ? EOF : assigned;
}

/* fscanf from stdin. */
int vscanf(const char *fmt, va_list ap)
{
	return vfscanf(stdin, fmt, ap);
}

/* Reads a string through a stream that never refills: at its end,
 * end of file. */
int vsscanf(const char *str, const char *fmt, va_list ap)
{
	size_t len = strlen(str);
	FILE f = {.fd = -1,
		  .flags = F_READ | F_EOF,
		  .mode = _IOFBF,
		  .buf = (unsigned char *)str,
		  .size = len,
		  .rend = len,
		  .ungot = EOF};

	return vfscanf(&f, fmt, ap);
}

/* vfscanf with the arguments inline. */
int fscanf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

/* vscanf with the arguments inline. */
int scanf(const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfscanf(stdin, fmt, ap);
	va_end(ap);
	return r;
}

/* vsscanf with the arguments inline. */
int sscanf(const char *str, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsscanf(str, fmt, ap);
	va_end(ap);
	return r;
}
