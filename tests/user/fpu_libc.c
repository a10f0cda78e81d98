// Floating point through the C library, in a program built with the FPU:
// printf's %f %e %g of computed values, strtod, and <math.h>'s sqrt,
// floor, ceil, fabs, pow, exp, log, sin and cos, each printed with %f.
// (math_funcs.c and strtod_exact.c check the same bit for bit.)
// expect: exit 0
// expect-output: ^printf: 0\.333333 3\.333333e-01 0\.333333 -1234\.500$
// expect-output: ^strtod: 2\.500000 -0\.001250 100000\.000000 rest "x"$
// expect-output: ^sqrt 1\.414214 floor -3\.000000 ceil -2\.000000 fabs 2\.500000$
// expect-output: ^pow 1024\.000000 exp 2\.718282 log 2\.302585$
// expect-output: ^sin 0\.500000 cos 0\.500000$
// forbid-output: FAIL
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static volatile double one = 1.0, three = 3.0;

int main(void)
{
	double third = one / three;
	char *end;
	double a = strtod("2.5", NULL), b = strtod("  -1.25e-3", NULL);
	double c = strtod("1e5x", &end);
	double pi = 4 * atan(1.0);

	printf("printf: %f %e %g %.3f\n", third, third, third, -1234.5);
	printf("strtod: %f %f %f rest \"%s\"\n", a, b, c, end);
	printf("sqrt %f floor %f ceil %f fabs %f\n", sqrt(2.0), floor(-2.5),
	       ceil(-2.5), fabs(-2.5));
	printf("pow %f exp %f log %f\n", pow(2.0, 10.0), exp(1.0), log(10.0));
	printf("sin %f cos %f\n", sin(pi / 6), cos(pi / 3));
	return 0;
}
