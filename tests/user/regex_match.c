// regcomp and regexec against a table of patterns, subjects and the
// offsets POSIX asks for, worked out by hand: every construct of basic
// and extended syntax, leftmost-longest matching, the subexpression rule
// when several parses match (where glibc answers differently, the line
// says so), back-references, classes, REG_ICASE, REG_NEWLINE, REG_NOTBOL
// and REG_NOTEOL, and the edges (empty pattern and subject, a**, (),
// x{0}, nested groups, a lone ')' in an ERE).
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

#define B 0
#define E REG_EXTENDED
#define I REG_ICASE
#define N REG_NEWLINE

struct match_case {
	int cflags;
	const char *pattern;
	const char *subject;
	int eflags;
	/* pmatch[0..re_nsub] as "(so,eo)...", or "nomatch" */
	const char *want;
};

static const struct match_case cases[] = {
	/* Basic syntax: literals, '.', '*', anchors at the ends only. */
	{B, "abc", "xabcy", 0, "(1,4)"},
	{B, "a.c", "abc", 0, "(0,3)"},
	{B, "a.c", "a\nc", 0, "(0,3)"},
	{B, "a*", "aaa", 0, "(0,3)"},
	{B, "a*", "baaa", 0, "(0,0)"},
	{B, "ab*c", "ac", 0, "(0,2)"},
	{B, "^abc", "abc", 0, "(0,3)"},
	{B, "^abc", "xabc", 0, "nomatch"},
	{B, "abc$", "xabc", 0, "(1,4)"},
	{B, "a^b", "a^b", 0, "(0,3)"},
	{B, "a$b", "a$b", 0, "(0,3)"},
	{B, "*a", "x*a", 0, "(1,3)"},
	{B, "^*", "*", 0, "(0,1)"},
	{B, "\\(*a\\)", "*a", 0, "(0,2)(0,2)"},
	/* POSIX leaves a** open; here it is (a*)*. glibc: REG_BADRPT. */
	{B, "a**", "aa", 0, "(0,2)"},
	{B, "a+", "aa+", 0, "(1,3)"},
	{B, "a?", "a?", 0, "(0,2)"},
	{B, "a|b", "a|b", 0, "(0,3)"},
	{B, "\\(a|b\\)", "a|b", 0, "(0,3)(0,3)"},
	{B, "\\.\\*\\[", "a.*[", 0, "(1,4)"},
	{B, "{", "{", 0, "(0,1)"},
	/* Basic subexpressions, intervals and back-references. */
	{B, "\\(ab\\)*c", "ababc", 0, "(0,5)(2,4)"},
	{B, "\\(a\\)\\(b\\)\\(c\\)", "abc", 0, "(0,3)(0,1)(1,2)(2,3)"},
	{B, "\\(^a\\)", "a", 0, "(0,1)(0,1)"},
	{B, "x\\(^a\\)", "x^a", 0, "nomatch"},
	{B, "\\(a$\\)", "aa", 0, "(1,2)(1,2)"},
	{B, "a\\{2\\}", "aaa", 0, "(0,2)"},
	{B, "a\\{2,\\}", "aaaa", 0, "(0,4)"},
	{B, "a\\{1,2\\}", "aaa", 0, "(0,2)"},
	{B, "a\\{0\\}b", "ab", 0, "(1,2)"},
	{B, "\\(a\\)\\1", "aa", 0, "(0,2)(0,1)"},
	{B, "\\(a*\\)b\\1", "aabaa", 0, "(0,5)(0,2)"},
	{B, "\\(a*\\)b\\1", "aaba", 0, "(1,4)(1,2)"},
	{B, "\\(a\\)*\\1", "aab", 0, "(0,2)(0,1)"},
	{B, "\\([ab]\\)\\1*", "abbbc", 0, "(0,1)(0,1)"},
	/* A later empty time round, kept only for the back-reference.
	 * glibc: (0,2)(0,0)(-1,-1). */
	{B, "\\(a*\\)*\\(x\\)\\1", "ax", 0, "(0,2)(1,1)(1,2)"},
	/* POSIX's own example: \(a*\)* on "bc" gives \1 = the null string. */
	{B, "\\(a*\\)*", "bc", 0, "(0,0)(0,0)"},
	{B, "\\(.*\\).*", "abcdef", 0, "(0,6)(0,6)"},
	/* Extended syntax: alternation, + ? {}, groups. */
	{E, "a|b", "cb", 0, "(1,2)"},
	{E, "a|bcd", "abcd", 0, "(0,1)"},
	{E, "ab|abcd|abc", "abcd", 0, "(0,4)"},
	{E, "a+", "baaa", 0, "(1,4)"},
	{E, "ab?c", "ac", 0, "(0,2)"},
	{E, "a{2,3}", "aaaa", 0, "(0,3)"},
	{E, "a{2,}", "aaaaa", 0, "(0,5)"},
	{E, "x{0}y", "xy", 0, "(1,2)"},
	{E, "(x){0}y", "xy", 0, "(1,2)(-1,-1)"},
	{E, "(ab){2}", "ababab", 0, "(0,4)(2,4)"},
	{E, "(a)(b(c))", "abc", 0, "(0,3)(0,1)(1,3)(2,3)"},
	{E, "((a)(b))", "ab", 0, "(0,2)(0,2)(0,1)(1,2)"},
	{E, "(((((((((a)))))))))", "a", 0,
	 "(0,1)(0,1)(0,1)(0,1)(0,1)(0,1)(0,1)(0,1)(0,1)(0,1)"},
	{E, "(.*)c(.*)", "abcde", 0, "(0,5)(0,2)(3,5)"},
	{E, "a**", "aaa", 0, "(0,3)"},
	{E, "a+?", "aaa", 0, "(0,3)"},
	{E, "a)", "a)", 0, "(0,2)"},
	{E, "\\(", "(", 0, "(0,1)"},
	{E, "a\\|b", "a|b", 0, "(0,3)"},
	{E, "(a+)b\\1", "aabaa", 0, "(0,5)(0,2)"},
	{E, "a$", "a\nb", 0, "nomatch"},
	{E, "^$", "", 0, "(0,0)"},
	{E, "$", "abc", 0, "(3,3)"},
	/* Empty patterns, groups, alternatives and subjects. */
	{B, "", "", 0, "(0,0)"},
	{E, "", "abc", 0, "(0,0)"},
	{E, "()", "", 0, "(0,0)(0,0)"},
	{E, "a()b", "ab", 0, "(0,2)(1,1)"},
	{E, "a|", "b", 0, "(0,0)"},
	{E, "a", "", 0, "nomatch"},
	{B, "a*", "", 0, "(0,0)"},
	/* Several parses, one longest match: each subpattern, left to
	 * right, takes the longest it can. glibc: (0,1)(1,4)(4,4). */
	{E, "(a|ab)(c|bcd)(d*)", "abcd", 0, "(0,4)(0,2)(2,3)(3,4)"},
	{E, "(ab|a)(bc|c)", "abc", 0, "(0,3)(0,2)(2,3)"},
	{E, "(a*)(b|abc)(c*)", "abc", 0, "(0,3)(0,1)(1,2)(2,3)"},
	{E, "(a+|b)*", "ab", 0, "(0,2)(1,2)"},
	{E, "(a|b)*c|(a|ab)*c", "abc", 0, "(0,3)(1,2)(-1,-1)"},
	{E, "(a)|b", "b", 0, "(0,1)(-1,-1)"},
	/* The repetition's whole span first, then each time round. */
	{E, "(a|ab|c|bcd)*(d*)", "ababcd", 0, "(0,6)(3,6)(6,6)"},
	{E, "(aa|a)*", "aaa", 0, "(0,3)(2,3)"},
	{E, "(a*){2}(x)", "ax", 0, "(0,2)(1,1)(1,2)"},
	/* No empty time round after the seventh. glibc: \1 = (8,8). */
	{E, "X(.?){0,8}Y", "X1234567Y", 0, "(0,9)(7,8)"},
	/* Empty time rounds: only as the first. */
	{E, "(a*)*", "b", 0, "(0,0)(0,0)"},
	{E, "(a*)*", "a", 0, "(0,1)(0,1)"},
	{E, "(a*)+", "b", 0, "(0,0)(0,0)"},
	{E, "(a*)+", "aa", 0, "(0,2)(0,2)"},
	/* A subexpression inside a repetition reports its last time round,
	 * unmatched if that round did not use it. glibc keeps the earlier
	 * round's: \2 = (0,1), then (0,2). */
	{E, "((a)|b)+", "ab", 0, "(0,2)(1,2)(-1,-1)"},
	{E, "((..)|(.))*", "aaa", 0, "(0,3)(2,3)(-1,-1)(2,3)"},
	/* Bracket expressions. */
	{E, "[a-c]+", "xbcaz", 0, "(1,4)"},
	{E, "[^a-c]+", "abxyc", 0, "(2,4)"},
	{B, "[]a]", "]", 0, "(0,1)"},
	{B, "[^]a]", "]ab", 0, "(2,3)"},
	{E, "[a-]+", "x-a-", 0, "(1,4)"},
	{E, "[]-]+", "a]-", 0, "(1,3)"},
	{E, "[--/]+", "a-./b", 0, "(1,4)"},
	{E, "[[.-.]a]+", "-a", 0, "(0,2)"},
	{E, "[[=a=]]", "ba", 0, "(1,2)"},
	{E, "[\\]+", "a\\\\b", 0, "(1,3)"},
	{E, "[[]", "a[", 0, "(1,2)"},
	{E, "[[:alpha:]]+", "12ab3", 0, "(2,4)"},
	{E, "[[:digit:]]+", "ab12c", 0, "(2,4)"},
	{E, "[[:alnum:]]+", "-a1-", 0, "(1,3)"},
	{E, "[[:upper:]]+", "abCDe", 0, "(2,4)"},
	{E, "[[:lower:]]+", "ABcdE", 0, "(2,4)"},
	{E, "[[:space:]]+", "x \t\ny", 0, "(1,4)"},
	{E, "[[:blank:]]+", "x \t\ny", 0, "(1,3)"},
	{E, "[[:punct:]]+", "ab!?c", 0, "(2,4)"},
	{E, "[[:print:]]+", "\001ab \002", 0, "(1,4)"},
	{E, "[[:graph:]]+", "\001ab \002", 0, "(1,3)"},
	{E, "[[:cntrl:]]+", "ab\001\002c", 0, "(2,4)"},
	{E, "[[:xdigit:]]+", "xyzaF9g", 0, "(3,6)"},
	{E, "[[:digit:]x-z]+", "a9x0z", 0, "(1,5)"},
	{E, "[^[:alpha:]]", "ab1", 0, "(2,3)"},
	/* REG_ICASE. */
	{E | I, "abc", "xABc", 0, "(1,4)"},
	{E | I, "[a-c]+", "BaC", 0, "(0,3)"},
	{E | I, "[^a]", "Ab", 0, "(1,2)"},
	{E | I, "[[:upper:]]+", "abC", 0, "(0,3)"},
	{B | I, "\\(a\\)\\1", "aA", 0, "(0,2)(0,1)"},
	{E, "abc", "ABC", 0, "nomatch"},
	/* REG_NEWLINE: ^ and $ at every line; '.' and [^...] stop at
	 * newlines, a matching list does not. */
	{E, "^b", "a\nb", 0, "nomatch"},
	{E | N, "^b", "a\nb", 0, "(2,3)"},
	{E | N, "a$", "a\nb", 0, "(0,1)"},
	{E | N, "^$", "a\n\nb", 0, "(2,2)"},
	{E | N, "^a|^b", "xa\nb", 0, "(3,4)"},
	{E, "a.b", "a\nb", 0, "(0,3)"},
	{E | N, "a.b", "a\nb", 0, "nomatch"},
	{E, "a[^x]b", "a\nb", 0, "(0,3)"},
	{E | N, "a[^x]b", "a\nb", 0, "nomatch"},
	{E | N, "a[\n]b", "a\nb", 0, "(0,3)"},
	{E | N, "a[[:space:]]b", "a\nb", 0, "(0,3)"},
	/* REG_NOTBOL and REG_NOTEOL. */
	{E, "^a", "a", REG_NOTBOL, "nomatch"},
	{E | N, "^a", "a\na", REG_NOTBOL, "(2,3)"},
	{E, "a$", "a", REG_NOTEOL, "nomatch"},
	{E | N, "a$", "a\na", REG_NOTEOL, "(0,1)"},
	{E, "^$", "", REG_NOTBOL, "nomatch"},
	{E, "a", "a", REG_NOTBOL | REG_NOTEOL, "(0,1)"},
};

/* Copies s into buf with control bytes shown as \n, \t or \ooo. */
static const char *escape(char *buf, size_t size, const char *s)
{
	size_t len = 0;

	for (; *s && len + 5 < size; s++) {
		if (*s == '\n')
			len += snprintf(buf + len, size - len, "\\n");
		else if (*s == '\t')
			len += snprintf(buf + len, size - len, "\\t");
		else if ((unsigned char)*s < ' ')
			len += snprintf(buf + len, size - len, "\\%03o", *s);
		else
			buf[len++] = *s;
	}
	buf[len] = 0;
	return buf;
}

/* Formats what regexec gave for pmatch[0..nsub] like the table does. */
static void format(char *buf, size_t size, int r, const regmatch_t *pm,
		   size_t nsub)
{
	size_t i, len = 0;

	if (r == REG_NOMATCH) {
		snprintf(buf, size, "nomatch");
		return;
	}
	if (r != 0) {
		snprintf(buf, size, "error %d", r);
		return;
	}
	buf[0] = 0;
	for (i = 0; i <= nsub && len < size; i++)
		len += snprintf(buf + len, size - len, "(%d,%d)", pm[i].rm_so,
				pm[i].rm_eo);
}

static void check_case(const struct match_case *c)
{
	regex_t re;
	regmatch_t pm[12];
	char got[160], pat[64], subj[64];
	int r = regcomp(&re, c->pattern, c->cflags);

	escape(pat, sizeof(pat), c->pattern);
	escape(subj, sizeof(subj), c->subject);
	if (r != 0) {
		check(0, "regcomp(\"%s\", 0x%x) failed with %d", pat, c->cflags,
		      r);
		return;
	}
	memset(pm, 0, sizeof(pm));
	r = regexec(&re, c->subject, 12, pm, c->eflags);
	format(got, sizeof(got), r, pm, re.re_nsub);
	check(strcmp(got, c->want) == 0,
	      "/%s/ 0x%x on \"%s\" 0x%x: want %s, got %s", pat, c->cflags, subj,
	      c->eflags, c->want, got);
	regfree(&re);
}

int main(void)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);
	return check_done();
}
