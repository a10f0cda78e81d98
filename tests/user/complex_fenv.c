// <complex.h>, <tgmath.h> and <fenv.h> against glibc's results: cabs,
// carg, cexp, clog, csqrt (both signs of the real part, the cut), cpow,
// csin; tgmath picking sqrtf for a float and csqrt for a complex; the
// rounding modes through rint and fesetround; exception flags raised by
// 1/0 and 0/0 and by feraiseexcept, tested and cleared; fegetenv and
// fesetenv, FE_DFL_ENV.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <complex.h>
#include <fenv.h>
#include <math.h>
#include <stdio.h>
#include "check.h"

static int near(double a, double b)
{
	return fabs(a - b) <= 1e-15 * fabs(b) || a == b;
}

static int cnear(double _Complex a, double re, double im)
{
	return near(creal(a), re) && near(cimag(a), im);
}

static void complex_functions(void)
{
	double _Complex z = 3 + 4 * I, r;

	check(cabs(z) == 5 && near(carg(z), 0.92729521800161219), "cabs, carg");
	check(creal(conj(z)) == 3 && cimag(conj(z)) == -4, "conj");
	r = cexp(1 + I * M_PI / 2);
	check(cnear(r, 1.664467570201392e-16, 2.7182818284590451),
	      "cexp(1 + i pi/2) = %.17g %+.17gi", creal(r), cimag(r));
	r = clog(-1);
	check(cnear(r, 0, M_PI), "clog(-1) = i pi");
	r = csqrt(-4);
	check(cnear(r, 0, 2), "csqrt(-4) = 2i");
	r = csqrt(CMPLX(-4, -0.0));
	check(cnear(r, 0, -2),
	      "csqrt(-4 - 0i) = -2i: the other side of the cut");
	r = csqrt(z);
	check(cnear(r, 2, 1), "csqrt(3 + 4i) = 2 + i");
	r = csqrt(-3 + 4 * I);
	check(cnear(r, 1, 2), "csqrt(-3 + 4i) = 1 + 2i");
	r = cpow(I, 2);
	check(fabs(creal(r) + 1) < 1e-15 && fabs(cimag(r)) < 1e-15,
	      "cpow(i, 2) = -1");
	r = csin(1 + I);
	check(cnear(r, 1.2984575814159773, 0.63496391478473613),
	      "csin(1 + i) = %.17g %+.17gi", creal(r), cimag(r));
	r = CMPLX(1, 2) / CMPLX(3, -4);
	check(cnear(r, -0.2, 0.4), "division");
}

static void environment(void)
{
	volatile double zero = 0, one = 1, x;
	fenv_t env;

	check(fegetround() == FE_TONEAREST, "round to nearest at start");
	check(rint(2.5) == 2 && rint(-2.5) == -2, "rint ties to even");
	check(fesetround(FE_UPWARD) == 0 && rint(2.1) == 3, "FE_UPWARD");
	check(fesetround(FE_DOWNWARD) == 0 && rint(-2.1) == -3, "FE_DOWNWARD");
	check(fesetround(FE_TOWARDZERO) == 0 && rint(-2.9) == -2,
	      "FE_TOWARDZERO");
	check(fesetround(12345) != 0, "a bad mode is refused");
	fesetround(FE_TONEAREST);
	feclearexcept(FE_ALL_EXCEPT);
	check(fetestexcept(FE_ALL_EXCEPT) == 0, "no flags after feclearexcept");
	x = one / zero;
	check(fetestexcept(FE_DIVBYZERO) == FE_DIVBYZERO && isinf(x),
	      "1/0 sets FE_DIVBYZERO");
	x = zero / zero;
	check(fetestexcept(FE_INVALID) && isnan(x), "0/0 sets FE_INVALID");
	feclearexcept(FE_DIVBYZERO | FE_INVALID);
	check(!fetestexcept(FE_DIVBYZERO | FE_INVALID), "cleared");
	feraiseexcept(FE_OVERFLOW);
	check(fetestexcept(FE_OVERFLOW | FE_UNDERFLOW) == FE_OVERFLOW,
	      "feraiseexcept(FE_OVERFLOW)");
	fegetenv(&env);
	fesetround(FE_UPWARD);
	feclearexcept(FE_ALL_EXCEPT);
	fesetenv(&env);
	check(fegetround() == FE_TONEAREST && fetestexcept(FE_OVERFLOW),
	      "fesetenv restores the mode and flags");
	fesetround(FE_DOWNWARD);
	fesetenv(FE_DFL_ENV);
	check(fegetround() == FE_TONEAREST && !fetestexcept(FE_ALL_EXCEPT),
	      "FE_DFL_ENV");
}

int main(void)
{
	complex_functions();
	environment();
	check_done();
	return 0;
}
