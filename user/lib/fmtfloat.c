/*
 * The digits of printf's floating-point conversions (%f %e %g %a), for
 * kernel/fmt.c, which lays the field out. The conversion is exact: a
 * finite double is m * 2^e; its decimal digits are those of the integer
 * m * 2^e, or of m * 5^-e with the point -e places from the right, worked
 * out with big numbers in base 10^9; then they are rounded half to even,
 * as glibc does. Only integer instructions are used, so a program built
 * without the FPU can print floats too. A long double is exact while it
 * lies within double's range; beyond it, it prints as inf or 0.
 */
#include <stdint.h>
#define FMT_FLOAT /* this file is the floating-point half of fmt.h */
#include "fmt.h"

#define BIG_BASE   1000000000u /* base of a big number's limbs */
#define BIG_LIMBS  96	       /* 5^1139 * 2^64 has 816 digits */
#define MAX_DIGITS (BIG_LIMBS * 9)
#define FIVE_13	   1220703125u /* 5^13, the largest power of 5 in a limb op */
#define EXP_MAX	   961	       /* m * 2^e with e above: beyond double */
#define EXP_MIN	   (-1139)     /* m * 2^e with e below: under 2^-1074 */

/* A big number: limbs in base 10^9, least significant first. */
struct big {
	uint32_t w[BIG_LIMBS];
	int n;
};

/* A decimal expansion: value = 0.d[0]d[1]...d[n-1] * 10^point. */
struct dec {
	char d[MAX_DIGITS];
	int n;	   /* digits kept; 0 for zero */
	int point; /* where the decimal point goes, counted from d[0] */
};

/* A floating-point value taken apart: (-1)^neg * m * 2^e, or inf or nan. */
struct fp {
	int neg;
	int kind; /* FP_FINITE, FP_INF, FP_NAN */
	uint64_t m;
	int e;
	int mbits; /* significant bits in m for %a: 53 (double) or 64 */
};

enum { FP_FINITE, FP_INF, FP_NAN };

/* b = b * f + 0 (f < 2^31, so no limb product overflows 64 bits). */
static void big_mul(struct big *b, uint32_t f)
{
	uint64_t carry = 0, t, q;

	for (int i = 0; i < b->n; i++) {
		t = (uint64_t)b->w[i] * f + carry;
		q = t / BIG_BASE;
		b->w[i] = (uint32_t)(t - q * BIG_BASE);
		carry = q;
	}
	while (carry != 0 && b->n < BIG_LIMBS) {
		b->w[b->n++] = (uint32_t)(carry % BIG_BASE);
		carry /= BIG_BASE;
	}
}

/* Writes the decimal digits of b (no leading zeros) into x. */
static void big_digits(const struct big *b, struct dec *x)
{
	uint32_t v = b->w[b->n - 1];
	char top[10];
	int k = 0;

	x->n = 0;
	do {
		top[k++] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	while (k > 0)
		x->d[x->n++] = top[--k];
	for (int i = b->n - 2; i >= 0; i--) {
		v = b->w[i];
		for (int j = 8; j >= 0; j--, v /= 10)
			x->d[x->n + j] = (char)('0' + v % 10);
		x->n += 9;
	}
}

/* The exact decimal expansion of m * 2^e, trailing zeros dropped. */
static void to_decimal(uint64_t m, int e, struct dec *x)
{
	struct big b = {{0}, 0};
	int k;

	if (m == 0) {
		x->n = 0;
		x->point = 1;
		return;
	}
	for (; m != 0; m /= BIG_BASE)
		b.w[b.n++] = (uint32_t)(m % BIG_BASE);
	for (k = e; k > 0; k -= 28)
		big_mul(&b, 1u << (k < 28 ? k : 28));
	for (k = -e; k >= 13; k -= 13)
		big_mul(&b, FIVE_13);
	for (; k > 0; k--)
		big_mul(&b, 5);
	big_digits(&b, x);
	x->point = x->n + (e < 0 ? e : 0);
	while (x->n > 0 && x->d[x->n - 1] == '0')
		x->n--;
}

/*
 * Rounds x to its first keep digits, half to even; keep may be 0 or
 * negative (the digits start below the rounding place).
 */
static void round_dec(struct dec *x, int keep)
{
	int up, i;

	if (keep >= x->n)
		return;
	if (keep < 0) {
		x->n = 0;
		return;
	}
	if (x->d[keep] != '5')
		up = x->d[keep] > '5';
	else if (keep + 1 < x->n)
		up = 1; /* more digits follow the 5: above half */
	else
		up = keep > 0 && (x->d[keep - 1] - '0') % 2 == 1;
	x->n = keep;
	if (up) {
		for (i = keep - 1; i >= 0 && x->d[i] == '9'; i--)
			x->n = i; /* a 9 that carries becomes a dropped 0 */
		if (i >= 0) {
			x->d[i]++;
		} else {
			x->d[0] = '1';
			x->n = 1;
			x->point++;
		}
	}
	while (x->n > 0 && x->d[x->n - 1] == '0')
		x->n--;
}

/* Digit i of x: '0' before the first and after the last kept digit. */
static char digit_at(const struct dec *x, int i)
{
	return i >= 0 && i < x->n ? x->d[i] : '0';
}

/* Appends the exponent suffix: c, a sign, and at least mindigits digits. */
static void put_exp(char *s, char c, int exp, int mindigits)
{
	char tmp[8];
	int k = 0;

	*s++ = c;
	*s++ = exp < 0 ? '-' : '+';
	if (exp < 0)
		exp = -exp;
	do {
		tmp[k++] = (char)('0' + exp % 10);
		exp /= 10;
	} while (exp != 0 || k < mindigits);
	while (k > 0)
		*s++ = tmp[--k];
	*s = 0;
}

/* %e: one digit, the point, prec digits, then e+XX. */
static void put_e(struct dec *x, int prec, int alt, char *buf,
		  struct fmt_float_out *out)
{
	int len = 0, i;

	round_dec(x, prec + 1);
	buf[len++] = digit_at(x, 0);
	if (prec > 0 || alt)
		buf[len++] = '.';
	for (i = 1; i <= prec && i < x->n; i++)
		buf[len++] = x->d[i];
	out->len = len;
	out->tzeros = prec + 1 - i;
	put_exp(out->suffix, 'e', x->n == 0 ? 0 : x->point - 1, 2);
}

/* %f: the integer part, the point, prec digits. */
static void put_f(struct dec *x, int prec, int alt, char *buf,
		  struct fmt_float_out *out)
{
	int len = 0, i, end;

	round_dec(x, x->point + prec);
	if (x->point <= 0)
		buf[len++] = '0';
	for (i = 0; i < x->point; i++)
		buf[len++] = digit_at(x, i);
	if (prec > 0 || alt)
		buf[len++] = '.';
	end = x->point + prec;
	for (i = x->point; i < end && i < x->n; i++)
		buf[len++] = digit_at(x, i);
	out->len = len;
	out->tzeros = end - i;
}

/* %g: %e or %f by the exponent, trailing zeros dropped unless '#'. */
static void put_g(struct dec *x, int prec, int alt, char *buf,
		  struct fmt_float_out *out)
{
	int p = prec < 0 ? 6 : prec == 0 ? 1 : prec, exp, len, has_point = 0;

	round_dec(x, p);
	exp = x->n == 0 ? 0 : x->point - 1;
	if (exp >= -4 && exp < p)
		put_f(x, p - 1 - exp, alt, buf, out);
	else
		put_e(x, p - 1, alt, buf, out);
	if (alt)
		return;
	out->tzeros = 0;
	len = out->len;
	for (int i = 0; i < len; i++)
		has_point |= buf[i] == '.';
	while (has_point && buf[len - 1] == '0')
		len--;
	if (has_point && buf[len - 1] == '.')
		len--;
	out->len = len;
}

/*
 * Rounds the fraction bits frac (left-aligned) of a %a field to prec hex
 * digits, half to even; a carry out of the fraction raises *lead.
 */
static uint64_t round_hex(uint64_t frac, int prec, int *lead)
{
	int drop = 64 - 4 * prec;
	uint64_t rest, half, kept, unit;

	if (drop == 64) {
		if (frac > (uint64_t)1 << 63 ||
		    (frac == (uint64_t)1 << 63 && (*lead & 1)))
			(*lead)++;
		return 0;
	}
	unit = (uint64_t)1 << drop;
	rest = frac & (unit - 1);
	kept = frac - rest;
	half = unit >> 1;
	if (rest > half || (rest == half && (kept & unit))) {
		kept += unit;
		if (kept == 0)
			(*lead)++;
	}
	return kept;
}

/* %a: one hex digit, the point, the fraction in hex, then p+N. */
static void put_a(const struct fp *v, int prec, int alt, int upper, char *buf,
		  struct fmt_float_out *out)
{
	const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	int fbits = v->mbits - 1, lead = (int)(v->m >> fbits), len = 0;
	uint64_t frac = v->m << (64 - fbits);

	if (prec < 0) {
		prec = 0;
		for (uint64_t f = frac; f != 0; f <<= 4)
			prec++;
	} else if (prec < (fbits + 3) / 4) {
		frac = round_hex(frac, prec, &lead);
	}
	buf[len++] = hex[lead];
	if (prec > 0 || alt)
		buf[len++] = '.';
	for (int i = 0; i < prec && i < 16; i++)
		buf[len++] = hex[frac >> (60 - 4 * i) & 15];
	out->len = len;
	out->tzeros = prec > 16 ? prec - 16 : 0;
	out->prefix = upper ? "0X" : "0x";
	put_exp(out->suffix, upper ? 'P' : 'p', v->m == 0 ? 0 : v->e + fbits,
		1);
}

/* Takes a double argument apart. It is read as the 8 bytes it occupies
 * on the i386 stack, so that no FPU instruction touches it. */
static void take_double(va_list *ap, struct fp *v)
{
	uint64_t bits = va_arg(*ap, uint64_t);
	int exp = (int)(bits >> 52 & 0x7ff);

	v->neg = (int)(bits >> 63);
	v->m = bits & (((uint64_t)1 << 52) - 1);
	v->mbits = 53;
	v->kind = FP_FINITE;
	if (exp == 0x7ff) {
		v->kind = v->m == 0 ? FP_INF : FP_NAN;
	} else if (exp == 0) {
		v->e = -1074;
	} else {
		v->m |= (uint64_t)1 << 52;
		v->e = exp - 1075;
	}
}

/* The 12 bytes a long double occupies on the i386 stack. */
struct ldouble_bits {
	uint64_t m;   /* the significand, its integer bit explicit */
	uint16_t se;  /* sign and 15-bit exponent */
	uint16_t pad; /* unused */
};

/* Takes a long double argument apart, as take_double does. */
static void take_ldouble(va_list *ap, struct fp *v)
{
	struct ldouble_bits b = va_arg(*ap, struct ldouble_bits);
	int exp = b.se & 0x7fff;

	v->neg = b.se >> 15;
	v->m = b.m;
	v->mbits = 64;
	v->kind = FP_FINITE;
	v->e = (exp == 0 ? 1 : exp) - 16383 - 63;
	if (exp == 0x7fff)
		v->kind = (b.m << 1) == 0 ? FP_INF : FP_NAN;
	else if (v->m != 0 && v->e > EXP_MAX)
		v->kind = FP_INF;
	else if (v->e < EXP_MIN)
		v->m = 0;
}

/* Writes "inf" or "nan" in the conversion's case. */
static void put_special(const struct fp *v, int upper, char *buf,
			struct fmt_float_out *out)
{
	const char *s = v->kind == FP_INF ? "infINF" : "nanNAN";

	for (int i = 0; i < 3; i++)
		buf[i] = s[i + (upper ? 3 : 0)];
	out->len = 3;
	out->finite = 0;
}

/* See fmt.h: takes the argument apart, then %a works on its bits and
 * the others on its exact decimal digits. */
void fmt_float(int c, const struct fmt_spec *sp, va_list *ap, char *buf,
	       struct fmt_float_out *out)
{
	int lower = c | 0x20, alt = (sp->flags & FMT_ALT) != 0;
	int prec = sp->prec < 0 && lower != 'a' ? 6 : sp->prec;
	struct dec x;
	struct fp v;

	if (sp->len == FMT_LEN_LDOUBLE)
		take_ldouble(ap, &v);
	else
		take_double(ap, &v);
	out->neg = v.neg;
	out->finite = 1;
	out->prefix = "";
	out->len = out->tzeros = 0;
	out->suffix[0] = 0;
	if (v.kind != FP_FINITE) {
		put_special(&v, c != lower, buf, out);
		return;
	}
	if (lower == 'a') {
		put_a(&v, prec, alt, c == 'A', buf, out);
		return;
	}
	to_decimal(v.m, v.e, &x);
	if (lower == 'e') {
		put_e(&x, prec, alt, buf, out);
		if (c == 'E')
			out->suffix[0] = 'E';
	} else if (lower == 'f') {
		put_f(&x, prec, alt, buf, out);
	} else {
		put_g(&x, sp->prec, alt, buf, out);
		if (c == 'G' && out->suffix[0])
			out->suffix[0] = 'E';
	}
}
