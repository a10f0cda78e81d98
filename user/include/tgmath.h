/*
 * Type-generic math: each name picks the float, double or long double
 * function (and for some, the complex one) by its argument's type, with
 * C11's _Generic. An integer argument counts as double. Functions with
 * no long double form here take a long double as double; a float
 * complex is computed as double complex.
 */
#ifndef _TGMATH_H
#define _TGMATH_H

#include <complex.h>
#include <math.h>

#ifndef _SOFT_FLOAT
/* One argument, real only: fn##f, fn##l or fn. */
#define __TG1(fn, x)                                                           \
	_Generic((x), float : fn##f, long double : fn##l, default : fn)(x)
/* One argument, real only, no long double form. */
#define __TG1D(fn, x) _Generic((x), float : fn##f, default : fn)(x)
/* One argument, real or complex. */
#define __TG1C(fn, x)                                                          \
	_Generic((x), float                                                    \
		 : fn##f, long double                                          \
		 : fn##l, float _Complex                                       \
		 : c##fn, double _Complex                                      \
		 : c##fn, long double _Complex                                 \
		 : c##fn, default                                              \
		 : fn)(x)
/* Two arguments: the type of their sum decides, as C's rules do. */
#define __TG2(fn, x, y)                                                        \
	_Generic((x) + (y), float                                              \
		 : fn##f, long double                                          \
		 : fn##l, default                                              \
		 : fn)((x), (y))
#define __TG2D(fn, x, y)                                                       \
	_Generic((x) + (y), float : fn##f, default : fn)((x), (y))

#define fabs(x)	     __TG1(fabs, x)
#define floor(x)     __TG1(floor, x)
#define ceil(x)	     __TG1(ceil, x)
#define trunc(x)     __TG1(trunc, x)
#define round(x)     __TG1(round, x)
#define cbrt(x)	     __TG1(cbrt, x)
#define log10(x)     __TG1(log10, x)
#define log2(x)	     __TG1(log2, x)
#define asin(x)	     __TG1(asin, x)
#define acos(x)	     __TG1(acos, x)
#define atan(x)	     __TG1(atan, x)
#define sqrt(x)	     __TG1C(sqrt, x)
#define exp(x)	     __TG1C(exp, x)
#define log(x)	     __TG1C(log, x)
#define sin(x)	     __TG1C(sin, x)
#define cos(x)	     __TG1C(cos, x)
#define tan(x)	     __TG1C(tan, x)
#define sinh(x)	     __TG1C(sinh, x)
#define cosh(x)	     __TG1C(cosh, x)
#define tanh(x)	     __TG1C(tanh, x)
#define exp2(x)	     __TG1D(exp2, x)
#define expm1(x)     __TG1D(expm1, x)
#define log1p(x)     __TG1D(log1p, x)
#define asinh(x)     __TG1D(asinh, x)
#define acosh(x)     __TG1D(acosh, x)
#define atanh(x)     __TG1D(atanh, x)
#define erf(x)	     __TG1D(erf, x)
#define erfc(x)	     __TG1D(erfc, x)
#define tgamma(x)    __TG1D(tgamma, x)
#define lgamma(x)    __TG1D(lgamma, x)
#define rint(x)	     __TG1D(rint, x)
#define nearbyint(x) __TG1D(nearbyint, x)
#define logb(x)	     __TG1D(logb, x)
#define lround(x)    __TG1D(lround, x)
#define lrint(x)     __TG1D(lrint, x)
#define ilogb(x)     __TG1D(ilogb, x)

#define fmod(x, y)	__TG2(fmod, x, y)
#define atan2(x, y)	__TG2(atan2, x, y)
#define hypot(x, y)	__TG2(hypot, x, y)
#define fmin(x, y)	__TG2(fmin, x, y)
#define fmax(x, y)	__TG2(fmax, x, y)
#define copysign(x, y)	__TG2(copysign, x, y)
#define fdim(x, y)	__TG2D(fdim, x, y)
#define remainder(x, y) __TG2D(remainder, x, y)
#define nextafter(x, y) __TG2D(nextafter, x, y)
#define pow(x, y)                                                              \
	_Generic((x) + (y), float                                              \
		 : powf, long double                                           \
		 : powl, float _Complex                                        \
		 : cpow, double _Complex                                       \
		 : cpow, long double _Complex                                  \
		 : cpow, default                                               \
		 : pow)((x), (y))
#define ldexp(x, n)                                                            \
	_Generic((x), float                                                    \
		 : ldexpf, long double                                         \
		 : ldexpl, default                                             \
		 : ldexp)((x), (n))
#define frexp(x, e)                                                            \
	_Generic((x), float                                                    \
		 : frexpf, long double                                         \
		 : frexpl, default                                             \
		 : frexp)((x), (e))

#define creal(z)                                                               \
	_Generic((z), float _Complex                                           \
		 : crealf, long double _Complex                                \
		 : creall, default                                             \
		 : creal)(z)
#define cimag(z)                                                               \
	_Generic((z), float _Complex                                           \
		 : cimagf, long double _Complex                                \
		 : cimagl, default                                             \
		 : cimag)(z)
#define conj(z)                                                                \
	_Generic((z), float _Complex                                           \
		 : conjf, long double _Complex                                 \
		 : conjl, default                                              \
		 : conj)(z)
#endif

#endif
