// printf's integer, character and string conversions against the strings
// C requires (checked against glibc): every flag, width and precision
// (with '*'), the length modifiers hh h l ll j z t q, %n, and snprintf's
// return value and truncation.
// expect: exit 0
// expect-output: ^printf: -9223372036854775808 18446744073709551615 \|0x0000002a\|$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include "check.h"

/* Formats the arguments with vsnprintf and checks the text and length. */
static void T(const char *want, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	check(strcmp(buf, want) == 0 && n == (int)strlen(want),
	      "format \"%s\" gives \"%s\" (%d), want \"%s\"", fmt, buf, n,
	      want);
}

/* snprintf keeps n-1 characters and a NUL, and returns the full length. */
static void truncation(void)
{
	char b[8];
	int n;

	memset(b, 'x', sizeof(b));
	n = snprintf(b, 4, "%d", 123456);
	check(n == 6 && strcmp(b, "123") == 0 && b[4] == 'x',
	      "snprintf(b, 4, \"%%d\", 123456) -> %d, \"%s\"", n, b);
	n = snprintf(NULL, 0, "%lld", -1234567890123LL);
	check(n == 14, "snprintf(NULL, 0, ...) counts 14 characters: %d", n);
	b[0] = 'x';
	n = snprintf(b, 1, "abc");
	check(n == 3 && b[0] == 0, "snprintf(b, 1) stores only the NUL");
}

/* %n stores the count so far, in the size its length modifier says. */
static void count(void)
{
	signed char hh = 1;
	short h = 1;
	long long ll = -1;
	int n = -1;

	printf("%s%n|%hhn|%hn|%lln|\n", "count", &n, &hh, &h, &ll);
	check(n == 5 && hh == 6 && h == 7 && ll == 8,
	      "%%n stored 5 6 7 8: %d %d %d %lld", n, hh, h, ll);
}

int main(void)
{
	const char *nul = NULL;

	T("0", "%d", 0);
	T("-2147483648", "%d", -2147483647 - 1);
	T("2147483647", "%i", 2147483647);
	T("   42|42   |-0042", "%5d|%-5d|%05d", 42, 42, -42);
	T("+5  5 +5", "%+d % d %+ d", 5, 5, 5);
	T("-5 -5", "%+d % d", -5, -5);
	T("|||0|", "%.0d|%.0x|%.0o|%#.0o|%#.0x", 0, 0, 0, 0, 0);
	T("007|-007|     007|-007    |     007",
	  "%.3d|%.3d|%8.3d|%-8.3d|%08.3d", 7, -7, 7, -7, 7);
	T("010|0|  010|010|00010", "%#o|%#o|%#5o|%#.3o|%#.5o", 8, 0, 8, 8, 8);
	T("0xff|0XFF|0|0x0000ff|0xff    |", "%#x|%#X|%#x|%#08x|%#-8x|", 255,
	  255, 0, 255, 255);
	T("deadbeef DEADBEEF 777 4294967295", "%x %X %o %u", 0xdeadbeefu,
	  0xdeadbeefu, 0777u, 4294967295u);
	T("44 44 ff", "%hhd %hhu %hhx", 300, 300, -1);
	T("4464 4464 ffff", "%hd %hu %hx", 70000, 70000, -1);
	T("-1 4294967295 12345678", "%ld %lu %lx", -1L, 4294967295UL,
	  0x12345678UL);
	T("-9223372036854775808", "%lld", -9223372036854775807LL - 1);
	T("18446744073709551615", "%llu", 18446744073709551615ULL);
	T("123456789abcdef FEDCBA9876543210 1777777777777777777777",
	  "%llx %llX %llo", 0x0123456789abcdefULL, 0xfedcba9876543210ULL,
	  01777777777777777777777ULL);
	T("4294967296 7", "%lld %d", 4294967296LL, 7);
	T("         777|", "% *llo|", 12, 511LL);
	T("     1|2     |3     |", "%*d|%-*d|%*d|", 6, 1, 6, 2, -6, 3);
	T("0005|5|", "%.*d|%.*d|", 4, 5, -1, 5);
	T("    -12345|", "%*.*lld|", 10, 4, -12345LL);
	T("-1 18446744073709551615 10000000000", "%jd %ju %jx", (intmax_t)-1,
	  (uintmax_t)18446744073709551615ULL, (uintmax_t)1 << 40);
	T("-3 4000000000 ff", "%zd %zu %zx", (ssize_t)-3, (size_t)4000000000u,
	  (size_t)255);
	T("-9 20", "%td %tx", (ptrdiff_t)-9, (ptrdiff_t)32);
	T("1099511627776", "%qd", 1099511627776LL);
	T("ffffffffff", "%Lx", 0xffffffffffULL);
	T("hello|     hello|hello     |he|       hel||",
	  "%s|%10s|%-10s|%.2s|%10.3s|%.0s|", "hello", "hello", "hello", "hello",
	  "hello", "hello");
	T("x|    y|z    |A", "%c|%5c|%-5c|%c", 'x', 'y', 'z', 256 + 'A');
	T("%|%|%|", "%%|%5%|%-5%|");
	T("(null)", "%s", nul);
	T("     abc|3       |4       |", "%08.3s|%-08d|%0-8d|", "abcdef", 3, 4);
	T("10 10 3", "%+o %+x % u", 8u, 16u, 3u);
	T("0x100000000 040000000000", "%#llx %#llo", 0x100000000ULL,
	  0x100000000ULL);
	T("-0000001234567890123|+1234567890123      | 0000001234567890123|",
	  "%020lld|%-+20lld|% 020lld|", -1234567890123LL, 1234567890123LL,
	  1234567890123LL);
	T("-128 -32768", "%hhi %hi", (signed char)-128, (short)-32768);
	T("%y3", "%y%d", 3);
	truncation();
	count();
	printf("printf: %lld %llu |%*p|\n", -9223372036854775807LL - 1,
	       18446744073709551615ULL, 7, (void *)0x2a);
	return check_done();
}
