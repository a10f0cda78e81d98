/*
 * <math.h> on the x87: the FPU's own instructions (fsqrt, fyl2x, f2xm1,
 * fscale, fpatan, fsin, fprem...) compute in 80-bit extended precision,
 * and the result is rounded once to double on return. Rounding to an
 * integer and splitting a number apart (floor, trunc, frexp) work on the
 * bits instead. errno follows C's MATH_ERRNO: EDOM outside a function's
 * domain, ERANGE on a pole, an overflow or an underflow to zero.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#define FRAC_BITS 52 /* stored significand bits of a double */
#define EXP_BIAS  1023
#define TWO_PI	  6.28318530717958647692528676655900577L
#define LOG2_E	  1.44269504088896340735992468100189214L

static uint64_t bits_of(double x)
{
	uint64_t b;

	memcpy(&b, &x, sizeof(b));
	return b;
}

static double from_bits(uint64_t b)
{
	double x;

	memcpy(&x, &b, sizeof(x));
	return x;
}

/* 2^x - 1, for -1 <= x <= 1. */
static long double x87_f2xm1(long double x)
{
	__asm__("f2xm1" : "+t"(x));
	return x;
}

/* x * 2^trunc(n). */
static long double x87_fscale(long double x, long double n)
{
	__asm__("fscale" : "+t"(x) : "u"(n));
	return x;
}

/* x rounded to an integer (to nearest, the x87's default). */
static long double x87_frndint(long double x)
{
	__asm__("frndint" : "+t"(x));
	return x;
}

/* y * log2(x). */
static long double x87_fyl2x(long double x, long double y)
{
	long double r;

	__asm__("fyl2x" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

/* The angle of (x, y): atan(y / x) in the right quadrant. */
static long double x87_fpatan(long double y, long double x)
{
	long double r;

	__asm__("fpatan" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
	return r;
}

/* The remainder of x / y with x's sign (fprem repeats until complete). */
static long double x87_fprem(long double x, long double y)
{
	__asm__("1: fprem\n\t"
		"fnstsw %%ax\n\t"
		"sahf\n\t"
		"jp 1b"
		: "+t"(x)
		: "u"(y)
		: "ax", "cc");
	return x;
}

/* 2^t, for any t (fscale takes the integer part, f2xm1 the rest). */
static long double exp2_ext(long double t)
{
	long double n = x87_frndint(t);

	return x87_fscale(x87_f2xm1(t - n) + 1, n);
}

/* Sets ERANGE if a finite computation overflowed or underflowed to 0. */
static double range_check(double r, int nonzero)
{
	if (isinf(r) || (r == 0 && nonzero))
		errno = ERANGE;
	return r;
}

/* |x|. */
double fabs(double x)
{
	return from_bits(bits_of(x) & ~((uint64_t)1 << 63));
}

/* x with y's sign. */
double copysign(double x, double y)
{
	return from_bits((bits_of(x) & ~((uint64_t)1 << 63)) |
			 (bits_of(y) & (uint64_t)1 << 63));
}

/* x with its fraction bits cleared: rounded toward zero. */
double trunc(double x)
{
	uint64_t b = bits_of(x);
	int e = (int)(b >> FRAC_BITS & 0x7ff) - EXP_BIAS;

	if (e >= FRAC_BITS)
		return x; /* already an integer, or inf or nan */
	if (e < 0)
		return from_bits(b & (uint64_t)1 << 63); /* +-0 */
	return from_bits(b & ~((((uint64_t)1 << FRAC_BITS) >> e) - 1));
}

/* The greatest integer not above x. */
double floor(double x)
{
	double t = trunc(x);

	return x < 0 && t != x ? t - 1 : t;
}

/* The least integer not below x. */
double ceil(double x)
{
	double t = trunc(x);

	return x > 0 && t != x ? t + 1 : t;
}

/* The nearest integer, halfway cases away from zero. */
double round(double x)
{
	double t = trunc(x);

	if (fabs(x - t) >= 0.5)
		t += x < 0 ? -1 : 1;
	return t;
}

/* See <math.h>. */
double fmod(double x, double y)
{
	if (isinf(x) || y == 0) {
		if (!isnan(x) && !isnan(y))
			errno = EDOM;
		return NAN;
	}
	if (isinf(y))
		return x;
	return x87_fprem(x, y);
}

/* See <math.h>. */
double sqrt(double x)
{
	long double r = x;

	if (x < 0) {
		errno = EDOM;
		return NAN;
	}
	__asm__("fsqrt" : "+t"(r));
	return r;
}

/* scale * log2(x): the logarithm in the base whose log2 is 1 / scale. */
static double log_scaled(double x, long double scale)
{
	if (isnan(x))
		return x;
	if (x < 0) {
		errno = EDOM;
		return NAN;
	}
	if (x == 0) {
		errno = ERANGE;
		return -HUGE_VAL;
	}
	return x87_fyl2x(x, scale);
}

/* The natural logarithm. */
double log(double x)
{
	return log_scaled(x, 0.693147180559945309417232121458176568L);
}

/* The base-10 logarithm. */
double log10(double x)
{
	return log_scaled(x, 0.301029995663981195213738894724493027L);
}

/* The base-2 logarithm. */
double log2(double x)
{
	return log_scaled(x, 1);
}

/* e^x. */
double exp(double x)
{
	if (isnan(x))
		return x;
	if (isinf(x))
		return x > 0 ? x : 0;
	return range_check(exp2_ext(x * LOG2_E), 1);
}

/* Whether y is an odd integer. */
static int is_odd_integer(double y)
{
	return trunc(y) == y && fabs(y) < 9007199254740992.0 &&
	       x87_fprem(y, 2) != 0;
}

/* pow for the cases C99 (Annex F) names: zeros and infinities. */
static double pow_special(double x, double y)
{
	int odd = is_odd_integer(y);

	if (x == 0) {
		if (y < 0) {
			errno = ERANGE; /* a pole */
			return odd ? copysign(HUGE_VAL, x) : HUGE_VAL;
		}
		return odd ? x : 0;
	}
	if (isinf(y)) {
		if (x == -1)
			return 1;
		return (fabs(x) < 1) == (y < 0) ? HUGE_VAL : 0;
	}
	/* x is infinite. */
	if (y < 0)
		return odd && x < 0 ? -0.0 : 0;
	return odd && x < 0 ? -HUGE_VAL : HUGE_VAL;
}

/* See <math.h>. */
double pow(double x, double y)
{
	long double r;

	if (y == 0 || x == 1)
		return 1;
	if (isnan(x) || isnan(y))
		return NAN;
	if (x == 0 || isinf(x) || isinf(y))
		return pow_special(x, y);
	if (x < 0 && trunc(y) != y) {
		errno = EDOM;
		return NAN;
	}
	r = exp2_ext(x87_fyl2x(fabs(x), y));
	if (x < 0 && is_odd_integer(y))
		r = -r;
	return range_check(r, 1);
}

/* x reduced below 2^63 in size, which fsin, fcos and fptan need. */
static long double trig_arg(double x)
{
	return fabs(x) < 9.2233720368547758e18 ? x : x87_fprem(x, TWO_PI);
}

/* The sine of x radians; EDOM for an infinite x. */
double sin(double x)
{
	long double r;

	if (isinf(x))
		errno = EDOM;
	r = trig_arg(x);
	__asm__("fsin" : "+t"(r));
	return r;
}

/* The cosine of x radians; EDOM for an infinite x. */
double cos(double x)
{
	long double r;

	if (isinf(x))
		errno = EDOM;
	r = trig_arg(x);
	__asm__("fcos" : "+t"(r));
	return r;
}

/* The tangent of x radians (fptan also pushes a 1, popped here). */
double tan(double x)
{
	long double r;

	if (isinf(x))
		errno = EDOM;
	r = trig_arg(x);
	__asm__("fptan\n\t"
		"fstp %%st(0)"
		: "+t"(r));
	return r;
}

/* The arc tangent, in [-pi/2, pi/2]. */
double atan(double x)
{
	return x87_fpatan(x, 1);
}

/* See <math.h>. */
double atan2(double y, double x)
{
	return x87_fpatan(y, x);
}

/* The arc sine, in [-pi/2, pi/2]: atan2(x, sqrt((1 - x)(1 + x))). */
double asin(double x)
{
	long double c = (1 - (long double)x) * (1 + (long double)x);

	if (fabs(x) > 1) {
		errno = EDOM;
		return NAN;
	}
	__asm__("fsqrt" : "+t"(c));
	return x87_fpatan(x, c);
}

/* The arc cosine, in [0, pi]. */
double acos(double x)
{
	long double s = (1 - (long double)x) * (1 + (long double)x);

	if (fabs(x) > 1) {
		errno = EDOM;
		return NAN;
	}
	__asm__("fsqrt" : "+t"(s));
	return x87_fpatan(s, x);
}

/* e^x - 1 in extended precision, exact near 0 (f2xm1 directly). */
static long double expm1_ext(long double x)
{
	long double t = x * LOG2_E;

	if (t >= -1 && t <= 1)
		return x87_f2xm1(t);
	return exp2_ext(t) - 1;
}

/* The hyperbolic sine. */
double sinh(double x)
{
	long double e;
	double r;

	if (isinf(x) || isnan(x))
		return x;
	e = expm1_ext(fabs(x));
	r = 0.5L * (e + e / (e + 1));
	return range_check(x < 0 ? -r : r, 0);
}

/* The hyperbolic cosine. */
double cosh(double x)
{
	long double e;

	if (isnan(x))
		return x;
	if (isinf(x))
		return HUGE_VAL;
	e = exp2_ext(fabs(x) * LOG2_E);
	return range_check(0.5L * (e + 1 / e), 0);
}

/* The hyperbolic tangent. */
double tanh(double x)
{
	long double e;
	double r;

	if (isnan(x))
		return x;
	if (fabs(x) > 22)
		return x < 0 ? -1 : 1;
	e = expm1_ext(2 * fabs(x));
	r = e / (e + 2);
	return x < 0 ? -r : r;
}

/* x * 2^n; ERANGE on overflow or underflow to zero. */
double ldexp(double x, int n)
{
	if (x == 0 || isinf(x) || isnan(x))
		return x;
	return range_check(x87_fscale(x, n), 1);
}

/* See <math.h>. */
double frexp(double x, int *exp)
{
	uint64_t b = bits_of(x);
	int e = (int)(b >> FRAC_BITS & 0x7ff);

	*exp = 0;
	if (x == 0 || isinf(x) || isnan(x))
		return x;
	if (e == 0) { /* subnormal: scale into the normal range first */
		x *= 18014398509481984.0; /* 2^54 */
		b = bits_of(x);
		e = (int)(b >> FRAC_BITS & 0x7ff) - 54;
	}
	*exp = e - (EXP_BIAS - 1);
	b = (b & ~((uint64_t)0x7ff << FRAC_BITS)) | (uint64_t)(EXP_BIAS - 1)
							    << FRAC_BITS;
	return from_bits(b);
}

/* See <math.h>. */
double modf(double x, double *ip)
{
	*ip = trunc(x);
	if (isinf(x))
		return copysign(0, x);
	return copysign(x - *ip, x);
}

/* sqrt(x^2 + y^2) without overflow in between; inf if either is. */
double hypot(double x, double y)
{
	long double s;

	if (isinf(x) || isinf(y))
		return HUGE_VAL;
	if (isnan(x) || isnan(y))
		return NAN;
	s = (long double)x * x + (long double)y * y;
	__asm__("fsqrt" : "+t"(s));
	return range_check(s, 0);
}

/* The smaller; a NaN loses to a number. */
double fmin(double x, double y)
{
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	return x < y ? x : y;
}

/* The larger; a NaN loses to a number. */
double fmax(double x, double y)
{
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	return x > y ? x : y;
}

/* The float versions: the double function, rounded to float. */
float fabsf(float x)
{
	return (float)fabs(x);
}

/* sqrt for float. */
float sqrtf(float x)
{
	return (float)sqrt(x);
}

/* floor for float. */
float floorf(float x)
{
	return (float)floor(x);
}

/* ceil for float. */
float ceilf(float x)
{
	return (float)ceil(x);
}

/* pow for float. */
float powf(float x, float y)
{
	return (float)pow(x, y);
}

/* sin for float. */
float sinf(float x)
{
	return (float)sin(x);
}

/* cos for float. */
float cosf(float x)
{
	return (float)cos(x);
}

/* See <time.h>. */
double difftime(time_t t1, time_t t0)
{
	return (double)t1 - (double)t0;
}
