/*
 * POSIX regular expressions, basic (BRE) and extended (ERE): regcomp
 * compiles a pattern, regexec matches it against a string (leftmost, then
 * longest), regerror explains an error code, regfree releases a pattern.
 * The engine is user/lib/regex.c; its opening comment tells how it works.
 */
#ifndef _REGEX_H
#define _REGEX_H

#include <stddef.h>

/* The most a bound in a{m,n} may say (POSIX puts it in <limits.h> too). */
#ifndef RE_DUP_MAX
#define RE_DUP_MAX 255
#endif

/* A byte offset into the subject string; -1 for "no match". */
typedef int regoff_t;

/* A compiled pattern. Only re_nsub is for the caller to read. */
typedef struct {
	size_t re_nsub;		       /* parenthesized subexpressions */
	struct regex_prog *re_private; /* the compiled program */
} regex_t;

/* Where the whole match (pmatch[0]) or subexpression i (pmatch[i]) is. */
typedef struct {
	regoff_t rm_so; /* offset of the first byte, or -1 */
	regoff_t rm_eo; /* offset just past the last byte, or -1 */
} regmatch_t;

/* regcomp's cflags. */
#define REG_EXTENDED 0x1 /* extended syntax (ERE) instead of basic (BRE) */
#define REG_ICASE    0x2 /* upper and lower case match each other */
#define REG_NOSUB    0x4 /* report only match or no match */
#define REG_NEWLINE  0x8 /* a newline ends a line for ., [^...], ^ and $ */

/* regexec's eflags. */
#define REG_NOTBOL 0x1 /* the string's start is not a line's start for ^ */
#define REG_NOTEOL 0x2 /* the string's end is not a line's end for $ */

/* Error codes: regexec returns REG_NOMATCH, regcomp the others. */
#define REG_NOMATCH  1	/* no part of the string matched */
#define REG_BADPAT   2	/* invalid pattern (or a \ before a letter) */
#define REG_ECOLLATE 3	/* a collating element that is not one byte */
#define REG_ECTYPE   4	/* an unknown [:class:] name */
#define REG_EESCAPE  5	/* a \ at the end of the pattern */
#define REG_ESUBREG  6	/* \N names a subexpression not yet closed */
#define REG_EBRACK   7	/* [ without its ] */
#define REG_EPAREN   8	/* ( without ) or, in a BRE, \) without \( */
#define REG_EBRACE   9	/* { without } */
#define REG_BADBR    10 /* a bound that is not m, m, or m,n with m <= n */
#define REG_ERANGE   11 /* a range whose end comes before its start */
#define REG_ESPACE   12 /* out of memory, or the search took too long */
#define REG_BADRPT   13 /* *, +, ? or { with nothing to repeat */
#define REG_ENOSYS   14 /* kept for old programs; never returned */

/* Compiles pattern into *preg; returns 0 or one of the codes above. */
int regcomp(regex_t *preg, const char *pattern, int cflags);
/*
 * Matches string against *preg. Returns 0 and fills pmatch[0..nmatch-1]
 * (unless REG_NOSUB), REG_NOMATCH, or REG_ESPACE.
 */
int regexec(const regex_t *preg, const char *string, size_t nmatch,
	    regmatch_t pmatch[], int eflags);
/*
 * Writes the message for errcode into errbuf (at most errbuf_size bytes,
 * always NUL-terminated when errbuf_size > 0); returns the size the whole
 * message needs, NUL included.
 */
size_t regerror(int errcode, const regex_t *preg, char *errbuf,
		size_t errbuf_size);
/* Frees what regcomp allocated for *preg. */
void regfree(regex_t *preg);

#endif
