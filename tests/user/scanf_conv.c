// sscanf, fscanf and scanf: integers in every base and size (with %i's
// prefixes), %n, suppression with '*', widths, %s, %c, scansets with
// ranges and ']' and '^', literal bytes and "%%", white space in the
// format, matching failures (the count so far) and end of input (EOF);
// floating point stored as bits (no FPU needed), hex floats, inf, nan;
// fscanf over /etc/numbers.txt and scanf from stdin. Results as glibc's.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

static uint64_t dbits(double d)
{
	uint64_t b;

	memcpy(&b, &d, sizeof(b));
	return b;
}

static uint32_t fbits(float f)
{
	uint32_t b;

	memcpy(&b, &f, sizeof(b));
	return b;
}

static void integers(void)
{
	int a = 0, b = 0, c = 0, n = 0, r;
	unsigned u = 0;
	long long ll = 0;
	short h = 0;
	signed char hh = 0;
	void *p = NULL;

	r = sscanf("  42 -17 +8", "%d%d%d", &a, &b, &c);
	check(r == 3 && a == 42 && b == -17 && c == 8, "%%d three times");
	r = sscanf("0x1f 017 19 -0x10", "%i %i %i %i", &a, &b, &c, &n);
	check(r == 4 && a == 31 && b == 15 && c == 19 && n == -16,
	      "%%i with 0x, 0 and none: %d %d %d %d", a, b, c, n);
	r = sscanf("ff 777 101 -1", "%x %o %d %u", &a, &b, &c, &u);
	check(r == 4 && a == 255 && b == 511 && c == 101 && u == 4294967295u,
	      "%%x %%o %%u");
	r = sscanf("-9223372036854775808 70000 300", "%lld %hd %hhd", &ll, &h,
		   &hh);
	check(r == 3 && ll == -9223372036854775807LL - 1 && h == 4464 &&
		      hh == 44,
	      "%%lld %%hd %%hhd truncate as C's conversions: %hd %hhd", h, hh);
	r = sscanf("12345678", "%3d%2d%d", &a, &b, &c);
	check(r == 3 && a == 123 && b == 45 && c == 678, "widths split digits");
	r = sscanf("abc 12", "%*s %n%d", &n, &a);
	check(r == 1 && n == 4 && a == 12,
	      "%%*s skips, %%n counts 4, no count");
	r = sscanf("0x7fffabcd", "%p", &p);
	check(r == 1 && p == (void *)0x7fffabcd, "%%p");
	r = sscanf("12abc", "%d%d", &a, &b);
	check(r == 1 && a == 12, "a matching failure returns the count so far");
	r = sscanf("xyz", "%d", &a);
	check(r == 0, "no digits: 0");
	r = sscanf("", "%d", &a);
	check(r == EOF, "empty input: EOF");
	r = sscanf("   ", " %d", &a);
	check(r == EOF, "only spaces: EOF");
}

static void strings(void)
{
	char s1[16], s2[16], s3[16], c3[4] = "###";
	int a = 0, b = 0, r;

	r = sscanf("  hello world", "%s%s", s1, s2);
	check(r == 2 && strcmp(s1, "hello") == 0 && strcmp(s2, "world") == 0,
	      "%%s twice");
	r = sscanf("abcdef", "%3s%s", s1, s2);
	check(r == 2 && strcmp(s1, "abc") == 0 && strcmp(s2, "def") == 0,
	      "%%3s");
	r = sscanf(" xyz", "%c%2c", &c3[0], &c3[1]);
	check(r == 2 && memcmp(c3, " xy", 4) == 0,
	      "%%c takes spaces, %%2c two bytes, no NUL");
	r = sscanf("key=value;rest", "%[a-z]=%[^;];%s", s1, s2, s3);
	check(r == 3 && strcmp(s1, "key") == 0 && strcmp(s2, "value") == 0 &&
		      strcmp(s3, "rest") == 0,
	      "scansets with a range and with ^");
	r = sscanf("]]x", "%[]]%c", s1, &c3[0]);
	check(r == 2 && strcmp(s1, "]]") == 0 && c3[0] == 'x',
	      "']' first in a scanset");
	r = sscanf("a-b", "%[-a]", s1);
	check(r == 1 && strcmp(s1, "a-") == 0, "'-' first is itself");
	r = sscanf("100%  7", "%d%% %d", &a, &b);
	check(r == 2 && a == 100 && b == 7, "\"%%%%\" matches a percent sign");
	r = sscanf("(1,2)", " ( %d , %d )", &a, &a);
	check(r == 2 && a == 2, "literal bytes and spaces around them");
	r = sscanf("1;2", "%d,%d", &a, &a);
	check(r == 1, "a literal that does not match ends the scan");
	r = sscanf("", "%[a]", s1);
	check(r == EOF, "a scanset on empty input: EOF");
}

static void floats(void)
{
	double d = 0, e = 0;
	float f = 0;
	long double ld = 0;
	struct {
		uint64_t m;
		uint16_t se;
	} lbits;
	int r, n = 0;

	r = sscanf("3.25 -1e-3 0.1", "%lf %lf %f", &d, &e, &f);
	check(r == 3 && dbits(d) == 0x400a000000000000ULL &&
		      dbits(e) == 0xbf50624dd2f1a9fcULL &&
		      fbits(f) == 0x3dcccccdU,
	      "%%lf %%lf %%f");
	r = sscanf("0x1.8p1 inf -nan 1e400", "%lf %lf %lf %lf%n", &d, &e, &e,
		   &e, &n);
	check(r == 4 && dbits(d) == 0x4008000000000000ULL &&
		      dbits(e) == 0x7ff0000000000000ULL && n == 22,
	      "hex, inf, nan, overflow to inf");
	r = sscanf("2.5e+2x", "%lf", &d);
	check(r == 1 && dbits(d) == 0x406f400000000000ULL, "2.5e+2 then x");
	r = sscanf("-1.5", "%Lf", &ld);
	memcpy(&lbits, &ld, 10);
	check(r == 1 && lbits.m == 0xc000000000000000ULL && lbits.se == 0xbfff,
	      "%%Lf stores the 80-bit form of -1.5");
	r = sscanf("1.2.3", "%lf%lf", &d, &e);
	check(r == 2 && dbits(d) == 0x3ff3333333333333ULL &&
		      dbits(e) == 0x3fd3333333333333ULL,
	      "1.2 then .3");
	r = sscanf("-.", "%lf", &d);
	check(r == 0, "\"-.\" is no number");
}

static void streams(void)
{
	FILE *f = fopen("/etc/numbers.txt", "r");
	int v, sum = 0, count = 0;
	char word[16];

	while (f != NULL && fscanf(f, "%d", &v) == 1) {
		sum += v;
		count++;
	}
	check(f != NULL && count == 10 && sum == 231 && feof(f),
	      "fscanf read the 10 numbers of /etc/numbers.txt (sum %d)", sum);
	if (f != NULL)
		fclose(f);
	freopen("/etc/motd", "r", stdin);
	check(scanf("%15s to %d", word, &v) == 1 &&
		      strcmp(word, "Welcome") == 0,
	      "scanf from stdin: \"%s\"", word);
	check(scanf("%15s", word) == 1 && strcmp(word, "kestrel,") == 0,
	      "the next scanf goes on where the last stopped: \"%s\"", word);
}

int main(void)
{
	integers();
	strings();
	floats();
	streams();
	return check_done();
}
