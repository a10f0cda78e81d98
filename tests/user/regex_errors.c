// regcomp's error codes, each from malformed patterns (every code POSIX
// names), regerror's messages with its truncation and size rules, re_nsub,
// REG_NOSUB, pmatch entries past re_nsub, and REG_ESPACE from a pattern
// nested too deep, a program too big, and a search with too many parses.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 60
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

#define B 0
#define E REG_EXTENDED

struct error_case {
	int cflags;
	const char *pattern;
	int want;
};

static const struct error_case errors[] = {
	{E, "a\\", REG_EESCAPE},
	{B, "a\\", REG_EESCAPE},
	{E, "[a", REG_EBRACK},
	{B, "[a", REG_EBRACK},
	{E, "[]", REG_EBRACK},
	{E, "[^]", REG_EBRACK},
	{E, "[[:alpha:]", REG_EBRACK},
	{E, "[[:alpha", REG_EBRACK},
	{E, "[[.a", REG_EBRACK},
	{E, "a{", REG_EBRACE},
	{E, "a{1", REG_EBRACE},
	{E, "a{1,", REG_EBRACE},
	{E, "a{1,2", REG_EBRACE},
	{B, "a\\{1", REG_EBRACE},
	{B, "a\\{1,2\\", REG_EBRACE},
	{E, "a{2,1}", REG_BADBR},
	{B, "a\\{2,1\\}", REG_BADBR},
	{E, "a{x}", REG_BADBR},
	{E, "a{,2}", REG_BADBR},
	{E, "a{1,2,3}", REG_BADBR},
	{E, "a{256}", REG_BADBR},
	{E, "a{9876543210}", REG_BADBR},
	{E, "(a", REG_EPAREN},
	{E, "((a)", REG_EPAREN},
	{E, "(a|b", REG_EPAREN},
	{B, "\\(a", REG_EPAREN},
	{B, "a\\)", REG_EPAREN},
	{E, "[[:nope:]]", REG_ECTYPE},
	{B, "[[:Alpha:]]", REG_ECTYPE},
	{E, "\\1", REG_ESUBREG},
	{E, "(a)\\2", REG_ESUBREG},
	{B, "\\(a\\1\\)", REG_ESUBREG},
	{B, "\\0", REG_ESUBREG},
	{E, "*a", REG_BADRPT},
	{E, "+a", REG_BADRPT},
	{E, "?a", REG_BADRPT},
	{E, "{1}a", REG_BADRPT},
	{E, "a|*b", REG_BADRPT},
	{E, "(*a)", REG_BADRPT},
	{E, "^*", REG_BADRPT},
	{E, "a$+", REG_BADRPT},
	{B, "\\{1\\}a", REG_BADRPT},
	{E, "[z-a]", REG_ERANGE},
	{B, "[z-a]", REG_ERANGE},
	{E, "[a-c-e]", REG_ERANGE},
	{E, "[[:alpha:]-z]", REG_ERANGE},
	{E, "[a-[:alpha:]]", REG_ERANGE},
	{E, "[[=a=]-z]", REG_ERANGE},
	{E, "[[.ab.]]", REG_ECOLLATE},
	{E, "[[=ab=]]", REG_ECOLLATE},
	{E, "[[..]]", REG_ECOLLATE},
	{E, "\\w+", REG_BADPAT},
	{B, "a\\s", REG_BADPAT},
	/* 255 * 255 copies of a: more than a program may hold. */
	{E, "(a{255}){255}", REG_ESPACE},
	/* Patterns that are right, for contrast. */
	{E, "a{255}", 0},
	{E, "a{0,255}", 0},
	{E, "[a-a]", 0},
	{E, "a)", 0},
	{B, "a\\}", 0},
};

static void check_errors(void)
{
	regex_t re;
	size_t i;
	int r;

	for (i = 0; i < sizeof(errors) / sizeof(errors[0]); i++) {
		r = regcomp(&re, errors[i].pattern, errors[i].cflags);
		check(r == errors[i].want, "regcomp(\"%s\", %s) is %d: got %d",
		      errors[i].pattern, errors[i].cflags ? "ERE" : "BRE",
		      errors[i].want, r);
		if (r == 0)
			regfree(&re);
	}
	r = regcomp(&re, "a", 0x100);
	check(r == REG_BADPAT, "an unknown cflags bit is REG_BADPAT: got %d",
	      r);
}

/* regerror: the size it returns, and what fits into a small buffer. */
static void check_regerror(void)
{
	static const int codes[] = {
		REG_NOMATCH, REG_BADPAT, REG_ECOLLATE, REG_ECTYPE, REG_EESCAPE,
		REG_ESUBREG, REG_EBRACK, REG_EPAREN,   REG_EBRACE, REG_BADBR,
		REG_ERANGE,  REG_ESPACE, REG_BADRPT,
	};
	char msgs[13][80], small[5], one[1] = {'x'};
	size_t i, j, n;
	regex_t re;

	for (i = 0; i < 13; i++) {
		n = regerror(codes[i], &re, NULL, 0);
		check(n > 1 && n <= sizeof(msgs[i]),
		      "regerror(%d, NULL, 0) gives a size: %u", codes[i],
		      (unsigned)n);
		check(regerror(codes[i], &re, msgs[i], sizeof(msgs[i])) == n &&
			      strlen(msgs[i]) == n - 1,
		      "code %d: \"%s\", %u bytes with the NUL", codes[i],
		      msgs[i], (unsigned)n);
		for (j = 0; j < i; j++)
			check(strcmp(msgs[i], msgs[j]) != 0,
			      "codes %d and %d have different messages",
			      codes[i], codes[j]);
	}
	n = regerror(REG_EBRACK, &re, small, sizeof(small));
	check(n == strlen(msgs[6]) + 1 && strlen(small) == 4 &&
		      strncmp(small, msgs[6], 4) == 0,
	      "a 5-byte buffer gets 4 bytes and a NUL (\"%s\"), and the return "
	      "is still the whole size (%u)",
	      small, (unsigned)n);
	n = regerror(REG_EBRACK, &re, one, 1);
	check(one[0] == 0 && n == strlen(msgs[6]) + 1,
	      "a 1-byte buffer gets just the NUL");
	n = regerror(12345, &re, NULL, 0);
	check(n > 1, "an unknown code still has a message (%u bytes)",
	      (unsigned)n);
}

/* re_nsub counts the subexpressions of the syntax in use. */
static void check_nsub(const char *pattern, int cflags, size_t want)
{
	regex_t re;
	int r = regcomp(&re, pattern, cflags);

	check(r == 0 && re.re_nsub == want, "re_nsub of \"%s\" is %u: got %u",
	      pattern, (unsigned)want, r == 0 ? (unsigned)re.re_nsub : 99u);
	if (r == 0)
		regfree(&re);
}

/* What regexec writes to pmatch, and what it leaves alone. */
static void check_pmatch(void)
{
	regex_t re;
	regmatch_t pm[4];
	int r;

	regcomp(&re, "(a)(b)?", REG_EXTENDED);
	memset(pm, 0x55, sizeof(pm));
	r = regexec(&re, "xa", 4, pm, 0);
	check(r == 0 && pm[0].rm_so == 1 && pm[0].rm_eo == 2 &&
		      pm[1].rm_so == 1 && pm[2].rm_so == -1 &&
		      pm[2].rm_eo == -1 && pm[3].rm_so == -1 &&
		      pm[3].rm_eo == -1,
	      "unmatched (b)? and pmatch[3] past re_nsub are (-1,-1)");
	memset(pm, 0x55, sizeof(pm));
	r = regexec(&re, "xa", 1, pm, 0);
	check(r == 0 && pm[0].rm_so == 1 && pm[1].rm_so == 0x55555555,
	      "with nmatch 1 only pmatch[0] is written");
	check(regexec(&re, "xa", 0, NULL, 0) == 0,
	      "nmatch 0 with no pmatch at all");
	check(regexec(&re, "xyz", 4, pm, 0) == REG_NOMATCH,
	      "no match is REG_NOMATCH");
	regfree(&re);

	regcomp(&re, "(a)", REG_EXTENDED | REG_NOSUB);
	memset(pm, 0x55, sizeof(pm));
	r = regexec(&re, "xa", 4, pm, 0);
	check(r == 0 && pm[0].rm_so == 0x55555555,
	      "REG_NOSUB: a match, and pmatch left alone");
	check(regexec(&re, "xyz", 4, pm, 0) == REG_NOMATCH,
	      "REG_NOSUB: no match is still REG_NOMATCH");
	regfree(&re);
}

/* Nesting: depth is fine up to a point, then REG_ESPACE, not a crash. */
static void check_depth(int depth, int want)
{
	char pattern[256];
	regex_t re;
	regmatch_t pm[2];
	int i, r;

	for (i = 0; i < depth; i++)
		pattern[i] = '(';
	pattern[depth] = 'a';
	for (i = 0; i < depth; i++)
		pattern[depth + 1 + i] = ')';
	pattern[2 * depth + 1] = 0;
	r = regcomp(&re, pattern, REG_EXTENDED);
	check(r == want, "%d nested groups: regcomp gives %d: got %d", depth,
	      want, r);
	if (r != 0)
		return;
	r = regexec(&re, "xa", 2, pm, 0);
	check(r == 0 && pm[1].rm_so == 1 && pm[1].rm_eo == 2,
	      "%d nested groups match \"a\" at (1,2)", depth);
	regfree(&re);
}

/*
 * (a|aa)* on a row of a's: a match is found at once, but the ways to
 * split the row into a and aa grow as the Fibonacci numbers, and with
 * offsets asked for regexec tries them, so it runs out of steps.
 */
static void check_budget(void)
{
	char row[61];
	regex_t re;
	regmatch_t pm[2];
	int r;

	memset(row, 'a', 60);
	row[60] = 0;
	regcomp(&re, "(a|aa)*", REG_EXTENDED);
	r = regexec(&re, row, 1, pm, 0);
	check(r == 0 && pm[0].rm_so == 0 && pm[0].rm_eo == 60,
	      "without offsets (a|aa)* matches 60 a's at once: (%d,%d)",
	      pm[0].rm_so, pm[0].rm_eo);
	r = regexec(&re, row, 2, pm, 0);
	check(r == REG_ESPACE,
	      "with offsets it runs out of steps: REG_ESPACE (got %d)", r);
	r = regexec(&re, "aaaaa", 2, pm, 0);
	check(r == 0 && pm[1].rm_so == 4 && pm[1].rm_eo == 5,
	      "on 5 a's it finds aa, aa, a: \\1 = (4,5): got (%d,%d)",
	      pm[1].rm_so, pm[1].rm_eo);
	regfree(&re);
}

int main(void)
{
	check_errors();
	check_regerror();
	check_nsub("\\(a\\)\\(b\\)", 0, 2);
	check_nsub("(a)(b)", 0, 0);
	check_nsub("\\(a\\)", REG_EXTENDED, 0);
	check_nsub("(a)(b(c))|(d)", REG_EXTENDED, 4);
	check_nsub("", REG_EXTENDED, 0);
	check_pmatch();
	check_depth(60, 0);
	check_depth(100, REG_ESPACE);
	check_budget();
	return check_done();
}
