/*
 * strtod, strtof, strtold and atof: fpparse.c makes the bits with
 * integers; these return them in the x87's st(0), as the i386 calling
 * convention wants, so this file is built for the FPU.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "fpparse.h"

/* See <stdlib.h>. */
double strtod(const char *s, char **end)
{
	uint64_t bits = __fp_parse(s, end, 0);
	double d;

	memcpy(&d, &bits, sizeof(d));
	return d;
}

/* strtod for float, rounded once (not through double). */
float strtof(const char *s, char **end)
{
	uint32_t bits = (uint32_t)__fp_parse(s, end, 1);
	float v;

	memcpy(&v, &bits, sizeof(v));
	return v;
}

/* strtod's value: a long double is only as precise as a double here. */
long double strtold(const char *s, char **end)
{
	return strtod(s, end);
}

/* strtod(s, NULL). */
double atof(const char *s)
{
	return strtod(s, NULL);
}
