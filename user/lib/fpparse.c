/*
 * Text to floating point, correctly rounded (to nearest, ties to even),
 * for strtod and friends (strtod.c) and scanf (scanf.c). A decimal number D * 10^E becomes the quotient
 * of two big integers, D * 10^E over 1 or D over 10^-E, scaled by a power
 * of 2 so that its integer part has 63 or 64 bits; that part, and
 * whether a remainder was left, decide the rounding. Hexadecimal numbers
 * need no division. Up to 800 significant digits are kept, more than the
 * 767 that a double's exact halfway points can have; the rest only count
 * as "something nonzero follows". Only integer instructions are used: the
 * result is the number's bits, which strtod returns as a double (with the
 * FPU) and scanf stores (without it).
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "fpparse.h"

#define MAX_DIGITS 800	  /* significant decimal digits kept */
#define BIG_WORDS  128	  /* 32-bit words: 10^1130 * 2^64 fits */
#define EXP10_MAX  310	  /* 10^310 and above: infinite */
#define EXP10_MIN  (-330) /* below 10^-330: zero */

/* A binary floating-point format: float or double. */
struct fpformat {
	int mbits;    /* significand bits, the implicit one included */
	int emin;     /* exponent of the least normal number */
	int emax;     /* exponent of the greatest finite number */
	int sign_bit; /* the sign's bit number */
};

static const struct fpformat double_format = {53, -1022, 1023, 63};
static const struct fpformat float_format = {24, -126, 127, 31};

/* A big unsigned integer: n words, least significant first. */
struct big {
	uint32_t w[BIG_WORDS];
	int n;
};

/* b = b * m + a. */
static void big_muladd(struct big *b, uint32_t m, uint32_t a)
{
	uint64_t carry = a;

	for (int i = 0; i < b->n; i++) {
		carry += (uint64_t)b->w[i] * m;
		b->w[i] = (uint32_t)carry;
		carry >>= 32;
	}
	if (carry != 0 && b->n < BIG_WORDS)
		b->w[b->n++] = (uint32_t)carry;
}

/* b = b * 10^k. */
static void big_mul_pow10(struct big *b, int k)
{
	for (; k >= 9; k -= 9)
		big_muladd(b, 1000000000, 0);
	for (; k > 0; k--)
		big_muladd(b, 10, 0);
}

/* The number of significant bits in b. */
static int big_bits(const struct big *b)
{
	int bits;

	if (b->n == 0)
		return 0;
	bits = 32 * (b->n - 1);
	for (uint32_t top = b->w[b->n - 1]; top != 0; top >>= 1)
		bits++;
	return bits;
}

/* b = b << k. */
static void big_shl(struct big *b, int k)
{
	int words = k / 32, bits = k % 32, n = b->n + words + 1;

	if (b->n == 0)
		return;
	if (n > BIG_WORDS)
		n = BIG_WORDS; /* never: BIG_WORDS has room for every shift */
	/* From the top down, so no word is read after it is overwritten. */
	for (int i = n - 1; i >= words; i--) {
		int j = i - words;
		uint32_t hi = j < b->n ? b->w[j] : 0;
		uint32_t lo = j > 0 && j - 1 < b->n ? b->w[j - 1] : 0;

		b->w[i] = bits == 0 ? hi : hi << bits | lo >> (32 - bits);
	}
	memset(b->w, 0, words * sizeof(b->w[0]));
	b->n = n;
	while (b->n > 0 && b->w[b->n - 1] == 0)
		b->n--;
}

/* b = b >> 1. */
static void big_shr1(struct big *b)
{
	for (int i = 0; i < b->n; i++)
		b->w[i] = b->w[i] >> 1 | (i + 1 < b->n ? b->w[i + 1] << 31 : 0);
	if (b->n > 0 && b->w[b->n - 1] == 0)
		b->n--;
}

/* -1, 0 or 1 as a is less than, equal to or greater than b. */
static int big_cmp(const struct big *a, const struct big *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--)
		if (a->w[i] != b->w[i])
			return a->w[i] < b->w[i] ? -1 : 1;
	return 0;
}

/* a = a - b, for a >= b. */
static void big_sub(struct big *a, const struct big *b)
{
	int64_t borrow = 0;

	for (int i = 0; i < a->n; i++) {
		borrow += (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0);
		a->w[i] = (uint32_t)borrow;
		borrow = borrow < 0 ? -1 : 0;
	}
	while (a->n > 0 && a->w[a->n - 1] == 0)
		a->n--;
}

/*
 * Rounds (q + a fraction that is nonzero if sticky) * 2^-s, q > 0, to
 * format f, half to even, and returns its bits (no sign). Sets ERANGE on
 * overflow (the result is infinite) and when a result below the least
 * normal number is inexact.
 */
static uint64_t round_bits(uint64_t q, int s, int sticky,
			   const struct fpformat *f)
{
	int nb = 64 - __builtin_clzll(q), e2 = nb - 1 - s, drop;
	int frac_bits = f->mbits - 1, inf_exp = 2 * f->emax + 1;
	uint64_t mant, rest = 0, half;

	/* Normal: keep mbits bits. Subnormal: keep the multiples of the
	 * least subnormal, 2^(emin - frac_bits). */
	drop = e2 >= f->emin ? nb - f->mbits : s + f->emin - frac_bits;
	if (drop > 64) {
		mant = 0;
		rest = 1; /* below half the least subnormal: rounds to 0 */
	} else if (drop > 0) {
		mant = drop == 64 ? 0 : q >> drop;
		rest = drop == 64 ? q : q & (((uint64_t)1 << drop) - 1);
		half = (uint64_t)1 << (drop - 1);
		if (rest > half || (rest == half && (sticky || (mant & 1))))
			mant++;
	} else {
		mant = q << -drop;
	}
	if (e2 < f->emin) {
		if (rest != 0 || sticky)
			errno = ERANGE;
		return mant; /* a carry into the exponent field is right */
	}
	/* mant holds the implicit bit: it adds 1 to the exponent field,
	 * and a carry out of rounding adds 1 more. */
	mant += (uint64_t)(e2 + f->emax - 1) << frac_bits;
	if (mant >> frac_bits >= (uint64_t)inf_exp) {
		errno = ERANGE;
		mant = (uint64_t)inf_exp << frac_bits;
	}
	return mant;
}

/* The digits of a decimal number: value = d[0..n-1] * 10^exp10. */
struct decimal {
	char d[MAX_DIGITS];
	int n;
	int exp10;
	int sticky; /* nonzero digits were dropped after d */
};

/* Reads an exponent's digits at *p (after 'e' or 'p'); if there are
 * none, leaves *p alone and returns 0. Large values are held at 10^6. */
static int read_exponent(const char **p)
{
	const char *s = *p;
	int neg = 0, v = 0;

	if (*s == '+' || *s == '-')
		neg = *s++ == '-';
	if (!isdigit((unsigned char)*s))
		return 0;
	for (; isdigit((unsigned char)*s); s++)
		if (v < 1000000)
			v = v * 10 + (*s - '0');
	*p = s;
	return neg ? -v : v;
}

/* Reads a decimal number's digits and exponent at s into *x; returns
 * the end, or s itself if there is no digit. */
static const char *read_decimal(const char *s, struct decimal *x)
{
	const char *p = s;
	int seen = 0, point = 0, lead = 1;

	x->n = x->exp10 = x->sticky = 0;
	for (;; p++) {
		if (*p == '.' && !point) {
			point = 1;
			continue;
		}
		if (!isdigit((unsigned char)*p))
			break;
		seen = 1;
		if (*p == '0' && lead) {
			x->exp10 -= point; /* a leading zero after the point */
			continue;
		}
		lead = 0;
		if (x->n < MAX_DIGITS) {
			x->d[x->n++] = *p;
			x->exp10 -= point;
		} else {
			x->sticky |= *p != '0';
			x->exp10 += !point;
		}
	}
	if (!seen)
		return s;
	if (*p == 'e' || *p == 'E') {
		const char *e = p + 1;
		int v = read_exponent(&e);

		if (e != p + 1) { /* without digits, the 'e' is not ours */
			x->exp10 += v;
			p = e;
		}
	}
	return p;
}

/* Converts a decimal number to format f's bits (no sign). */
static uint64_t decimal_bits(const struct decimal *x, const struct fpformat *f)
{
	struct big a = {{0}, 0}, b = {{1}, 1}, t;
	uint64_t q = 0;
	int pos = x->n + x->exp10, s;

	if (x->n == 0)
		return 0;
	if (pos > EXP10_MAX || pos < EXP10_MIN) {
		errno = ERANGE;
		return pos > 0 ? (uint64_t)(2 * f->emax + 1) << (f->mbits - 1)
			       : 0;
	}
	for (int i = 0; i < x->n; i++)
		big_muladd(&a, 10, x->d[i] - '0');
	if (x->exp10 > 0)
		big_mul_pow10(&a, x->exp10);
	else
		big_mul_pow10(&b, -x->exp10);
	/* Scale so that q = a / b has 63 or 64 bits. */
	s = 63 - (big_bits(&a) - big_bits(&b));
	if (s > 0)
		big_shl(&a, s);
	else if (s < 0)
		big_shl(&b, -s);
	t = b;
	big_shl(&t, 63);
	for (int bit = 63; bit >= 0; bit--) {
		if (big_cmp(&a, &t) >= 0) {
			big_sub(&a, &t);
			q |= (uint64_t)1 << bit;
		}
		big_shr1(&t);
	}
	return round_bits(q, s, a.n != 0 || x->sticky, f);
}

/* The value of hex digit c, or -1. */
static int hex_value(int c)
{
	if (isdigit(c))
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Reads a hexadecimal number's digits (after "0x") and 'p' exponent;
 * stores its bits in *bits and returns the end, or s if no digit. */
static const char *read_hex(const char *s, uint64_t *bits,
			    const struct fpformat *f)
{
	const char *p = s;
	uint64_t q = 0;
	int seen = 0, point = 0, exp2 = 0, sticky = 0, v;

	for (;; p++) {
		if (*p == '.' && !point) {
			point = 1;
			continue;
		}
		if ((v = hex_value((unsigned char)*p)) < 0)
			break;
		seen = 1;
		if (q >> 60 == 0) {
			q = q << 4 | v;
			exp2 -= 4 * point;
		} else {
			sticky |= v != 0;
			exp2 += 4 * !point;
		}
	}
	if (!seen)
		return s;
	if (*p == 'p' || *p == 'P') {
		const char *e = p + 1;
		int pe = read_exponent(&e);

		if (e != p + 1) {
			exp2 += pe;
			p = e;
		}
	}
	*bits = q == 0 ? 0 : round_bits(q, -exp2, sticky, f);
	return p;
}

/* Reads "inf", "infinity" or "nan", "nan(chars)" at s; returns the end
 * and the bits in *bits, or s if it is neither. */
static const char *read_special(const char *s, uint64_t *bits,
				const struct fpformat *f)
{
	uint64_t exp_all = (uint64_t)(2 * f->emax + 1) << (f->mbits - 1);
	const char *p;

	if (strncasecmp(s, "inf", 3) == 0) {
		*bits = exp_all;
		return s + (strncasecmp(s, "infinity", 8) == 0 ? 8 : 3);
	}
	if (strncasecmp(s, "nan", 3) != 0)
		return s;
	*bits = exp_all | (uint64_t)1 << (f->mbits - 2); /* a quiet NaN */
	p = s + 3;
	if (*p == '(') {
		const char *q = p + 1;

		while (isalnum((unsigned char)*q) || *q == '_')
			q++;
		if (*q == ')')
			p = q + 1;
	}
	return p;
}

/* See fpparse.h. */
uint64_t __fp_parse(const char *s, char **end, int is_float)
{
	const struct fpformat *f = is_float ? &float_format : &double_format;
	const char *p = s, *q;
	struct decimal x;
	uint64_t bits = 0;
	int neg = 0;

	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	q = read_special(p, &bits, f);
	if (q == p && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		q = read_hex(p + 2, &bits, f);
		if (q == p + 2)
			q = p + 1; /* "0x" and no digit: the number is the 0 */
	} else if (q == p) {
		q = read_decimal(p, &x);
		if (q != p)
			bits = decimal_bits(&x, f);
	}
	if (q == p) {
		q = s; /* no number at all */
		neg = 0;
	}
	if (end != NULL)
		*end = (char *)q;
	return bits | (uint64_t)neg << f->sign_bit;
}
