// strtol, strtoul, strtoll and strtoull at their edges (C and POSIX):
// leading space and sign, bases 0 and 2 to 36 with the 0x and 0 prefixes,
// the limits and one past them (ERANGE with the clamped value), endptr
// past the digits or at the start when there are none, EINVAL for a bad
// base; the atoi family; errno untouched on success.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include "check.h"

#define ERR_NONE 0

/* Checks one conversion: value, errno (or ERR_NONE: left alone) and how
 * many characters endptr moved past. */
#define CHECK_CONV(name, fmt, s, base, want, err, used)                        \
	do {                                                                   \
		char *end;                                                     \
		errno = -1;                                                    \
		__typeof__(want) v = name(s, &end, base);                      \
		int e = errno == -1 ? ERR_NONE : errno;                        \
		check(v == (want) && e == (err) && end - (s) == (used),        \
		      #name "(\"%s\", %d) -> " fmt " %s +%d, want " fmt        \
			    " %s +%d",                                         \
		      s, base, v, errname(e), (int)(end - (s)), want,          \
		      errname(err), used);                                     \
	} while (0)

#define T_tol(s, b, w, e, u)   CHECK_CONV(strtol, "%ld", s, b, w, e, u)
#define T_toul(s, b, w, e, u)  CHECK_CONV(strtoul, "%lu", s, b, w, e, u)
#define T_toll(s, b, w, e, u)  CHECK_CONV(strtoll, "%lld", s, b, w, e, u)
#define T_toull(s, b, w, e, u) CHECK_CONV(strtoull, "%llu", s, b, w, e, u)

int main(void)
{
	T_tol("0", 10, 0L, ERR_NONE, 1);
	T_tol("  42xyz", 10, 42L, ERR_NONE, 4);
	T_tol("\t\n -17", 10, -17L, ERR_NONE, 6);
	T_tol("+", 10, 0L, ERR_NONE, 0);
	T_tol("-", 10, 0L, ERR_NONE, 0);
	T_tol("", 10, 0L, ERR_NONE, 0);
	T_tol("   ", 10, 0L, ERR_NONE, 0);
	T_tol("2147483647", 10, 2147483647L, ERR_NONE, 10);
	T_tol("2147483648", 10, 2147483647L, ERANGE, 10);
	T_tol("-2147483648", 10, -2147483647L - 1, ERR_NONE, 11);
	T_tol("-2147483649", 10, -2147483647L - 1, ERANGE, 11);
	T_tol("99999999999999999999999", 10, 2147483647L, ERANGE, 23);
	T_tol("0x1A", 0, 26L, ERR_NONE, 4);
	T_tol("0X1a", 16, 26L, ERR_NONE, 4);
	T_tol("1a", 16, 26L, ERR_NONE, 2);
	T_tol("0x", 0, 0L, ERR_NONE, 1);
	T_tol("0x", 16, 0L, ERR_NONE, 1);
	T_tol("0xg", 16, 0L, ERR_NONE, 1);
	T_tol("010", 0, 8L, ERR_NONE, 3);
	T_tol("08", 0, 0L, ERR_NONE, 1);
	T_tol("0", 0, 0L, ERR_NONE, 1);
	T_tol("-0x80000000", 0, -2147483647L - 1, ERR_NONE, 11);
	T_tol("0x80000000", 0, 2147483647L, ERANGE, 10);
	T_tol("z", 36, 35L, ERR_NONE, 1);
	T_tol("Zz", 36, 1295L, ERR_NONE, 2);
	T_tol("101", 2, 5L, ERR_NONE, 3);
	T_tol("102", 2, 2L, ERR_NONE, 2);
	T_tol("777", 8, 511L, ERR_NONE, 3);
	T_tol("9", 8, 0L, ERR_NONE, 0);
	T_tol("10", 1, 0L, EINVAL, 0);
	T_tol("10", 37, 0L, EINVAL, 0);
	T_tol("10", -1, 0L, EINVAL, 0);
	T_tol(" +0x7fffffff", 16, 2147483647L, ERR_NONE, 12);
	T_toul("4294967295", 10, 4294967295UL, ERR_NONE, 10);
	T_toul("4294967296", 10, 4294967295UL, ERANGE, 10);
	T_toul("-1", 10, 4294967295UL, ERR_NONE, 2);
	T_toul("-4294967295", 10, 1UL, ERR_NONE, 11);
	T_toul("-4294967296", 10, 4294967295UL, ERANGE, 11);
	T_toul("0xffffffff", 0, 4294967295UL, ERR_NONE, 10);
	T_toul(" -0", 10, 0UL, ERR_NONE, 3);
	T_toll("9223372036854775807", 10, 9223372036854775807LL, ERR_NONE, 19);
	T_toll("9223372036854775808", 10, 9223372036854775807LL, ERANGE, 19);
	T_toll("-9223372036854775808", 10, -9223372036854775807LL - 1, ERR_NONE,
	       20);
	T_toll("-9223372036854775809", 10, -9223372036854775807LL - 1, ERANGE,
	       20);
	T_toll("0x7fffffffffffffff", 0, 9223372036854775807LL, ERR_NONE, 18);
	T_toll("01777777777777777777777", 0, 9223372036854775807LL, ERANGE, 23);
	T_toull("18446744073709551615", 10, 18446744073709551615ULL, ERR_NONE,
		20);
	T_toull("18446744073709551616", 10, 18446744073709551615ULL, ERANGE,
		20);
	T_toull("-1", 10, 18446744073709551615ULL, ERR_NONE, 2);
	T_toull("0xFFFFFFFFFFFFFFFF", 16, 18446744073709551615ULL, ERR_NONE,
		18);
	T_toull("1111111111111111111111111111111111111111111111111111111111111111",
		2, 18446744073709551615ULL, ERR_NONE, 64);
	T_toull("11111111111111111111111111111111111111111111111111111111111111111",
		2, 18446744073709551615ULL, ERANGE, 65);
	check(strtol("12", NULL, 10) == 12, "endptr may be NULL");
	check(atoi(" -123abc") == -123 && atol("2147483647") == LONG_MAX &&
		      atoll("-9223372036854775807") == -LLONG_MAX,
	      "atoi, atol, atoll");
	check(strtoimax("-9223372036854775808", NULL, 0) == INTMAX_MIN &&
		      strtoumax("0x10", NULL, 0) == 16,
	      "strtoimax, strtoumax");
	return check_done();
}
