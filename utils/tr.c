/*
 * tr: copies standard input to standard output, translating the bytes of
 * string1 into those of string2, deleting (-d) those of string1, or
 * squeezing (-s) runs of one byte into one; -c takes the complement of
 * string1 (all bytes not in it, in order) instead.
 *
 * The strings may hold escapes (\n \t \\ \NNN octal ...), ranges (a-z),
 * classes ([:upper:] [:lower:] [:digit:] [:space:] [:alpha:] [:alnum:]
 * [:blank:] [:cntrl:] [:graph:] [:print:] [:punct:] [:xdigit:]),
 * [=c=], and in string2 [c*n] (n times c) or [c*] (c as often as string1
 * needs). Each is expanded into a plain list of bytes first; a string2
 * shorter than string1 is padded with its last byte.
 *
 *	tr [-c] [-s] string1 string2
 *	tr -s [-c] string1
 *	tr -d [-c] string1
 *	tr -ds [-c] string1 string2
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAXSET 4096 /* bytes in an expanded string */

struct set {
	unsigned char c[MAXSET];
	int n;
	int fill; /* index of [c*]'s place, or -1 */
};

static const struct {
	const char *name;
	int (*is)(int);
} classes[] = {
	{"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank},
	{"cntrl", iscntrl}, {"digit", isdigit}, {"graph", isgraph},
	{"lower", islower}, {"print", isprint}, {"punct", ispunct},
	{"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
};

static void die(const char *what, const char *s)
{
	fprintf(stderr, "tr: %s%s%s\n", what, s ? ": " : "", s ? s : "");
	exit(1);
}

static void usage(void)
{
	fprintf(stderr, "usage: tr [-c] [-d] [-s] string1 [string2]\n");
	exit(2);
}

static void add(struct set *s, int c)
{
	if (s->n == MAXSET)
		die("string too long", NULL);
	s->c[s->n++] = c;
}

/* Reads one byte at *p, an escape or not, and moves *p past it. */
static int one_byte(const char **p)
{
	const char *s = *p;
	int c, i;

	if (*s != '\\' || s[1] == 0) {
		*p = s + 1;
		return (unsigned char)*s;
	}
	s++;
	if (*s >= '0' && *s <= '7') {
		for (c = 0, i = 0; i < 3 && *s >= '0' && *s <= '7'; i++)
			c = c * 8 + *s++ - '0';
		*p = s;
		return c & 0xff;
	}
	*p = s + 1;
	switch (*s) {
	case 'a':
		return '\a';
	case 'b':
		return '\b';
	case 'f':
		return '\f';
	case 'n':
		return '\n';
	case 'r':
		return '\r';
	case 't':
		return '\t';
	case 'v':
		return '\v';
	default:
		return (unsigned char)*s;
	}
}

/* Expands a bracketed item at *p ("[:alpha:]", "[=c=]", "[c*n]") into
 * s; returns 0 if *p is not one (a plain '[' then). */
static int bracket(const char **p, struct set *s, int second)
{
	const char *b = *p, *end;
	unsigned i, k;
	char *nend;
	long n;
	int c;

	if (b[1] == ':' && (end = strstr(b + 2, ":]"))) {
		for (k = 0; k < sizeof(classes) / sizeof(classes[0]); k++) {
			if (strlen(classes[k].name) == (size_t)(end - b - 2) &&
			    strncmp(classes[k].name, b + 2, end - b - 2) == 0)
				break;
		}
		if (k == sizeof(classes) / sizeof(classes[0]))
			die("invalid class", b);
		for (i = 0; i < 256; i++)
			if (classes[k].is(i))
				add(s, i);
		*p = end + 2;
		return 1;
	}
	if (b[1] == '=' && b[2] && b[3] == '=' && b[4] == ']') {
		add(s, (unsigned char)b[2]);
		*p = b + 5;
		return 1;
	}
	b++;
	c = one_byte(&b);
	if (!second || *b != '*' || !(end = strchr(b, ']')))
		return 0;
	n = strtol(b + 1, &nend, b[1] == '0' ? 8 : 10);
	if (nend != end || n < 0)
		return 0;
	if (n == 0) {
		if (s->fill >= 0)
			die("only one [c*] may be given", NULL);
		s->fill = s->n;
		n = 1;
	}
	while (n-- > 0)
		add(s, c);
	*p = end + 1;
	return 1;
}

/* Expands string str into s; second: it is string2. */
static void expand(const char *str, struct set *s, int second)
{
	int c, d, i;

	s->n = 0;
	s->fill = -1;
	while (*str) {
		if (*str == '[' && bracket(&str, s, second))
			continue;
		c = one_byte(&str);
		if (*str == '-' && str[1]) {
			str++;
			d = one_byte(&str);
			if (d < c)
				die("range out of order", NULL);
			for (i = c; i <= d; i++)
				add(s, i);
		} else {
			add(s, c);
		}
	}
}

/* Replaces s with the bytes it lacks, in order. */
static void complement(struct set *s)
{
	unsigned char in[256] = {0};
	int i;

	for (i = 0; i < s->n; i++)
		in[s->c[i]] = 1;
	s->n = 0;
	for (i = 0; i < 256; i++)
		if (!in[i])
			add(s, i);
}

/* Makes string2 as long as string1: [c*]'s c fills the middle, or the
 * last byte is repeated at the end. */
static void stretch(struct set *s2, int len)
{
	int more = len - s2->n, i;

	if (more <= 0)
		return;
	if (s2->fill >= 0) {
		memmove(s2->c + s2->fill + more, s2->c + s2->fill,
			s2->n - s2->fill);
		for (i = 1; i <= more; i++)
			s2->c[s2->fill + i] = s2->c[s2->fill];
		s2->n += more;
		return;
	}
	while (s2->n < len)
		add(s2, s2->c[s2->n - 1]);
}

int main(int argc, char *argv[])
{
	static struct set s1, s2;
	int map[256], del[256] = {0}, squeeze[256] = {0};
	int c, i, cflag = 0, dflag = 0, sflag = 0, last = -1;

	while ((c = getopt(argc, argv, "cCds")) != -1) {
		switch (c) {
		case 'c':
		case 'C':
			cflag = 1;
			break;
		case 'd':
			dflag = 1;
			break;
		case 's':
			sflag = 1;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1 || argc > 2 || (argc == 2 && dflag && !sflag) ||
	    (argc == 1 && !dflag && !sflag))
		usage();
	expand(argv[0], &s1, 0);
	if (cflag)
		complement(&s1);
	for (i = 0; i < 256; i++)
		map[i] = i;
	if (argc == 2) {
		expand(argv[1], &s2, 1);
		if (s2.n == 0)
			die("string2 must not be empty", NULL);
		if (!dflag) {
			stretch(&s2, s1.n);
			for (i = 0; i < s1.n; i++)
				map[s1.c[i]] = s2.c[i];
		}
	}
	for (i = 0; i < s1.n; i++)
		del[s1.c[i]] = dflag;
	/* -s squeezes string2's bytes, or string1's when it is alone. */
	if (sflag) {
		const struct set *sq = argc == 2 ? &s2 : &s1;

		for (i = 0; i < sq->n; i++)
			squeeze[sq->c[i]] = 1;
	}
	while ((c = getchar()) != EOF) {
		if (del[c])
			continue;
		c = map[c];
		if (squeeze[c] && c == last)
			continue;
		putchar(c);
		last = c;
	}
	return 0;
}
