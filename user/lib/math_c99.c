/*
 * C99's additions to <math.h>, on the x87 and on math.c's functions:
 * rounding to integers in the current mode (rint, lrint) or away from
 * zero (lround), cbrt, exp2, expm1, log1p, the inverse hyperbolic
 * functions, erf and erfc, tgamma and lgamma, remainder, nextafter and
 * the bit-level helpers; then the float and long double forms, which
 * compute in double (so the long double ones have double's precision).
 * errno follows math.c: EDOM outside the domain, ERANGE on a pole or
 * an overflow.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#define LN2	       0.693147180559945309417232121458176568L
#define LOG2_E	       1.44269504088896340735992468100189214L
#define SQRT_PI	       1.77245385090551602729816748334114518L
#define PI_L	       3.14159265358979323846264338327950288L
#define GAMMA_MAX      171.624376956302725 /* larger: tgamma overflows */
#define ERF_SERIES_MAX 2.0		   /* erfc by a series up to here */

int signgam; /* the sign of the last lgamma's gamma */

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

/* x rounded to an integer in the current rounding mode. */
static long double x87_frndint(long double x)
{
	__asm__("frndint" : "+t"(x));
	return x;
}

/* 2^t in extended precision, for any t: fscale takes the integer
 * part, f2xm1 the rest. */
static long double exp2_ext(long double t)
{
	long double n = x87_frndint(t), r = t - n;

	__asm__("f2xm1" : "+t"(r));
	r += 1;
	__asm__("fscale" : "+t"(r) : "u"(n));
	return r;
}

/* e^x, ln x and sin x in extended precision: gamma and erf need more
 * than double's digits on the way to a double result. */
static long double exp_ext(long double x)
{
	return exp2_ext(x * LOG2_E);
}

static long double log_ext(long double x)
{
	long double r;

	__asm__("fyl2x" : "=t"(r) : "0"(x), "u"(LN2) : "st(1)");
	return r;
}

static long double sin_ext(long double x)
{
	__asm__("fsin" : "+t"(x));
	return x;
}

double rint(double x)
{
	return (double)x87_frndint(x);
}

/* The x87 raises no exceptions a program can see yet: the same as rint. */
double nearbyint(double x)
{
	return rint(x);
}

/* A rounded value as a long long; EDOM and an unspecified value if it
 * does not fit (or is not finite). */
static long long to_llong(double r, long long min, long long max)
{
	if (isnan(r) || r < (double)min || r >= -(double)min) {
		errno = EDOM;
		return min;
	}
	(void)max;
	return (long long)r;
}

long lrint(double x)
{
	return (long)to_llong(rint(x), LONG_MIN, LONG_MAX);
}

long long llrint(double x)
{
	return to_llong(rint(x), LLONG_MIN, LLONG_MAX);
}

long lround(double x)
{
	return (long)to_llong(round(x), LONG_MIN, LONG_MAX);
}

long long llround(double x)
{
	return to_llong(round(x), LLONG_MIN, LLONG_MAX);
}

/* The real cube root: pow of |x|, then one Newton step in extended
 * precision, which makes exact cubes come out exact. */
double cbrt(double x)
{
	long double a = fabs(x), r;

	if (x == 0 || isinf(x) || isnan(x))
		return x;
	r = pow(a, 1.0 / 3);
	r = r - (r * r * r - a) / (3 * r * r);
	return x < 0 ? -(double)r : (double)r;
}

double exp2(double x)
{
	return pow(2.0, x);
}

/* e^x - 1: for small x, the x87's 2^t - 1 keeps the digits that
 * exp(x) - 1 would cancel away. */
double expm1(double x)
{
	long double t;

	if (isnan(x))
		return x;
	if (fabs(x) > 0.5)
		return x > 700 ? exp(x) : (double)((long double)exp(x) - 1);
	t = x * LOG2_E;
	__asm__("f2xm1" : "+t"(t));
	return (double)t;
}

/* log(1 + x): fyl2xp1 is exact near 0, where 1 + x would round. */
double log1p(double x)
{
	long double r;

	if (isnan(x))
		return x;
	if (x == -1) {
		errno = ERANGE;
		return -HUGE_VAL;
	}
	if (x < -1) {
		errno = EDOM;
		return NAN;
	}
	if (fabs(x) >= 0.29)
		return log(1 + (long double)x);
	__asm__("fyl2xp1" : "=t"(r) : "0"((long double)x), "u"(LN2) : "st(1)");
	return (double)r;
}

double asinh(double x)
{
	long double a = fabs(x), r;

	if (isnan(x) || isinf(x) || x == 0)
		return x;
	if (a > 1e150)
		r = log(a) + LN2;
	else
		r = log1p(a + a * a / (1 + sqrtl(1 + a * a)));
	return x < 0 ? -(double)r : (double)r;
}

double acosh(double x)
{
	if (isnan(x))
		return x;
	if (x < 1) {
		errno = EDOM;
		return NAN;
	}
	if (x > 1e150)
		return log(x) + (double)LN2;
	return log1p((x - 1) +
		     sqrtl(((long double)x - 1) * ((long double)x + 1)));
}

double atanh(double x)
{
	long double a = fabs(x);

	if (isnan(x))
		return x;
	if (a > 1) {
		errno = EDOM;
		return NAN;
	}
	if (a == 1) {
		errno = ERANGE;
		return x > 0 ? HUGE_VAL : -HUGE_VAL;
	}
	a = 0.5L * log1p(2 * a / (1 - a));
	return x < 0 ? -(double)a : (double)a;
}

/* erf(x) for 0 <= x <= ERF_SERIES_MAX: 2/sqrt(pi) e^(-x^2) times the
 * series of x^(2n+1) 2^n / (1 3 5 ... (2n+1)), whose terms are all
 * positive (nothing cancels). */
static long double erf_series(long double x)
{
	long double term = x, sum = x;

	for (int n = 1; n < 200 && term > sum * 1e-21L; n++) {
		term *= 2 * x * x / (2 * n + 1);
		sum += term;
	}
	return 2 / SQRT_PI * exp_ext(-x * x) * sum;
}

/* erfc(x) for x > ERF_SERIES_MAX: e^(-x^2) / sqrt(pi) over Laplace's
 * continued fraction x + (1/2)/(x + 1/(x + (3/2)/(x + ...))). */
static long double erfc_fraction(long double x)
{
	long double k = x;

	for (int n = 80; n >= 1; n--)
		k = x + (n / 2.0L) / k;
	return exp_ext(-x * x) / (SQRT_PI * k);
}

double erf(double x)
{
	long double a = fabs(x), r;

	if (isnan(x))
		return x;
	if (a > 6)
		r = 1;
	else
		r = a <= ERF_SERIES_MAX ? erf_series(a) : 1 - erfc_fraction(a);
	return x < 0 ? -(double)r : (double)r;
}

double erfc(double x)
{
	if (isnan(x))
		return x;
	if (x < 0.5)
		return (double)(1 - (long double)erf(x));
	if (x <= ERF_SERIES_MAX)
		return (double)(1 - erf_series(x));
	if (x > 27.3)
		return 0; /* below the least subnormal */
	return (double)erfc_fraction(x);
}

/*
 * log gamma(x) for x >= 10 by Stirling's series, whose terms (from the
 * Bernoulli numbers) are below 10^-19 of the result from here on.
 */
static long double stirling(long double x)
{
	long double z = 1 / (x * x), series;

	series = (1 / 12.0L -
		  z * (1 / 360.0L -
		       z * (1 / 1260.0L -
			    z * (1 / 1680.0L -
				 z * (1 / 1188.0L -
				      z * (691 / 360360.0L - z / 156.0L)))))) /
		 x;
	return (x - 0.5L) * log_ext(x) - x + 0.5L * log_ext(2 * PI_L) + series;
}

/* gamma(x) for x >= 0.5: exact for small integers, else Stirling's
 * series after the recurrence gamma(x) = gamma(x + 1) / x lifts x. */
static long double gamma_pos(long double x)
{
	long double r = 1;

	if (x == (long double)(long long)x && x <= 30) {
		for (int i = 2; i < (int)x; i++)
			r *= i;
		return r;
	}
	for (; x < 10; x += 1)
		r *= x;
	return exp_ext(stirling(x)) / r;
}

/* x less an even integer, so that sin(pi x) keeps its sign and the
 * argument stays small for fsin (which takes up to 2^63). */
static long double reduce(double x)
{
	return x - 2 * floor(x / 2);
}

double tgamma(double x)
{
	if (isnan(x) || x == INFINITY)
		return x;
	if (x == 0) {
		errno = ERANGE;
		return signbit(x) ? -HUGE_VAL : HUGE_VAL;
	}
	if (x < 0 && (x == floor(x) || isinf(x))) {
		errno = EDOM;
		return NAN;
	}
	if (x > GAMMA_MAX) {
		errno = ERANGE;
		return HUGE_VAL;
	}
	if (x < 0.5) /* reflection: gamma(x) gamma(1 - x) = pi / sin(pi x) */
		return (double)(PI_L / (sin_ext(PI_L * reduce(x)) *
					gamma_pos(1 - (long double)x)));
	return (double)gamma_pos(x);
}

/* log |gamma(x)| for x >= 0.5, without overflow for large x. */
static long double lgamma_pos(long double x)
{
	return x < 10 ? log_ext(gamma_pos(x)) : stirling(x);
}

double lgamma(double x)
{
	long double s;

	signgam = 1;
	if (isnan(x))
		return x;
	if (isinf(x))
		return INFINITY;
	if (x <= 0 && x == floor(x)) {
		errno = ERANGE;
		return HUGE_VAL;
	}
	if (x >= 0.5)
		return (double)lgamma_pos(x);
	s = sin_ext(PI_L * reduce(x));
	if (s < 0)
		signgam = -1;
	return (double)(log_ext(PI_L / (s < 0 ? -s : s)) -
			lgamma_pos(1 - (long double)x));
}

/* x - n y with n the integer nearest x / y (ties to even): fprem1. */
double remainder(double x, double y)
{
	long double r = x;

	if (isnan(x) || isnan(y))
		return x + y;
	if (isinf(x) || y == 0) {
		errno = EDOM;
		return NAN;
	}
	__asm__("1: fprem1\n\t"
		"fnstsw %%ax\n\t"
		"sahf\n\t"
		"jp 1b"
		: "+t"(r)
		: "u"((long double)y)
		: "ax", "cc");
	return (double)r;
}

double remquo(double x, double y, int *quo)
{
	double r = remainder(x, y);
	double n = isnan(r) ? 0 : round((x - r) / y);

	*quo = (int)fmod(fabs(n), 8.0) * (n < 0 ? -1 : 1);
	return r;
}

double nextafter(double x, double y)
{
	uint64_t b;

	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	if (x == 0)
		return copysign(from_bits(1), y);
	b = bits_of(x);
	if ((x < y) == (x > 0))
		b++;
	else
		b--;
	x = from_bits(b);
	if (isinf(x) || x == 0 || !isnormal(x))
		errno = ERANGE;
	return x;
}

double nexttoward(double x, long double y)
{
	return nextafter(x, (double)y);
}

double fdim(double x, double y)
{
	if (isnan(x) || isnan(y))
		return x + y;
	return x > y ? x - y : 0;
}

/* In extended precision: exact when x * y fits 64 bits of significand,
 * not always correctly rounded otherwise. */
double fma(double x, double y, double z)
{
	return (double)((long double)x * y + z);
}

double scalbn(double x, int n)
{
	return ldexp(x, n);
}

double scalbln(double x, long n)
{
	return ldexp(x, n > INT_MAX ? INT_MAX : n < INT_MIN ? INT_MIN : (int)n);
}

int ilogb(double x)
{
	int e;

	if (x == 0 || isnan(x)) {
		errno = EDOM;
		return x == 0 ? FP_ILOGB0 : FP_ILOGBNAN;
	}
	if (isinf(x))
		return INT_MAX;
	frexp(x, &e);
	return e - 1;
}

double logb(double x)
{
	if (x == 0) {
		errno = ERANGE;
		return -HUGE_VAL;
	}
	if (isinf(x))
		return INFINITY;
	if (isnan(x))
		return x;
	return ilogb(x);
}

double nan(const char *tag)
{
	(void)tag;
	return NAN;
}

float nanf(const char *tag)
{
	(void)tag;
	return NAN;
}

long double nanl(const char *tag)
{
	(void)tag;
	return NAN;
}

/* The float forms: computed in double, rounded once to float. */
#define F1(name, dname)                                                        \
	float name(float x)                                                    \
	{                                                                      \
		return (float)dname(x);                                        \
	}
#define F2(name, dname)                                                        \
	float name(float x, float y)                                           \
	{                                                                      \
		return (float)dname(x, y);                                     \
	}
F1(expf, exp)
F1(exp2f, exp2)
F1(expm1f, expm1)
F1(logf, log)
F1(log10f, log10)
F1(log2f, log2)
F1(log1pf, log1p)
F1(tanf, tan)
F1(asinf, asin)
F1(acosf, acos)
F1(atanf, atan)
F1(sinhf, sinh)
F1(coshf, cosh)
F1(tanhf, tanh)
F1(asinhf, asinh)
F1(acoshf, acosh)
F1(atanhf, atanh)
F1(cbrtf, cbrt)
F1(roundf, round)
F1(truncf, trunc)
F1(rintf, rint)
F1(nearbyintf, nearbyint)
F1(erff, erf)
F1(erfcf, erfc)
F1(tgammaf, tgamma)
F1(lgammaf, lgamma)
F1(logbf, logb)
F2(atan2f, atan2)
F2(fmodf, fmod)
F2(hypotf, hypot)
F2(fminf, fmin)
F2(fmaxf, fmax)
F2(fdimf, fdim)
F2(copysignf, copysign)
F2(remainderf, remainder)
F2(nextafterf, nextafter)

long lroundf(float x)
{
	return lround(x);
}

long lrintf(float x)
{
	return lrint(x);
}

float ldexpf(float x, int n)
{
	return (float)ldexp(x, n);
}

float scalbnf(float x, int n)
{
	return (float)ldexp(x, n);
}

float frexpf(float x, int *e)
{
	return (float)frexp(x, e);
}

float modff(float x, float *ip)
{
	double i, f = modf(x, &i);

	*ip = (float)i;
	return (float)f;
}

float fmaf(float x, float y, float z)
{
	return (float)((double)x * y + z); /* exact in double, rounded once */
}

int ilogbf(float x)
{
	return ilogb(x);
}

/* The long double forms, to double's precision. */
#define L1(name, dname)                                                        \
	long double name(long double x)                                        \
	{                                                                      \
		return dname((double)x);                                       \
	}
#define L2(name, dname)                                                        \
	long double name(long double x, long double y)                         \
	{                                                                      \
		return dname((double)x, (double)y);                            \
	}
L1(fabsl, fabs)
L1(floorl, floor)
L1(ceill, ceil)
L1(truncl, trunc)
L1(roundl, round)
L1(expl, exp)
L1(logl, log)
L1(log10l, log10)
L1(log2l, log2)
L1(sinl, sin)
L1(cosl, cos)
L1(tanl, tan)
L1(asinl, asin)
L1(acosl, acos)
L1(atanl, atan)
L1(sinhl, sinh)
L1(coshl, cosh)
L1(tanhl, tanh)
L1(cbrtl, cbrt)
L2(powl, pow)
L2(fmodl, fmod)
L2(atan2l, atan2)
L2(hypotl, hypot)
L2(fminl, fmin)
L2(fmaxl, fmax)
L2(copysignl, copysign)

/* The x87 square root is correctly rounded in extended precision. */
long double sqrtl(long double x)
{
	if (x < 0) {
		errno = EDOM;
		return NAN;
	}
	__asm__("fsqrt" : "+t"(x));
	return x;
}

long double ldexpl(long double x, int n)
{
	return ldexp((double)x, n);
}

long double frexpl(long double x, int *e)
{
	return frexp((double)x, e);
}

long double modfl(long double x, long double *ip)
{
	double i, f = modf((double)x, &i);

	*ip = i;
	return f;
}
