/*
 * Complex arithmetic (user/lib/complex.c, on <math.h> and the x87).
 * The operators themselves are the compiler's (and libgcc's for * and
 * / with C99's infinities). Results follow the textbook formulas; the
 * special cases of C99's Annex G for infinities and NaNs are not all
 * handled. Like <math.h>, nothing here is declared to code built
 * without the FPU (_SOFT_FLOAT).
 */
#ifndef _COMPLEX_H
#define _COMPLEX_H

#define complex	     _Complex
#define _Complex_I   (__extension__ 1.0iF)
#define I	     _Complex_I
#define CMPLX(x, y)  __builtin_complex((double)(x), (double)(y))
#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))

#ifndef _SOFT_FLOAT
double creal(double _Complex z);
double cimag(double _Complex z);
double _Complex conj(double _Complex z);
double _Complex cproj(double _Complex z);
/* |z|, without overflow for large parts (hypot). */
double cabs(double _Complex z);
/* The argument of z, in [-pi, pi]. */
double carg(double _Complex z);
double _Complex cexp(double _Complex z);
/* The principal logarithm and square root (the cut along the negative
 * real axis). */
double _Complex clog(double _Complex z);
double _Complex csqrt(double _Complex z);
double _Complex cpow(double _Complex z, double _Complex w);
double _Complex csin(double _Complex z);
double _Complex ccos(double _Complex z);
double _Complex ctan(double _Complex z);
double _Complex csinh(double _Complex z);
double _Complex ccosh(double _Complex z);
double _Complex ctanh(double _Complex z);

float crealf(float _Complex z);
float cimagf(float _Complex z);
float _Complex conjf(float _Complex z);
float cabsf(float _Complex z);
float cargf(float _Complex z);
float _Complex cexpf(float _Complex z);
float _Complex clogf(float _Complex z);
float _Complex csqrtf(float _Complex z);
float _Complex cpowf(float _Complex z, float _Complex w);

long double creall(long double _Complex z);
long double cimagl(long double _Complex z);
long double _Complex conjl(long double _Complex z);
long double cabsl(long double _Complex z);
#endif

#endif
