/*
 * Floating-point constants, classification macros, and the functions of
 * user/lib/math.c (x87 instructions underneath). A function sets errno
 * (math_errhandling is MATH_ERRNO): EDOM outside its domain (sqrt(-1)),
 * ERANGE on a pole or overflow (log(0), exp(1000)).
 */
#ifndef _MATH_H
#define _MATH_H

#define HUGE_VAL  __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define HUGE_VALL __builtin_huge_vall()
#define INFINITY  __builtin_inff()
#define NAN	  __builtin_nanf("")

#define MATH_ERRNO	 1
#define MATH_ERREXCEPT	 2
#define math_errhandling MATH_ERRNO

#define FP_NAN	     0
#define FP_INFINITE  1
#define FP_ZERO	     2
#define FP_SUBNORMAL 3
#define FP_NORMAL    4
#define FP_ILOGB0    (-2147483647 - 1) /* ilogb(0) */
#define FP_ILOGBNAN  (-2147483647 - 1) /* ilogb(NaN) */

#define fpclassify(x)                                                          \
	__builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL,     \
			     FP_ZERO, x)
#define isnan(x)	     __builtin_isnan(x)
#define isinf(x)	     __builtin_isinf_sign(x)
#define isfinite(x)	     __builtin_isfinite(x)
#define isnormal(x)	     __builtin_isnormal(x)
#define signbit(x)	     __builtin_signbit(x)
#define isgreater(x, y)	     __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y)	     __builtin_isless(x, y)
#define islessequal(x, y)    __builtin_islessequal(x, y)
#define islessgreater(x, y)  __builtin_islessgreater(x, y)
#define isunordered(x, y)    __builtin_isunordered(x, y)

#define M_E	   2.7182818284590452354  /* e */
#define M_LOG2E	   1.4426950408889634074  /* log2(e) */
#define M_LOG10E   0.43429448190325182765 /* log10(e) */
#define M_LN2	   0.69314718055994530942 /* ln(2) */
#define M_LN10	   2.30258509299404568402 /* ln(10) */
#define M_PI	   3.14159265358979323846 /* pi */
#define M_PI_2	   1.57079632679489661923 /* pi/2 */
#define M_PI_4	   0.78539816339744830962 /* pi/4 */
#define M_1_PI	   0.31830988618379067154 /* 1/pi */
#define M_2_PI	   0.63661977236758134308 /* 2/pi */
#define M_2_SQRTPI 1.12837916709551257390 /* 2/sqrt(pi) */
#define M_SQRT2	   1.41421356237309504880 /* sqrt(2) */
#define M_SQRT1_2  0.70710678118654752440 /* 1/sqrt(2) */

typedef double double_t;
typedef float float_t;

/*
 * A program built without the FPU (GCC's -mno-80387, which defines
 * _SOFT_FLOAT) would expect these results in eax:edx, not in the x87
 * register where the library leaves them: it gets no declarations, so a
 * call fails to compile instead of returning garbage.
 */
#ifndef _SOFT_FLOAT
double fabs(double x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);
/* The remainder of x / y with the sign of x; EDOM if y is 0. */
double fmod(double x, double y);
/* EDOM for x < 0. */
double sqrt(double x);
/* x^y with C99's special cases; EDOM for a negative x and non-integer
 * y, ERANGE for 0 to a negative power and on overflow. */
double pow(double x, double y);
/* ERANGE on overflow. */
double exp(double x);
/* EDOM for x < 0, ERANGE for x == 0 (-HUGE_VAL). */
double log(double x);
double log10(double x);
double log2(double x);
/* The trigonometric functions, in radians; beyond 2^63 in size the
 * argument is reduced with the x87's 66-bit pi, and precision suffers. */
double sin(double x);
double cos(double x);
double tan(double x);
double atan(double x);
/* The angle of the point (x, y), in [-pi, pi]. */
double atan2(double y, double x);
/* EDOM outside [-1, 1]. */
double asin(double x);
double acos(double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
/* x * 2^n. */
double ldexp(double x, int n);
/* Splits x into a fraction in [0.5, 1) and a power of 2 in *exp. */
double frexp(double x, int *exp);
/* Splits x into integer and fractional parts, both with x's sign. */
double modf(double x, double *ip);
double hypot(double x, double y);
double fmin(double x, double y);
double fmax(double x, double y);
double copysign(double x, double y);

float fabsf(float x);
float sqrtf(float x);
float floorf(float x);
float ceilf(float x);
float powf(float x, float y);
float sinf(float x);
float cosf(float x);

/* C99's additions (user/lib/math_c99.c). rint and its kin round in the
 * current rounding mode; lround and llround away from zero; a result
 * that does not fit the integer type gives EDOM. */
double rint(double x);
double nearbyint(double x);
long lrint(double x);
long long llrint(double x);
long lround(double x);
long long llround(double x);
double cbrt(double x);
double exp2(double x);
double expm1(double x);
double log1p(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);
double erf(double x);
double erfc(double x);
double tgamma(double x);
/* log |gamma(x)|; the sign of gamma(x) goes to signgam. */
double lgamma(double x);
extern int signgam;
double remainder(double x, double y);
double remquo(double x, double y, int *quo);
double nextafter(double x, double y);
double nexttoward(double x, long double y);
double fdim(double x, double y);
/* x * y + z in extended precision: not always correctly rounded. */
double fma(double x, double y, double z);
double scalbn(double x, int n);
double scalbln(double x, long n);
int ilogb(double x);
double logb(double x);
double nan(const char *tag);

/* The float forms compute in double and round once. */
float nanf(const char *tag);
float expf(float x);
float exp2f(float x);
float expm1f(float x);
float logf(float x);
float log10f(float x);
float log2f(float x);
float log1pf(float x);
float tanf(float x);
float asinf(float x);
float acosf(float x);
float atanf(float x);
float sinhf(float x);
float coshf(float x);
float tanhf(float x);
float asinhf(float x);
float acoshf(float x);
float atanhf(float x);
float cbrtf(float x);
float roundf(float x);
float truncf(float x);
float rintf(float x);
float nearbyintf(float x);
float erff(float x);
float erfcf(float x);
float tgammaf(float x);
float lgammaf(float x);
float logbf(float x);
float atan2f(float y, float x);
float fmodf(float x, float y);
float hypotf(float x, float y);
float fminf(float x, float y);
float fmaxf(float x, float y);
float fdimf(float x, float y);
float copysignf(float x, float y);
float remainderf(float x, float y);
float nextafterf(float x, float y);
long lroundf(float x);
long lrintf(float x);
float ldexpf(float x, int n);
float scalbnf(float x, int n);
float frexpf(float x, int *exp);
float modff(float x, float *ip);
float fmaf(float x, float y, float z);
int ilogbf(float x);

/* The long double forms have double's precision (sqrtl excepted). */
long double nanl(const char *tag);
long double fabsl(long double x);
long double floorl(long double x);
long double ceill(long double x);
long double truncl(long double x);
long double roundl(long double x);
long double sqrtl(long double x);
long double expl(long double x);
long double logl(long double x);
long double log10l(long double x);
long double log2l(long double x);
long double sinl(long double x);
long double cosl(long double x);
long double tanl(long double x);
long double asinl(long double x);
long double acosl(long double x);
long double atanl(long double x);
long double sinhl(long double x);
long double coshl(long double x);
long double tanhl(long double x);
long double cbrtl(long double x);
long double powl(long double x, long double y);
long double fmodl(long double x, long double y);
long double atan2l(long double y, long double x);
long double hypotl(long double x, long double y);
long double fminl(long double x, long double y);
long double fmaxl(long double x, long double y);
long double copysignl(long double x, long double y);
long double ldexpl(long double x, int n);
long double frexpl(long double x, int *exp);
long double modfl(long double x, long double *ip);
#endif

#endif
