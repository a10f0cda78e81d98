// C99's additions to <math.h> against glibc's results (computed on the
// host with its libm), within 8 units in the last place: cbrt, expm1,
// log1p, the inverse hyperbolic functions, erf, erfc, tgamma, lgamma,
// exp2, rint. Then the special cases and errno: tgamma at poles and on
// overflow, lgamma's signgam, acosh(0.5) EDOM, log1p(-1) ERANGE,
// remainder, lround away from zero, nextafter, the float forms.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include "check.h"

struct cas {
	const char *name;
	double (*f)(double);
	double x, want;
};

static const struct cas cases[] = {
	{"cbrt", cbrt, 27, 3.0000000000000004},
	{"cbrt", cbrt, -2, -1.2599210498948734},
	{"cbrt", cbrt, 1e-300, 1e-100},
	{"expm1", expm1, 1e-10, 1.00000000005e-10},
	{"expm1", expm1, 0.29999999999999999, 0.34985880757600307},
	{"expm1", expm1, -5, -0.99326205300091452},
	{"log1p", log1p, 1e-10, 9.9999999995000007e-11},
	{"log1p", log1p, 0.20000000000000001, 0.18232155679395462},
	{"log1p", log1p, 3, 1.3862943611198906},
	{"asinh", asinh, 0.5, 0.48121182505960347},
	{"asinh", asinh, -10000000000, -23.718998110500401},
	{"acosh", acosh, 2, 1.3169578969248166},
	{"atanh", atanh, 0.5, 0.54930614433405478},
	{"erf", erf, 0.5, 0.52049987781304652},
	{"erf", erf, -1.5, -0.96610514647531076},
	{"erf", erf, 3, 0.99997790950300136},
	{"erfc", erfc, 0.10000000000000001, 0.88753708398171516},
	{"erfc", erfc, 2, 0.0046777349810472654},
	{"erfc", erfc, 10, 2.0884875837625449e-45},
	{"tgamma", tgamma, 5, 24},
	{"tgamma", tgamma, 0.5, 1.7724538509055161},
	{"tgamma", tgamma, -1.5, 2.3632718012073548},
	{"tgamma", tgamma, 30.5, 4.8226969334909086e+31},
	{"tgamma", tgamma, 170.5, 5.5620924145600007e+305},
	{"lgamma", lgamma, 0.5, 0.57236494292470008},
	{"lgamma", lgamma, 100, 359.13420536957545},
	{"lgamma", lgamma, -2.5, -0.056243716497674068},
	{"exp2", exp2, 10, 1024},
	{"exp2", exp2, -0.5, 0.70710678118654757},
	{"rint", rint, 2.5, 2},
	{"rint", rint, -3.5, -4},
	{"rint", rint, 1.3999999999999999, 1},
};

/* How far apart a and b are, in units of b's last place. */
static double ulps(double a, double b)
{
	if (a == b)
		return 0;
	return fabs(a - b) / (fabs(b) * 2.220446049250313e-16);
}

int main(void)
{
	int quo;

	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		double r = cases[i].f(cases[i].x);

		check(ulps(r, cases[i].want) <= 8,
		      "%s(%.17g) = %.17g (glibc %.17g)", cases[i].name,
		      cases[i].x, r, cases[i].want);
	}
	errno = 0;
	check(isinf(tgamma(0.0)) && errno == ERANGE, "tgamma(0): inf, ERANGE");
	errno = 0;
	check(isnan(tgamma(-2.0)) && errno == EDOM, "tgamma(-2): NaN, EDOM");
	errno = 0;
	check(isinf(tgamma(200.0)) && errno == ERANGE, "tgamma(200): ERANGE");
	lgamma(-2.5);
	check(signgam == -1, "signgam of gamma(-2.5) is -1");
	lgamma(-1.5);
	check(signgam == 1, "signgam of gamma(-1.5) is 1");
	errno = 0;
	check(isnan(acosh(0.5)) && errno == EDOM, "acosh(0.5): EDOM");
	errno = 0;
	check(log1p(-1.0) == -HUGE_VAL && errno == ERANGE, "log1p(-1): ERANGE");
	check(remainder(10, 3) == 1 && remainder(11, 2) == -1 &&
		      remainder(-7.5, 2) == 0.5,
	      "remainder rounds the quotient to even");
	check(remquo(10, 3, &quo) == 1 && quo == 3, "remquo");
	check(lround(2.5) == 3 && lround(-2.5) == -3 && llround(-0.4) == 0,
	      "lround away from zero");
	check(nextafter(1, 2) == 1 + 2.220446049250313e-16 &&
		      nextafter(0, -1) == -4.9406564584124654e-324,
	      "nextafter");
	check(fdim(5, 3) == 2 && fdim(3, 5) == 0 && ilogb(1024) == 10 &&
		      logb(0.25) == -2 && scalbn(3, 4) == 48,
	      "fdim, ilogb, logb, scalbn");
	check(isnan(nan("")) && fma(2, 3, 4) == 10, "nan, fma");
	check(roundf(2.5f) == 3 && truncf(-2.7f) == -2 && fmodf(7, 3) == 1 &&
		      fabsf(expf(1) - 2.7182817f) < 1e-6f &&
		      lroundf(-1.5f) == -2,
	      "float forms");
	check(sqrtl(2.0L) * sqrtl(2.0L) - 2 < 1e-18L, "sqrtl in extended");
	check_done();
	return 0;
}
