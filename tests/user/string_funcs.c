// The string and stdlib functions beside strtol: strtok and strtok_r,
// strspn, strcspn, strpbrk, strstr, strrchr, memchr, strndup, strlcpy,
// strlcat, strcasecmp, strncasecmp, stpcpy, strncat, basename and dirname
// over POSIX's table, strerror and strsignal, abs and div, rand's first
// numbers from seed 1 (POSIX's example generator), random's range.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "check.h"

static void tokens(void)
{
	char s[] = "  a,b;;c  ", t[] = "x:y", *save, *p;
	char out[40] = "";

	for (p = strtok(s, " ,;"); p != NULL; p = strtok(NULL, " ,;")) {
		strcat(out, p);
		strcat(out, "|");
	}
	check(strcmp(out, "a|b|c|") == 0, "strtok: \"%s\"", out);
	check(strtok(NULL, " ") == NULL, "strtok after the end: NULL");
	p = strtok_r(t, ":", &save);
	check(strcmp(p, "x") == 0 &&
		      strcmp(strtok_r(NULL, ":", &save), "y") == 0 &&
		      strtok_r(NULL, ":", &save) == NULL,
	      "strtok_r");
	strcpy(s, ";;;");
	check(strtok(s, ";") == NULL, "strtok of only delimiters: NULL");
}

static void searching(void)
{
	const char *s = "hello, world";

	check(strspn(s, "leh") == 4 && strspn(s, "") == 0 &&
		      strspn("", "a") == 0,
	      "strspn");
	check(strcspn(s, ",") == 5 && strcspn(s, "") == 12, "strcspn");
	check(strpbrk(s, "wo") == s + 4 && strpbrk(s, "xyz") == NULL,
	      "strpbrk");
	check(strstr(s, "world") == s + 7 && strstr(s, "") == s &&
		      strstr(s, "worlds") == NULL &&
		      strstr("aab", "ab") != NULL,
	      "strstr");
	check(strrchr(s, 'o') == s + 8 && strrchr(s, 0) == s + 12 &&
		      strchr(s, 'z') == NULL,
	      "strchr, strrchr");
	check(memchr(s, 'w', 12) == s + 7 && memchr(s, 'w', 7) == NULL,
	      "memchr stops at n");
}

static void copying(void)
{
	char buf[8], *d;

	d = strndup("abcdef", 3);
	check(d != NULL && strcmp(d, "abc") == 0, "strndup cuts at n");
	free(d);
	d = strndup("ab", 10);
	check(d != NULL && strcmp(d, "ab") == 0, "strndup of a shorter string");
	free(d);
	check(strlcpy(buf, "truncated", sizeof(buf)) == 9 &&
		      strcmp(buf, "truncat") == 0,
	      "strlcpy cuts and terminates, returns the full length");
	strcpy(buf, "ab");
	check(strlcat(buf, "cdefghij", sizeof(buf)) == 10 &&
		      strcmp(buf, "abcdefg") == 0,
	      "strlcat");
	check(stpcpy(buf, "xyz") == buf + 3, "stpcpy returns the end");
	strcpy(buf, "ab");
	check(strcmp(strncat(buf, "cdef", 2), "abcd") == 0, "strncat");
	check(strcasecmp("HeLLo", "hello") == 0 && strcasecmp("a", "B") < 0 &&
		      strncasecmp("abcX", "ABCy", 3) == 0 &&
		      strncasecmp("abcX", "ABCy", 4) < 0,
	      "strcasecmp, strncasecmp");
}

/* POSIX's examples for basename and dirname. */
static void paths(void)
{
	static const char *const table[][3] = {
		{"usr", ".", "usr"},
		{"usr/", ".", "usr"},
		{"", ".", "."},
		{"/", "/", "/"},
		{"//", "/", "/"},
		{"///", "/", "/"},
		{"/usr/", "/", "usr"},
		{"/usr/lib", "/usr", "lib"},
		{"//usr//lib//", "//usr", "lib"},
		{"/home//dwc//test", "/home//dwc", "test"},
		{".", ".", "."},
		{"..", ".", ".."},
	};
	char a[32], b[32];
	int bad = 0;

	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		strcpy(a, table[i][0]);
		strcpy(b, table[i][0]);
		if (strcmp(dirname(a), table[i][1]) != 0 ||
		    strcmp(basename(b), table[i][2]) != 0) {
			bad++;
			printf("FAIL: \"%s\": dirname \"%s\" basename \"%s\"\n",
			       table[i][0], a, b);
		}
	}
	check(bad == 0, "dirname and basename of POSIX's examples");
	check(strcmp(dirname(NULL), ".") == 0 &&
		      strcmp(basename(NULL), ".") == 0,
	      "NULL gives \".\"");
}

static void numbers(void)
{
	div_t q = div(-7, 2);
	ldiv_t l = ldiv(7L, -2L);
	int first[5], ok = 1;

	check(abs(-5) == 5 && labs(-5L) == 5 &&
		      llabs(-5000000000LL) == 5000000000LL,
	      "abs, labs, llabs");
	check(q.quot == -3 && q.rem == -1 && l.quot == -3 && l.rem == 1,
	      "div and ldiv round toward zero");
	srand(1);
	for (int i = 0; i < 5; i++)
		first[i] = rand();
	check(first[0] == 16838 && first[1] == 5758 && first[2] == 10113 &&
		      first[3] == 17515 && first[4] == 31051,
	      "rand from seed 1: %d %d %d %d %d", first[0], first[1], first[2],
	      first[3], first[4]);
	srand(1);
	check(rand() == 16838, "srand(1) starts over");
	srandom(7);
	for (int i = 0; i < 1000; i++) {
		long r = random();

		ok &= r >= 0 && r <= 0x7fffffff;
	}
	check(ok, "random stays in 0 to 2^31 - 1");
}

static void messages(void)
{
	char buf[8];

	check(strcmp(strerror(ENOENT), "No such file or directory") == 0 &&
		      strcmp(strerror(12345), "Unknown error 12345") == 0,
	      "strerror");
	check(strerror_r(EDOM, buf, sizeof(buf)) == ERANGE &&
		      strcmp(buf, "Numeric") == 0,
	      "strerror_r cuts and says ERANGE");
	check(strcmp(strsignal(SIGSEGV), "Segmentation fault") == 0 &&
		      strcmp(strsignal(99), "Unknown signal 99") == 0,
	      "strsignal");
}

int main(void)
{
	tokens();
	searching();
	copying();
	paths();
	numbers();
	messages();
	return check_done();
}
