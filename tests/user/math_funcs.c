// <math.h> against glibc's results (as bit patterns): floor, ceil, trunc,
// round, fabs, sqrt, fmod, copysign and hypot exactly; exp, log, log10,
// log2, pow, the trigonometric and hyperbolic functions within 2 units
// in the last place (the trigonometric ones for arguments up to 2^63: the
// x87 reduces larger ones with its own 66-bit pi, which is not enough). Then the special cases C99's Annex F and POSIX
// give, with errno: EDOM for sqrt(-1), log(-1), pow(-8, 1/3), fmod(1, 0);
// ERANGE for log(0), pow(0, -1), exp(1000) and exp(-1000).
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

struct fn {
	const char *name;
	double (*f1)(double);
	double (*f2)(double, double);
	int exact; /* the result must be the very bits */
};

static const struct fn fns[] = {
	{"sqrt", sqrt, NULL, 1},   {"floor", floor, NULL, 1},
	{"ceil", ceil, NULL, 1},   {"trunc", trunc, NULL, 1},
	{"round", round, NULL, 1}, {"fabs", fabs, NULL, 1},
	{"exp", exp, NULL, 0},	   {"log", log, NULL, 0},
	{"log10", log10, NULL, 0}, {"log2", log2, NULL, 0},
	{"sin", sin, NULL, 0},	   {"cos", cos, NULL, 0},
	{"tan", tan, NULL, 0},	   {"atan", atan, NULL, 0},
	{"asin", asin, NULL, 0},   {"acos", acos, NULL, 0},
	{"sinh", sinh, NULL, 0},   {"cosh", cosh, NULL, 0},
	{"tanh", tanh, NULL, 0},   {"pow", NULL, pow, 0},
	{"atan2", NULL, atan2, 0}, {"fmod", NULL, fmod, 1},
	{"hypot", NULL, hypot, 1}, {"copysign", NULL, copysign, 1},
};

struct row {
	const char *name;
	double x, y;
	uint64_t want; /* glibc's result */
};

static const struct row rows[] = {
	{"sqrt", 0x1p-1, 0, 0x3fe6a09e667f3bcdULL},
	{"sqrt", 0x1p+0, 0, 0x3ff0000000000000ULL},
	{"sqrt", 0x1p+1, 0, 0x3ff6a09e667f3bcdULL},
	{"sqrt", 0x1.8p+1, 0, 0x3ffbb67ae8584caaULL},
	{"sqrt", 0x1.4p+3, 0, 0x40094c583ada5b53ULL},
	{"sqrt", 0x1.999999999999ap-4, 0, 0x3fd43d136248490fULL},
	{"sqrt", 0x1.4f8b588e368f1p-17, 0, 0x3f69e7c6e43390b7ULL},
	{"sqrt", 0x1.edd2f1a9fbe77p+6, 0, 0x402638dee52c80edULL},
	{"sqrt", 0x1.249ad2594c37dp+332, 0, 0x4a511b0ec57e649aULL},
	{"sqrt", 0x1.56e1fc2f8f359p-997, 0, 0x20ca2fe76a3f9475ULL},
	{"sqrt", 0x1.4p+1, 0, 0x3ff94c583ada5b53ULL},
	{"exp", 0x1p-1, 0, 0x3ffa61298e1e069cULL},
	{"exp", 0x1p+0, 0, 0x4005bf0a8b145769ULL},
	{"exp", 0x1p+1, 0, 0x401d8e64b8d4ddaeULL},
	{"exp", 0x1.8p+1, 0, 0x403415e5bf6fb106ULL},
	{"exp", 0x1.4p+3, 0, 0x40d5829dcf950560ULL},
	{"exp", 0x1.999999999999ap-4, 0, 0x3ff1aec7b35a00d4ULL},
	{"exp", 0x1.4f8b588e368f1p-17, 0, 0x3ff0000a7c5e340eULL},
	{"exp", 0x1.edd2f1a9fbe77p+6, 0, 0x4b11428e1cbc0143ULL},
	{"exp", 0x1.56e1fc2f8f359p-997, 0, 0x3ff0000000000000ULL},
	{"exp", 0x1.4p+1, 0, 0x40285d6fd931e0bbULL},
	{"exp", -0x1.6666666666666p-1, 0, 0x3fdfc80db9dd5542ULL},
	{"log", 0x1p-1, 0, 0xbfe62e42fefa39efULL},
	{"log", 0x1p+0, 0, 0x0000000000000000ULL},
	{"log", 0x1p+1, 0, 0x3fe62e42fefa39efULL},
	{"log", 0x1.8p+1, 0, 0x3ff193ea7aad030bULL},
	{"log", 0x1.4p+3, 0, 0x40026bb1bbb55516ULL},
	{"log", 0x1.999999999999ap-4, 0, 0xc0026bb1bbb55515ULL},
	{"log", 0x1.4f8b588e368f1p-17, 0, 0xc027069e2aa2aa5bULL},
	{"log", 0x1.edd2f1a9fbe77p+6, 0, 0x401343774f3e2362ULL},
	{"log", 0x1.249ad2594c37dp+332, 0, 0x406cc845b54b54f2ULL},
	{"log", 0x1.56e1fc2f8f359p-997, 0, 0xc085963447f87fb5ULL},
	{"log", 0x1.4p+1, 0, 0x3fed5240f0e0e078ULL},
	{"log10", 0x1p-1, 0, 0xbfd34413509f79ffULL},
	{"log10", 0x1p+0, 0, 0x0000000000000000ULL},
	{"log10", 0x1p+1, 0, 0x3fd34413509f79ffULL},
	{"log10", 0x1.8p+1, 0, 0x3fde8927964fd5fdULL},
	{"log10", 0x1.4p+3, 0, 0x3ff0000000000000ULL},
	{"log10", 0x1.999999999999ap-4, 0, 0xbff0000000000000ULL},
	{"log10", 0x1.4f8b588e368f1p-17, 0, 0xc014000000000000ULL},
	{"log10", 0x1.edd2f1a9fbe77p+6, 0, 0x4000bb6abfc968efULL},
	{"log10", 0x1.249ad2594c37dp+332, 0, 0x4059000000000000ULL},
	{"log10", 0x1.56e1fc2f8f359p-997, 0, 0xc072c00000000000ULL},
	{"log10", 0x1.4p+1, 0, 0x3fd977d95ec10c02ULL},
	{"sin", 0x1p-1, 0, 0x3fdeaee8744b05f0ULL},
	{"sin", 0x1p+0, 0, 0x3feaed548f090ceeULL},
	{"sin", 0x1p+1, 0, 0x3fed18f6ead1b446ULL},
	{"sin", 0x1.8p+1, 0, 0x3fc210386db6d55bULL},
	{"sin", 0x1.4p+3, 0, 0xbfe1689ef5f34f52ULL},
	{"sin", 0x1.999999999999ap-4, 0, 0x3fb98eaecb8bcb2cULL},
	{"sin", 0x1.4f8b588e368f1p-17, 0, 0x3ee4f8b588e1e8a2ULL},
	{"sin", 0x1.edd2f1a9fbe77p+6, 0, 0xbfe9b9dadc41aeb6ULL},
	{"sin", 0x1.56e1fc2f8f359p-997, 0, 0x01a56e1fc2f8f359ULL},
	{"sin", 0x1.4p+1, 0, 0x3fe326af0dcfcab1ULL},
	{"sin", -0x1.6666666666666p-1, 0, 0xbfe49d6e694619b8ULL},
	{"cos", 0x1p-1, 0, 0x3fec1528065b7d50ULL},
	{"cos", 0x1p+0, 0, 0x3fe14a280fb5068cULL},
	{"cos", 0x1p+1, 0, 0xbfdaa22657537205ULL},
	{"cos", 0x1.8p+1, 0, 0xbfefae04be85e5d2ULL},
	{"cos", 0x1.4p+3, 0, 0xbfead9ac890c6b1fULL},
	{"cos", 0x1.999999999999ap-4, 0, 0x3fefd712f9a817c1ULL},
	{"cos", 0x1.4f8b588e368f1p-17, 0, 0x3feffffffff920c8ULL},
	{"cos", 0x1.edd2f1a9fbe77p+6, 0, 0xbfe307e5980a1558ULL},
	{"cos", 0x1.56e1fc2f8f359p-997, 0, 0x3ff0000000000000ULL},
	{"cos", 0x1.4p+1, 0, 0xbfe9a2f7ef858b7dULL},
	{"cos", -0x1.6666666666666p-1, 0, 0x3fe87996529f9d93ULL},
	{"tan", 0x1p-1, 0, 0x3fe17b4f5bf3474aULL},
	{"tan", 0x1p+0, 0, 0x3ff8eb245cbee3a6ULL},
	{"tan", 0x1p+1, 0, 0xc0017af62e0950f8ULL},
	{"tan", 0x1.8p+1, 0, 0xbfc23ef71254b86fULL},
	{"tan", 0x1.4p+3, 0, 0x3fe4bf5f34be3782ULL},
	{"tan", 0x1.999999999999ap-4, 0, 0x3fb9af8877430b80ULL},
	{"tan", 0x1.4f8b588e368f1p-17, 0, 0x3ee4f8b588e6698eULL},
	{"tan", 0x1.edd2f1a9fbe77p+6, 0, 0x3ff5a0fe5da94891ULL},
	{"tan", 0x1.56e1fc2f8f359p-997, 0, 0x01a56e1fc2f8f359ULL},
	{"tan", 0x1.4p+1, 0, 0xbfe7e79b4e00bb15ULL},
	{"tan", -0x1.6666666666666p-1, 0, 0xbfeaf406c2fc78aeULL},
	{"atan", 0x1p-1, 0, 0x3fddac670561bb4fULL},
	{"atan", 0x1p+0, 0, 0x3fe921fb54442d18ULL},
	{"atan", 0x1p+1, 0, 0x3ff1b6e192ebbe44ULL},
	{"atan", 0x1.8p+1, 0, 0x3ff3fc176b7a8560ULL},
	{"atan", 0x1.4p+3, 0, 0x3ff789bd2c160054ULL},
	{"atan", 0x1.999999999999ap-4, 0, 0x3fb983e282e2cc4dULL},
	{"atan", 0x1.4f8b588e368f1p-17, 0, 0x3ee4f8b588e06854ULL},
	{"atan", 0x1.edd2f1a9fbe77p+6, 0, 0x3ff900cdfeb560b4ULL},
	{"atan", 0x1.249ad2594c37dp+332, 0, 0x3ff921fb54442d18ULL},
	{"atan", 0x1.56e1fc2f8f359p-997, 0, 0x01a56e1fc2f8f359ULL},
	{"atan", 0x1.4p+1, 0, 0x3ff30b6d796a4da8ULL},
	{"atan", -0x1.6666666666666p-1, 0, 0xbfe38b112d7bd4adULL},
	{"floor", 0x1p-1, 0, 0x0000000000000000ULL},
	{"floor", -0x1p-1, 0, 0xbff0000000000000ULL},
	{"floor", 0x1p+0, 0, 0x3ff0000000000000ULL},
	{"floor", -0x1p+0, 0, 0xbff0000000000000ULL},
	{"floor", 0x1p+1, 0, 0x4000000000000000ULL},
	{"floor", -0x1p+1, 0, 0xc000000000000000ULL},
	{"floor", 0x1.8p+1, 0, 0x4008000000000000ULL},
	{"floor", -0x1.8p+1, 0, 0xc008000000000000ULL},
	{"floor", 0x1.4p+3, 0, 0x4024000000000000ULL},
	{"floor", -0x1.4p+3, 0, 0xc024000000000000ULL},
	{"floor", 0x1.999999999999ap-4, 0, 0x0000000000000000ULL},
	{"floor", -0x1.999999999999ap-4, 0, 0xbff0000000000000ULL},
	{"floor", 0x1.4f8b588e368f1p-17, 0, 0x0000000000000000ULL},
	{"floor", -0x1.4f8b588e368f1p-17, 0, 0xbff0000000000000ULL},
	{"floor", 0x1.edd2f1a9fbe77p+6, 0, 0x405ec00000000000ULL},
	{"floor", -0x1.edd2f1a9fbe77p+6, 0, 0xc05f000000000000ULL},
	{"floor", 0x1.249ad2594c37dp+332, 0, 0x54b249ad2594c37dULL},
	{"floor", -0x1.249ad2594c37dp+332, 0, 0xd4b249ad2594c37dULL},
	{"floor", 0x1.56e1fc2f8f359p-997, 0, 0x0000000000000000ULL},
	{"floor", -0x1.56e1fc2f8f359p-997, 0, 0xbff0000000000000ULL},
	{"floor", 0x1.4p+1, 0, 0x4000000000000000ULL},
	{"floor", -0x1.4p+1, 0, 0xc008000000000000ULL},
	{"floor", -0x1.6666666666666p-1, 0, 0xbff0000000000000ULL},
	{"floor", 0x1.6666666666666p-1, 0, 0x0000000000000000ULL},
	{"ceil", 0x1p-1, 0, 0x3ff0000000000000ULL},
	{"ceil", -0x1p-1, 0, 0x8000000000000000ULL},
	{"ceil", 0x1p+0, 0, 0x3ff0000000000000ULL},
	{"ceil", -0x1p+0, 0, 0xbff0000000000000ULL},
	{"ceil", 0x1p+1, 0, 0x4000000000000000ULL},
	{"ceil", -0x1p+1, 0, 0xc000000000000000ULL},
	{"ceil", 0x1.8p+1, 0, 0x4008000000000000ULL},
	{"ceil", -0x1.8p+1, 0, 0xc008000000000000ULL},
	{"ceil", 0x1.4p+3, 0, 0x4024000000000000ULL},
	{"ceil", -0x1.4p+3, 0, 0xc024000000000000ULL},
	{"ceil", 0x1.999999999999ap-4, 0, 0x3ff0000000000000ULL},
	{"ceil", -0x1.999999999999ap-4, 0, 0x8000000000000000ULL},
	{"ceil", 0x1.4f8b588e368f1p-17, 0, 0x3ff0000000000000ULL},
	{"ceil", -0x1.4f8b588e368f1p-17, 0, 0x8000000000000000ULL},
	{"ceil", 0x1.edd2f1a9fbe77p+6, 0, 0x405f000000000000ULL},
	{"ceil", -0x1.edd2f1a9fbe77p+6, 0, 0xc05ec00000000000ULL},
	{"ceil", 0x1.249ad2594c37dp+332, 0, 0x54b249ad2594c37dULL},
	{"ceil", -0x1.249ad2594c37dp+332, 0, 0xd4b249ad2594c37dULL},
	{"ceil", 0x1.56e1fc2f8f359p-997, 0, 0x3ff0000000000000ULL},
	{"ceil", -0x1.56e1fc2f8f359p-997, 0, 0x8000000000000000ULL},
	{"ceil", 0x1.4p+1, 0, 0x4008000000000000ULL},
	{"ceil", -0x1.4p+1, 0, 0xc000000000000000ULL},
	{"ceil", -0x1.6666666666666p-1, 0, 0x8000000000000000ULL},
	{"ceil", 0x1.6666666666666p-1, 0, 0x3ff0000000000000ULL},
	{"trunc", 0x1p-1, 0, 0x0000000000000000ULL},
	{"trunc", -0x1p-1, 0, 0x8000000000000000ULL},
	{"trunc", 0x1p+0, 0, 0x3ff0000000000000ULL},
	{"trunc", -0x1p+0, 0, 0xbff0000000000000ULL},
	{"trunc", 0x1p+1, 0, 0x4000000000000000ULL},
	{"trunc", -0x1p+1, 0, 0xc000000000000000ULL},
	{"trunc", 0x1.8p+1, 0, 0x4008000000000000ULL},
	{"trunc", -0x1.8p+1, 0, 0xc008000000000000ULL},
	{"trunc", 0x1.4p+3, 0, 0x4024000000000000ULL},
	{"trunc", -0x1.4p+3, 0, 0xc024000000000000ULL},
	{"trunc", 0x1.999999999999ap-4, 0, 0x0000000000000000ULL},
	{"trunc", -0x1.999999999999ap-4, 0, 0x8000000000000000ULL},
	{"trunc", 0x1.4f8b588e368f1p-17, 0, 0x0000000000000000ULL},
	{"trunc", -0x1.4f8b588e368f1p-17, 0, 0x8000000000000000ULL},
	{"trunc", 0x1.edd2f1a9fbe77p+6, 0, 0x405ec00000000000ULL},
	{"trunc", -0x1.edd2f1a9fbe77p+6, 0, 0xc05ec00000000000ULL},
	{"trunc", 0x1.249ad2594c37dp+332, 0, 0x54b249ad2594c37dULL},
	{"trunc", -0x1.249ad2594c37dp+332, 0, 0xd4b249ad2594c37dULL},
	{"trunc", 0x1.56e1fc2f8f359p-997, 0, 0x0000000000000000ULL},
	{"trunc", -0x1.56e1fc2f8f359p-997, 0, 0x8000000000000000ULL},
	{"trunc", 0x1.4p+1, 0, 0x4000000000000000ULL},
	{"trunc", -0x1.4p+1, 0, 0xc000000000000000ULL},
	{"trunc", -0x1.6666666666666p-1, 0, 0x8000000000000000ULL},
	{"trunc", 0x1.6666666666666p-1, 0, 0x0000000000000000ULL},
	{"round", 0x1p-1, 0, 0x3ff0000000000000ULL},
	{"round", -0x1p-1, 0, 0xbff0000000000000ULL},
	{"round", 0x1p+0, 0, 0x3ff0000000000000ULL},
	{"round", -0x1p+0, 0, 0xbff0000000000000ULL},
	{"round", 0x1p+1, 0, 0x4000000000000000ULL},
	{"round", -0x1p+1, 0, 0xc000000000000000ULL},
	{"round", 0x1.8p+1, 0, 0x4008000000000000ULL},
	{"round", -0x1.8p+1, 0, 0xc008000000000000ULL},
	{"round", 0x1.4p+3, 0, 0x4024000000000000ULL},
	{"round", -0x1.4p+3, 0, 0xc024000000000000ULL},
	{"round", 0x1.999999999999ap-4, 0, 0x0000000000000000ULL},
	{"round", -0x1.999999999999ap-4, 0, 0x8000000000000000ULL},
	{"round", 0x1.4f8b588e368f1p-17, 0, 0x0000000000000000ULL},
	{"round", -0x1.4f8b588e368f1p-17, 0, 0x8000000000000000ULL},
	{"round", 0x1.edd2f1a9fbe77p+6, 0, 0x405ec00000000000ULL},
	{"round", -0x1.edd2f1a9fbe77p+6, 0, 0xc05ec00000000000ULL},
	{"round", 0x1.249ad2594c37dp+332, 0, 0x54b249ad2594c37dULL},
	{"round", -0x1.249ad2594c37dp+332, 0, 0xd4b249ad2594c37dULL},
	{"round", 0x1.56e1fc2f8f359p-997, 0, 0x0000000000000000ULL},
	{"round", -0x1.56e1fc2f8f359p-997, 0, 0x8000000000000000ULL},
	{"round", 0x1.4p+1, 0, 0x4008000000000000ULL},
	{"round", -0x1.4p+1, 0, 0xc008000000000000ULL},
	{"round", -0x1.6666666666666p-1, 0, 0xbff0000000000000ULL},
	{"round", 0x1.6666666666666p-1, 0, 0x3ff0000000000000ULL},
	{"fabs", 0x1p-1, 0, 0x3fe0000000000000ULL},
	{"fabs", -0x1p-1, 0, 0x3fe0000000000000ULL},
	{"fabs", 0x1p+0, 0, 0x3ff0000000000000ULL},
	{"fabs", -0x1p+0, 0, 0x3ff0000000000000ULL},
	{"fabs", 0x1p+1, 0, 0x4000000000000000ULL},
	{"fabs", -0x1p+1, 0, 0x4000000000000000ULL},
	{"fabs", 0x1.8p+1, 0, 0x4008000000000000ULL},
	{"fabs", -0x1.8p+1, 0, 0x4008000000000000ULL},
	{"fabs", 0x1.4p+3, 0, 0x4024000000000000ULL},
	{"fabs", -0x1.4p+3, 0, 0x4024000000000000ULL},
	{"fabs", 0x1.999999999999ap-4, 0, 0x3fb999999999999aULL},
	{"fabs", -0x1.999999999999ap-4, 0, 0x3fb999999999999aULL},
	{"fabs", 0x1.4f8b588e368f1p-17, 0, 0x3ee4f8b588e368f1ULL},
	{"fabs", -0x1.4f8b588e368f1p-17, 0, 0x3ee4f8b588e368f1ULL},
	{"fabs", 0x1.edd2f1a9fbe77p+6, 0, 0x405edd2f1a9fbe77ULL},
	{"fabs", -0x1.edd2f1a9fbe77p+6, 0, 0x405edd2f1a9fbe77ULL},
	{"fabs", 0x1.249ad2594c37dp+332, 0, 0x54b249ad2594c37dULL},
	{"fabs", -0x1.249ad2594c37dp+332, 0, 0x54b249ad2594c37dULL},
	{"fabs", 0x1.56e1fc2f8f359p-997, 0, 0x01a56e1fc2f8f359ULL},
	{"fabs", -0x1.56e1fc2f8f359p-997, 0, 0x01a56e1fc2f8f359ULL},
	{"fabs", 0x1.4p+1, 0, 0x4004000000000000ULL},
	{"fabs", -0x1.4p+1, 0, 0x4004000000000000ULL},
	{"fabs", -0x1.6666666666666p-1, 0, 0x3fe6666666666666ULL},
	{"fabs", 0x1.6666666666666p-1, 0, 0x3fe6666666666666ULL},
	{"sinh", 0x1p-1, 0, 0x3fe0acd00fe63b97ULL},
	{"sinh", 0x1p+0, 0, 0x3ff2cd9fc44eb982ULL},
	{"sinh", 0x1p+1, 0, 0x400d03cf63b6e1a0ULL},
	{"sinh", 0x1.8p+1, 0, 0x40240926e70949aeULL},
	{"sinh", 0x1.4p+3, 0, 0x40c5829dced69992ULL},
	{"sinh", 0x1.999999999999ap-4, 0, 0x3fb9a487337b59b3ULL},
	{"sinh", 0x1.4f8b588e368f1p-17, 0, 0x3ee4f8b588e4e940ULL},
	{"sinh", 0x1.edd2f1a9fbe77p+6, 0, 0x4b01428e1cbc0143ULL},
	{"sinh", 0x1.56e1fc2f8f359p-997, 0, 0x01a56e1fc2f8f359ULL},
	{"sinh", 0x1.4p+1, 0, 0x40183368cdb0b6d3ULL},
	{"sinh", -0x1.6666666666666p-1, 0, 0xbfe8465153d5bdbcULL},
	{"cosh", 0x1p-1, 0, 0x3ff20ac1862ae8d0ULL},
	{"cosh", 0x1p+0, 0, 0x3ff8b07551d9f550ULL},
	{"cosh", 0x1p+1, 0, 0x400e18fa0df2d9bcULL},
	{"cosh", 0x1.8p+1, 0, 0x402422a497d6185eULL},
	{"cosh", 0x1.4p+3, 0, 0x40c5829dd053712eULL},
	{"cosh", 0x1.999999999999ap-4, 0, 0x3ff0147f40224b38ULL},
	{"cosh", 0x1.4f8b588e368f1p-17, 0, 0x3ff0000000036f9cULL},
	{"cosh", 0x1.edd2f1a9fbe77p+6, 0, 0x4b01428e1cbc0143ULL},
	{"cosh", 0x1.56e1fc2f8f359p-997, 0, 0x3ff0000000000000ULL},
	{"cosh", 0x1.4p+1, 0, 0x40188776e4b30aa3ULL},
	{"cosh", -0x1.6666666666666p-1, 0, 0x3ff4152c1862342fULL},
	{"tanh", 0x1p-1, 0, 0x3fdd9353d7568af3ULL},
	{"tanh", 0x1p+0, 0, 0x3fe85efab514f394ULL},
	{"tanh", 0x1p+1, 0, 0x3feed9505e1bc3d4ULL},
	{"tanh", 0x1.8p+1, 0, 0x3fefd77d111a0b00ULL},
	{"tanh", 0x1.4p+3, 0, 0x3feffffffdc96f35ULL},
	{"tanh", 0x1.999999999999ap-4, 0, 0x3fb983d7795f413aULL},
	{"tanh", 0x1.4f8b588e368f1p-17, 0, 0x3ee4f8b588e06854ULL},
	{"tanh", 0x1.edd2f1a9fbe77p+6, 0, 0x3ff0000000000000ULL},
	{"tanh", 0x1.249ad2594c37dp+332, 0, 0x3ff0000000000000ULL},
	{"tanh", 0x1.56e1fc2f8f359p-997, 0, 0x01a56e1fc2f8f359ULL},
	{"tanh", 0x1.4p+1, 0, 0x3fef9258260a71c2ULL},
	{"tanh", -0x1.6666666666666p-1, 0, 0xbfe356fb17af2e92ULL},
	{"asin", 0x1p-1, 0, 0x3fe0c152382d7366ULL},
	{"asin", 0x1p+0, 0, 0x3ff921fb54442d18ULL},
	{"asin", 0x1.999999999999ap-4, 0, 0x3fb9a49276037884ULL},
	{"asin", 0x1.4f8b588e368f1p-17, 0, 0x3ee4f8b588e4e940ULL},
	{"asin", 0x1.56e1fc2f8f359p-997, 0, 0x01a56e1fc2f8f359ULL},
	{"asin", -0x1.6666666666666p-1, 0, 0xbfe8d00e692afd95ULL},
	{"acos", 0x1p-1, 0, 0x3ff0c152382d7366ULL},
	{"acos", 0x1p+0, 0, 0x0000000000000000ULL},
	{"acos", 0x1.999999999999ap-4, 0, 0x3ff787b22ce3f590ULL},
	{"acos", 0x1.4f8b588e368f1p-17, 0, 0x3ff921f0d7e968a6ULL},
	{"acos", 0x1.56e1fc2f8f359p-997, 0, 0x3ff921fb54442d18ULL},
	{"acos", -0x1.6666666666666p-1, 0, 0x4002c501446cd5f1ULL},
	{"log2", 0x1p-1, 0, 0xbff0000000000000ULL},
	{"log2", 0x1p+0, 0, 0x0000000000000000ULL},
	{"log2", 0x1p+1, 0, 0x3ff0000000000000ULL},
	{"log2", 0x1.8p+1, 0, 0x3ff95c01a39fbd68ULL},
	{"log2", 0x1.4p+3, 0, 0x400a934f0979a371ULL},
	{"log2", 0x1.999999999999ap-4, 0, 0xc00a934f0979a371ULL},
	{"log2", 0x1.4f8b588e368f1p-17, 0, 0xc0309c1165ec0627ULL},
	{"log2", 0x1.edd2f1a9fbe77p+6, 0, 0x401bca9a03b1083aULL},
	{"log2", 0x1.249ad2594c37dp+332, 0, 0x4074c315bf6707b1ULL},
	{"log2", 0x1.56e1fc2f8f359p-997, 0, 0xc08f24a09f1a8b89ULL},
	{"log2", 0x1.4p+1, 0, 0x3ff5269e12f346e3ULL},
	{"pow", 0x1p+1, 0x1.4p+3, 0x4090000000000000ULL},
	{"pow", 0x1p+1, 0x1p-1, 0x3ff6a09e667f3bcdULL},
	{"pow", 0x1.4p+3, -0x1p+1, 0x3f847ae147ae147bULL},
	{"pow", -0x1p+1, 0x1.8p+1, 0xc020000000000000ULL},
	{"pow", -0x1p+1, 0x1p+2, 0x4030000000000000ULL},
	{"pow", 0x1.8p+0, 0x1.4p+1, 0x40060b9fd68a4554ULL},
	{"pow", 0x1p-1, 0x1.9p+6, 0x39b0000000000000ULL},
	{"pow", 0x1.cp+2, 0x1.5555555555555p-2, 0x3ffe9b5dba58189dULL},
	{"pow", 0x1.9p+6, 0x1p-1, 0x4024000000000000ULL},
	{"pow", 0x1p+1, -0x1.0c8p+10, 0x0000000000000001ULL},
	{"pow", 0x1.4p+3, 0x1.34p+8, 0x7fe1ccf385ebc8a0ULL},
	{"atan2", 0x1p+0, 0x1p+0, 0x3fe921fb54442d18ULL},
	{"atan2", 0x1p+0, -0x1p+0, 0x4002d97c7f3321d2ULL},
	{"atan2", -0x1p+0, -0x1p+0, 0xc002d97c7f3321d2ULL},
	{"atan2", -0x1p+0, 0x1p+0, 0xbfe921fb54442d18ULL},
	{"atan2", 0x0p+0, -0x1p+0, 0x400921fb54442d18ULL},
	{"atan2", 0x1.8p+1, 0x1p+2, 0x3fe4978fa3269ee1ULL},
	{"atan2", 0x1.56e1fc2f8f359p-997, 0x1p+0, 0x01a56e1fc2f8f359ULL},
	{"fmod", 0x1.6p+2, 0x1p+1, 0x3ff8000000000000ULL},
	{"fmod", -0x1.6p+2, 0x1p+1, 0xbff8000000000000ULL},
	{"fmod", 0x1.6p+2, -0x1p+1, 0x3ff8000000000000ULL},
	{"fmod", 0x1.7e43c8800759cp+996, 0x1.8p+1, 0x0000000000000000ULL},
	{"fmod", 0x1.3333333333333p-2, 0x1.999999999999ap-4,
	 0x3fb9999999999998ULL},
	{"fmod", 0x1.cp+2, 0x1.cp+2, 0x0000000000000000ULL},
	{"hypot", 0x1.8p+1, 0x1p+2, 0x4014000000000000ULL},
	{"hypot", 0x1.7e43c8800759cp+996, 0x1.7e43c8800759cp+996,
	 0x7e40e4d50f99b211ULL},
	{"copysign", 0x1.8p+1, -0x0p+0, 0xc008000000000000ULL},
};

static uint64_t bits(double d)
{
	uint64_t b;

	memcpy(&b, &d, sizeof(b));
	return b;
}

/* How many doubles lie between a and b (both finite, same sign). */
static uint64_t ulps(double a, double b)
{
	uint64_t x = bits(a), y = bits(b);

	return x > y ? x - y : y - x;
}

static void table(void)
{
	int bad = 0, worst = 0;

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		const struct row *r = &rows[i];
		const struct fn *f = fns;
		double got, want;
		uint64_t d;

		while (strcmp(f->name, r->name) != 0)
			f++;
		got = f->f1 ? f->f1(r->x) : f->f2(r->x, r->y);
		memcpy(&want, &r->want, sizeof(want));
		d = ulps(got, want);
		if (d > (f->exact ? 0 : 2) || (bits(got) ^ r->want) >> 63) {
			bad++;
			printf("FAIL: %s(%a, %a) = %a, want %a\n", r->name,
			       r->x, r->y, got, want);
		} else if ((int)d > worst) {
			worst = (int)d;
		}
	}
	check(bad == 0, "%d results as glibc's, the farthest %d ulp off",
	      (int)(sizeof(rows) / sizeof(rows[0])) - bad, worst);
}

/* Checks that r is (or, for a NaN want, is also) want, and errno err. */
static void special(const char *what, double r, double want, int err)
{
	int same = isnan(want) ? isnan(r) : bits(r) == bits(want);

	check(same && errno == err, "%s = %g errno %d, want %g errno %d", what,
	      r, errno, want, err);
	errno = 0;
}

int main(void)
{
	table();
	errno = 0;
	special("sqrt(-1)", sqrt(-1), NAN, EDOM);
	special("sqrt(-0)", sqrt(-0.0), -0.0, 0);
	special("log(-1)", log(-1), NAN, EDOM);
	special("log(0)", log(0), -HUGE_VAL, ERANGE);
	special("log(inf)", log(INFINITY), INFINITY, 0);
	special("exp(1000)", exp(1000), HUGE_VAL, ERANGE);
	special("exp(-1000)", exp(-1000), 0, ERANGE);
	special("exp(-inf)", exp(-INFINITY), 0, 0);
	special("pow(-8, 1/3)", pow(-8, 1.0 / 3), NAN, EDOM);
	special("pow(0, -1)", pow(0, -1), HUGE_VAL, ERANGE);
	special("pow(-0, -3)", pow(-0.0, -3), -HUGE_VAL, ERANGE);
	special("pow(-0, 3)", pow(-0.0, 3), -0.0, 0);
	special("pow(nan, 0)", pow(NAN, 0), 1, 0);
	special("pow(1, nan)", pow(1, NAN), 1, 0);
	special("pow(-1, inf)", pow(-1, INFINITY), 1, 0);
	special("pow(0.5, -inf)", pow(0.5, -INFINITY), INFINITY, 0);
	special("pow(-inf, 3)", pow(-INFINITY, 3), -INFINITY, 0);
	special("pow(-inf, -2)", pow(-INFINITY, -2), 0, 0);
	special("pow(10, 400)", pow(10, 400), HUGE_VAL, ERANGE);
	special("fmod(1, 0)", fmod(1, 0), NAN, EDOM);
	special("fmod(5, inf)", fmod(5, INFINITY), 5, 0);
	special("floor(-0.5)", floor(-0.5), -1, 0);
	special("ceil(-0.5)", ceil(-0.5), -0.0, 0);
	special("round(-2.5)", round(-2.5), -3, 0);
	special("trunc(-inf)", trunc(-INFINITY), -INFINITY, 0);
	special("atan2(-0, -1)", atan2(-0.0, -1), -M_PI, 0);
	special("atan(inf)", atan(INFINITY), M_PI_2, 0);
	special("asin(2)", asin(2), NAN, EDOM);
	special("ldexp(1, -1074)", ldexp(1, -1074), 0x1p-1074, 0);
	special("ldexp(1, 1024)", ldexp(1, 1024), HUGE_VAL, ERANGE);
	{
		int e;
		double m = frexp(-48, &e), ip, fr = modf(-3.75, &ip);

		check(m == -0.75 && e == 6, "frexp(-48) = -0.75 * 2^6");
		m = frexp(0x1p-1070, &e);
		check(m == 0.5 && e == -1069, "frexp of a subnormal");
		check(fr == -0.75 && ip == -3, "modf(-3.75) = -3 + -0.75");
	}
	check(isnan(NAN) && isinf(-INFINITY) && signbit(-0.0) &&
		      fpclassify(0x1p-1070) == FP_SUBNORMAL && isfinite(1.0),
	      "the classification macros");
	return check_done();
}
