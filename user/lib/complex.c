/*
 * <complex.h>: the functions of a complex variable from the real ones.
 * __builtin_complex builds a value from its parts without the x + I*y
 * multiplication, which would turn an infinite part into a NaN.
 */
#include <complex.h>
#include <math.h>

double creal(double _Complex z)
{
	return __real__ z;
}

double cimag(double _Complex z)
{
	return __imag__ z;
}

double _Complex conj(double _Complex z)
{
	return __builtin_complex(creal(z), -cimag(z));
}

/* Every infinity projects to the one point at infinity. */
double _Complex cproj(double _Complex z)
{
	if (isinf(creal(z)) || isinf(cimag(z)))
		return __builtin_complex((double)INFINITY,
					 copysign(0.0, cimag(z)));
	return z;
}

double cabs(double _Complex z)
{
	return hypot(creal(z), cimag(z));
}

double carg(double _Complex z)
{
	return atan2(cimag(z), creal(z));
}

/* e^(x + iy) = e^x (cos y + i sin y). */
double _Complex cexp(double _Complex z)
{
	double r = exp(creal(z)), y = cimag(z);

	if (y == 0)
		return __builtin_complex(r, y);
	return __builtin_complex(r * cos(y), r * sin(y));
}

double _Complex clog(double _Complex z)
{
	return __builtin_complex(log(cabs(z)), carg(z));
}

/*
 * The root with a non-negative real part: t = sqrt((|x| + |z|) / 2),
 * then the other part is y / 2t; which one is t depends on x's sign,
 * so nothing is subtracted that could cancel.
 */
double _Complex csqrt(double _Complex z)
{
	double x = creal(z), y = cimag(z), t;

	if (x == 0 && y == 0)
		return __builtin_complex(0.0, y);
	if (isinf(y))
		return __builtin_complex((double)INFINITY, y);
	t = sqrt((fabs(x) + cabs(z)) / 2);
	if (x >= 0)
		return __builtin_complex(t, y / (2 * t));
	return __builtin_complex(fabs(y) / (2 * t), copysign(t, y));
}

double _Complex cpow(double _Complex z, double _Complex w)
{
	if (creal(z) == 0 && cimag(z) == 0) {
		if (creal(w) == 0 && cimag(w) == 0)
			return 1;
		return 0;
	}
	return cexp(w * clog(z));
}

/* sin(x + iy) = sin x cosh y + i cos x sinh y. */
double _Complex csin(double _Complex z)
{
	double x = creal(z), y = cimag(z);

	return __builtin_complex(sin(x) * cosh(y), cos(x) * sinh(y));
}

/* cos(x + iy) = cos x cosh y - i sin x sinh y. */
double _Complex ccos(double _Complex z)
{
	double x = creal(z), y = cimag(z);

	return __builtin_complex(cos(x) * cosh(y), -sin(x) * sinh(y));
}

double _Complex ctan(double _Complex z)
{
	return csin(z) / ccos(z);
}

/* sinh(x + iy) = sinh x cos y + i cosh x sin y. */
double _Complex csinh(double _Complex z)
{
	double x = creal(z), y = cimag(z);

	return __builtin_complex(sinh(x) * cos(y), cosh(x) * sin(y));
}

double _Complex ccosh(double _Complex z)
{
	double x = creal(z), y = cimag(z);

	return __builtin_complex(cosh(x) * cos(y), sinh(x) * sin(y));
}

double _Complex ctanh(double _Complex z)
{
	return csinh(z) / ccosh(z);
}

/* The float and long double forms, through double. */
float crealf(float _Complex z)
{
	return __real__ z;
}

float cimagf(float _Complex z)
{
	return __imag__ z;
}

float _Complex conjf(float _Complex z)
{
	return __builtin_complex(crealf(z), -cimagf(z));
}

float cabsf(float _Complex z)
{
	return (float)cabs(z);
}

float cargf(float _Complex z)
{
	return (float)carg(z);
}

float _Complex cexpf(float _Complex z)
{
	return (float _Complex)cexp(z);
}

float _Complex clogf(float _Complex z)
{
	return (float _Complex)clog(z);
}

float _Complex csqrtf(float _Complex z)
{
	return (float _Complex)csqrt(z);
}

float _Complex cpowf(float _Complex z, float _Complex w)
{
	return (float _Complex)cpow(z, w);
}

long double creall(long double _Complex z)
{
	return __real__ z;
}

long double cimagl(long double _Complex z)
{
	return __imag__ z;
}

long double _Complex conjl(long double _Complex z)
{
	return __builtin_complex(creall(z), -cimagl(z));
}

long double cabsl(long double _Complex z)
{
	return hypot((double)creall(z), (double)cimagl(z));
}
