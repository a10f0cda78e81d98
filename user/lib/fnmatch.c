/*
 * fnmatch: the shell's wildcards (POSIX "Pattern Matching Notation").
 * A * is matched by trying each length in turn, recursively; the
 * patterns programs use are short, so the cost is no concern.
 */
#include <ctype.h>
#include <fnmatch.h>
#include <string.h>

/* c as compared: folded to lower case with FNM_CASEFOLD. */
static int fold(int c, int flags)
{
	return (flags & FNM_CASEFOLD) ? tolower(c) : c;
}

/*
 * Matches c against the bracket expression at *pp (just after the '[').
 * Returns 1 or 0 and leaves *pp after the ']'; -1 if there is no ']'
 * (then the '[' is an ordinary character).
 */
static int bracket(const char **pp, int c, int flags)
{
	const unsigned char *p = (const unsigned char *)*pp;
	int negate = 0, matched = 0, first = 1;

	if (*p == '!' || *p == '^') {
		negate = 1;
		p++;
	}
	for (; *p != ']' || first; first = 0) {
		int lo, hi;

		if (*p == '\0')
			return -1;
		if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1] != '\0')
			p++;
		lo = *p++;
		hi = lo;
		if (*p == '-' && p[1] != ']' && p[1] != '\0') {
			p++;
			if (*p == '\\' && !(flags & FNM_NOESCAPE) &&
			    p[1] != '\0')
				p++;
			hi = *p++;
		}
		if ((flags & FNM_CASEFOLD) && isalpha(c)) {
			if ((tolower(c) >= fold(lo, flags) &&
			     tolower(c) <= fold(hi, flags)) ||
			    (toupper(c) >= lo && toupper(c) <= hi))
				matched = 1;
		} else if (c >= lo && c <= hi) {
			matched = 1;
		}
	}
	*pp = (const char *)p + 1;
	return matched != negate;
}

/* Whether s is at a position where FNM_PERIOD forbids a wildcard to
 * match a period: the name's start, or after a slash with FNM_PATHNAME. */
static int leading(const char *s, const char *start, int flags)
{
	if (!(flags & FNM_PERIOD) || *s != '.')
		return 0;
	return s == start || ((flags & FNM_PATHNAME) && s[-1] == '/');
}

static int match(const char *p, const char *s, const char *start, int flags)
{
	for (;; p++, s++) {
		int c = (unsigned char)*s, r;

		switch (*p) {
		case '\0':
			return c == '\0';
		case '?':
			if (c == '\0' || ((flags & FNM_PATHNAME) && c == '/') ||
			    leading(s, start, flags))
				return 0;
			break;
		case '*':
			while (p[1] == '*')
				p++;
			if (leading(s, start, flags))
				return 0;
			for (;; s++) {
				if (match(p + 1, s, start, flags))
					return 1;
				if (*s == '\0' ||
				    ((flags & FNM_PATHNAME) && *s == '/'))
					return 0;
			}
		case '[': {
			const char *q = p + 1;

			if (c == '\0' || ((flags & FNM_PATHNAME) && c == '/') ||
			    leading(s, start, flags))
				return 0;
			r = bracket(&q, c, flags);
			if (r == 0)
				return 0;
			if (r > 0) {
				p = q - 1;
				break;
			}
			if (c != '[')
				return 0;
			break;
		}
		case '\\':
			if (!(flags & FNM_NOESCAPE) && p[1] != '\0')
				p++;
			/* fall through */
		default:
			if (fold((unsigned char)*p, flags) != fold(c, flags))
				return 0;
			break;
		}
	}
}

/* See <fnmatch.h>. */
int fnmatch(const char *pattern, const char *string, int flags)
{
	return match(pattern, string, string, flags) ? 0 : FNM_NOMATCH;
}
