/*
 * The C library's own text-to-floating-point conversion (fpparse.c),
 * shared by strtod (strtod.c) and scanf (scanf.c). Not for programs.
 */
#ifndef FPPARSE_H
#define FPPARSE_H

#include <stdint.h>

/*
 * Converts the number at the start of s (after spaces: a sign, then
 * decimal or 0x hexadecimal digits with an optional point and exponent,
 * or inf, infinity, nan) to the bits of a double, or of a float (in the
 * low 32 bits) if is_float; correctly rounded, ERANGE on overflow and on
 * an inexact tiny result. *end (if end is not NULL) is set past the
 * number, or to s if there is none (the bits are then 0).
 */
uint64_t __fp_parse(const char *s, char **end, int is_float);

#endif
