// strtod and strtof against glibc's results, as bit patterns, with the
// characters used and ERANGE: signs, spaces, exponents with no digits,
// hexadecimal, inf, nan, overflow, underflow to 0 and to subnormals,
// halfway cases rounded to even, the largest double, 30-digit integers.
// Then 2000 random doubles printed with %.17g read back to the same bits,
// and printf of computed values (this program's own FPU arithmetic).
// expect: exit 0
// expect-output: ^printf: 0\.33333333333333331483 1\.414214 -2\.5e-07$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static const struct {
	const char *s;
	uint64_t bits; /* glibc's result */
	int used;      /* characters it took */
	int err;       /* errno: 0 or ERANGE */
} doubles[] = {
	{"0", 0x0000000000000000ULL, 1, 0},
	{"-0", 0x8000000000000000ULL, 2, 0},
	{"1.5", 0x3ff8000000000000ULL, 3, 0},
	{"  +3.25e2x", 0x4074500000000000ULL, 9, 0},
	{".5", 0x3fe0000000000000ULL, 2, 0},
	{"-.e3", 0x0000000000000000ULL, 0, 0},
	{"1e", 0x3ff0000000000000ULL, 1, 0},
	{"1e+", 0x3ff0000000000000ULL, 1, 0},
	{"1e-5", 0x3ee4f8b588e368f1ULL, 4, 0},
	{"0x1p-1074", 0x0000000000000001ULL, 9, 0},
	{"0x1.fffffffffffffp1023", 0x7fefffffffffffffULL, 22, 0},
	{"0X1.8P+3", 0x4028000000000000ULL, 8, 0},
	{"0x", 0x0000000000000000ULL, 1, 0},
	{"0x.8p1", 0x3ff0000000000000ULL, 6, 0},
	{"inf", 0x7ff0000000000000ULL, 3, 0},
	{"-Infinity", 0xfff0000000000000ULL, 9, 0},
	{"infinit", 0x7ff0000000000000ULL, 3, 0},
	{"nan", 0x7ff8000000000000ULL, 3, 0},
	{"1e309", 0x7ff0000000000000ULL, 5, ERANGE},
	{"-1e309", 0xfff0000000000000ULL, 6, ERANGE},
	{"1e-400", 0x0000000000000000ULL, 6, ERANGE},
	{"2.4703282292062327e-324", 0x0000000000000000ULL, 23, ERANGE},
	{"2.4703282292062328e-324", 0x0000000000000001ULL, 23, ERANGE},
	{"4.9406564584124654e-324", 0x0000000000000001ULL, 23, ERANGE},
	{"2.2250738585072011e-308", 0x000fffffffffffffULL, 23, ERANGE},
	{"1.7976931348623157e308", 0x7fefffffffffffffULL, 22, 0},
	{"1.7976931348623158e308", 0x7fefffffffffffffULL, 22, 0},
	{"1.7976931348623159e308", 0x7ff0000000000000ULL, 22, ERANGE},
	{"9007199254740993", 0x4340000000000000ULL, 16, 0},
	{"0.1", 0x3fb999999999999aULL, 3, 0},
	{"0.30000000000000004", 0x3fd3333333333334ULL, 19, 0},
	{"123456789012345678901234567890", 0x45f8ee90ff6c373eULL, 30, 0},
	{"1e23", 0x44b52d02c7e14af6ULL, 4, 0},
	{"8.589973e9", 0x42000004b0400000ULL, 10, 0},
	{"\t-42.", 0xc045000000000000ULL, 5, 0},
	{"e5", 0x0000000000000000ULL, 0, 0},
	{"-x", 0x0000000000000000ULL, 0, 0},
};

static const struct {
	const char *s;
	uint32_t bits;
	int err;
} floats[] = {
	{"3.4028235e38", 0x7f7fffffU, 0}, {"3.4028236e38", 0x7f800000U, ERANGE},
	{"1.4e-45", 0x00000001U, ERANGE}, {"7e-46", 0x00000000U, ERANGE},
	{"0.1", 0x3dcccccdU, 0},	  {"16777217", 0x4b800000U, 0},
	{"1e-38", 0x006ce3eeU, ERANGE},
};

static void table(void)
{
	int bad = 0;

	for (size_t i = 0; i < sizeof(doubles) / sizeof(doubles[0]); i++) {
		char *end;
		uint64_t b;
		double d;

		errno = 0;
		d = strtod(doubles[i].s, &end);
		memcpy(&b, &d, sizeof(b));
		if (b != doubles[i].bits ||
		    end - doubles[i].s != doubles[i].used ||
		    errno != doubles[i].err) {
			bad++;
			printf("FAIL: strtod(\"%s\") = %a (+%d, errno %d), want "
			       "0x%016llx +%d errno %d\n",
			       doubles[i].s, d, (int)(end - doubles[i].s),
			       errno, (unsigned long long)doubles[i].bits,
			       doubles[i].used, doubles[i].err);
		}
	}
	check(bad == 0, "strtod agrees with glibc on %d strings",
	      (int)(sizeof(doubles) / sizeof(doubles[0])));
	bad = 0;
	for (size_t i = 0; i < sizeof(floats) / sizeof(floats[0]); i++) {
		uint32_t b;
		float f;

		errno = 0;
		f = strtof(floats[i].s, NULL);
		memcpy(&b, &f, sizeof(b));
		if (b != floats[i].bits || errno != floats[i].err) {
			bad++;
			printf("FAIL: strtof(\"%s\") = 0x%08x errno %d\n",
			       floats[i].s, (unsigned)b, errno);
		}
	}
	check(bad == 0, "strtof agrees with glibc on %d strings",
	      (int)(sizeof(floats) / sizeof(floats[0])));
}

/* Random doubles survive printf("%.17g") and strtod unchanged. */
static void round_trip(void)
{
	char buf[40];
	int bad = 0;

	srandom(2024);
	for (int i = 0; i < 2000; i++) {
		uint64_t b = (uint64_t)random() << 33 ^
			     (uint64_t)random() << 2 ^ (uint64_t)random(),
			 back;
		double d, r;

		memcpy(&d, &b, sizeof(d));
		if (isnan(d))
			continue;
		snprintf(buf, sizeof(buf), "%.17g", d);
		r = strtod(buf, NULL);
		memcpy(&back, &r, sizeof(back));
		if (back != b && bad++ < 5)
			printf("FAIL: %s came back as %a\n", buf, r);
	}
	check(bad == 0, "2000 doubles printed and read back (%d differ)", bad);
}

int main(void)
{
	volatile double three = 3, two = 2;

	table();
	round_trip();
	check(atof(" 6.25e1") == 62.5 && strtold("0.5", NULL) == 0.5L,
	      "atof, strtold");
	printf("printf: %.20f %f %g\n", 1 / three, sqrt(two), -two / 8e6);
	return check_done();
}
