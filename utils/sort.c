/*
 * sort: sorts the lines of the files (or of standard input) together and
 * writes them to standard output, or to -o's file once all is read. The
 * lines are held in memory, each as getline gave it, and sorted by a
 * stable merge sort of pointers to them.
 *
 * Lines are compared by their keys in order (-k), or as wholes, then, if
 * all keys are equal and -u is not given, by all their bytes (POSIX's
 * last resort; -r still reverses it). -u keeps the first of each run of
 * lines with equal keys. Fields are runs of non-blanks, each with the
 * blanks before it, or with -t the text between separators.
 *
 * -c only checks that the input is sorted (with -u: and has no equal
 * lines), and -m merges sorted files, which sorting them does too.
 *
 *	sort [-cmbfnru] [-t char] [-k keydef]... [-o output] [file...]
 *	keydef: field[.char][bfnr][,field[.char][bfnr]]
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#define MAXKEYS 16

enum { NUMERIC = 1, REVERSE = 2, FOLD = 4, BLANKS = 8, BLANKS_END = 16 };

struct key {
	int sfield, schar; /* where it starts: field and character, from 1 */
	int efield, echar; /* where it ends; efield 0: the line's end, */
	int flags;	   /* echar 0: the end of field efield */
};

struct line {
	char *text; /* without its newline */
	size_t len;
};

static struct key keys[MAXKEYS];
static int nkeys;
static int gflags;	   /* the flags given as options, for keys without */
static int separator = -1; /* -t's character, or -1: blank-separated */
static int unique;	   /* -u */
static int check;	   /* -c */

static struct line *lines;
static size_t nlines, maxlines;

static void die(const char *what, const char *detail)
{
	if (detail)
		fprintf(stderr, "sort: %s: %s\n", what, detail);
	else
		fprintf(stderr, "sort: %s\n", what);
	exit(2);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p)
		die("out of memory", NULL);
	return p;
}

/* Reads the flags letters at *sp into *flags; end is true at a key's end. */
static void key_flags(const char **sp, int *flags, int end)
{
	for (;; (*sp)++) {
		switch (**sp) {
		case 'b':
			*flags |= end ? BLANKS_END : BLANKS;
			break;
		case 'f':
			*flags |= FOLD;
			break;
		case 'n':
			*flags |= NUMERIC;
			break;
		case 'r':
			*flags |= REVERSE;
			break;
		default:
			return;
		}
	}
}

/* Reads "field[.char]" at *sp; exits unless field >= 1, char >= min. */
static void key_position(const char **sp, int *field, int *chr, int min,
			 const char *def)
{
	char *end;

	*field = strtol(*sp, &end, 10);
	if (end == *sp || *field < 1)
		die("invalid key", def);
	*sp = end;
	if (**sp == '.') {
		*chr = strtol(*sp + 1, &end, 10);
		if (end == *sp + 1 || *chr < min)
			die("invalid key", def);
		*sp = end;
	}
}

/* Adds the key of -k def. */
static void add_key(const char *def)
{
	struct key *k = &keys[nkeys];
	const char *s = def;

	if (nkeys == MAXKEYS)
		die("too many keys", NULL);
	k->schar = 1;
	key_position(&s, &k->sfield, &k->schar, 1, def);
	key_flags(&s, &k->flags, 0);
	if (*s == ',') {
		s++;
		key_position(&s, &k->efield, &k->echar, 0, def);
		key_flags(&s, &k->flags, 1);
	}
	if (*s)
		die("invalid key", def);
	nkeys++;
}

/* Where field number field (from 1) starts, its leading blanks included. */
static size_t field_start(const struct line *l, int field)
{
	size_t i = 0;

	while (--field > 0 && i < l->len) {
		if (separator >= 0) {
			while (i < l->len && l->text[i] != separator)
				i++;
			if (i < l->len)
				i++;
		} else {
			while (i < l->len && isblank((unsigned char)l->text[i]))
				i++;
			while (i < l->len &&
			       !isblank((unsigned char)l->text[i]))
				i++;
		}
	}
	return i;
}

/* Where the field that starts at i ends. */
static size_t field_end(const struct line *l, size_t i)
{
	if (separator >= 0) {
		while (i < l->len && l->text[i] != separator)
			i++;
		return i;
	}
	while (i < l->len && isblank((unsigned char)l->text[i]))
		i++;
	while (i < l->len && !isblank((unsigned char)l->text[i]))
		i++;
	return i;
}

static size_t skip_blanks(const struct line *l, size_t i)
{
	while (i < l->len && isblank((unsigned char)l->text[i]))
		i++;
	return i;
}

/* Finds key k in line l: its first byte and length. */
static const char *find_key(const struct key *k, int flags,
			    const struct line *l, size_t *len)
{
	size_t start, end;

	start = field_start(l, k->sfield);
	if (flags & BLANKS)
		start = skip_blanks(l, start);
	start += k->schar - 1;
	if (start > l->len)
		start = l->len;
	if (k->efield == 0) {
		end = l->len;
	} else if (k->echar == 0) {
		end = field_end(l, field_start(l, k->efield));
	} else {
		end = field_start(l, k->efield);
		if (flags & BLANKS_END)
			end = skip_blanks(l, end);
		end += k->echar;
		if (end > l->len)
			end = l->len;
	}
	*len = end > start ? end - start : 0;
	return l->text + start;
}

/*
 * A number at the start of s[0..n): blanks, an optional '-', digits, an
 * optional fraction. Sets its sign (-1, 0 for zero, 1), its integer
 * digits without leading zeros and its fraction digits.
 */
struct num {
	int sign;
	const char *ip, *fp; /* integer and fraction digits */
	size_t ilen, flen;
};

static void parse_num(const char *s, size_t n, struct num *v)
{
	const char *end = s + n, *p;
	int neg = 0, nonzero = 0;

	while (s < end && isblank((unsigned char)*s))
		s++;
	if (s < end && *s == '-') {
		neg = 1;
		s++;
	}
	while (s < end && *s == '0')
		s++;
	for (p = s; p < end && isdigit((unsigned char)*p); p++)
		nonzero = 1;
	v->ip = s;
	v->ilen = p - s;
	v->fp = p;
	v->flen = 0;
	if (p < end && *p == '.') {
		v->fp = ++p;
		for (; p < end && isdigit((unsigned char)*p); p++)
			nonzero |= *p != '0';
		v->flen = p - v->fp;
	}
	v->sign = !nonzero ? 0 : neg ? -1 : 1;
}

/* Compares two numbers' magnitudes. */
static int magnitude_cmp(const struct num *a, const struct num *b)
{
	size_t i;
	int r;

	if (a->ilen != b->ilen)
		return a->ilen < b->ilen ? -1 : 1;
	if ((r = memcmp(a->ip, b->ip, a->ilen)) != 0)
		return r;
	for (i = 0; i < a->flen || i < b->flen; i++) {
		char ca = i < a->flen ? a->fp[i] : '0';
		char cb = i < b->flen ? b->fp[i] : '0';

		if (ca != cb)
			return ca < cb ? -1 : 1;
	}
	return 0;
}

static int numeric_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	struct num x, y;

	parse_num(a, alen, &x);
	parse_num(b, blen, &y);
	if (x.sign != y.sign)
		return x.sign < y.sign ? -1 : 1;
	return x.sign * magnitude_cmp(&x, &y);
}

static int text_cmp(const char *a, size_t alen, const char *b, size_t blen,
		    int fold)
{
	size_t i;
	int ca, cb;

	for (i = 0; i < alen && i < blen; i++) {
		ca = (unsigned char)a[i];
		cb = (unsigned char)b[i];
		if (fold) {
			ca = toupper(ca);
			cb = toupper(cb);
		}
		if (ca != cb)
			return ca - cb;
	}
	return alen < blen ? -1 : alen > blen;
}

/* Compares by the keys alone. */
static int key_cmp(const struct line *a, const struct line *b)
{
	const char *ka, *kb;
	size_t alen, blen;
	int i, r, flags;

	for (i = 0; i < nkeys; i++) {
		flags = keys[i].flags ? keys[i].flags : gflags;
		ka = find_key(&keys[i], flags, a, &alen);
		kb = find_key(&keys[i], flags, b, &blen);
		if (flags & NUMERIC)
			r = numeric_cmp(ka, alen, kb, blen);
		else
			r = text_cmp(ka, alen, kb, blen, flags & FOLD);
		if (r)
			return flags & REVERSE ? -r : r;
	}
	return 0;
}

/* Compares as the output's order wants. */
static int line_cmp(const struct line *a, const struct line *b)
{
	int r = key_cmp(a, b);

	if (r || unique)
		return r;
	r = text_cmp(a->text, a->len, b->text, b->len, 0);
	return gflags & REVERSE ? -r : r;
}

/* Sorts v[0..n) by merging its sorted halves through tmp: stable. */
static void merge_sort(struct line **v, struct line **tmp, size_t n)
{
	size_t half = n / 2, i = 0, j = half, k = 0;

	if (n < 2)
		return;
	merge_sort(v, tmp, half);
	merge_sort(v + half, tmp, n - half);
	while (i < half && j < n)
		tmp[k++] = line_cmp(v[j], v[i]) < 0 ? v[j++] : v[i++];
	while (i < half)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof(*v));
}

/* Reads all of f's lines into lines[]. */
static void read_lines(FILE *f)
{
	char *text = NULL;
	size_t cap = 0;
	ssize_t n;

	while ((n = getline(&text, &cap, f)) > 0) {
		if (text[n - 1] == '\n')
			text[--n] = 0;
		if (nlines == maxlines) {
			maxlines = maxlines ? 2 * maxlines : 256;
			lines = xrealloc(lines, maxlines * sizeof(*lines));
		}
		lines[nlines].text = text;
		lines[nlines++].len = n;
		text = NULL;
		cap = 0;
	}
	free(text);
}

/* -c: returns 0 if the lines are in order, else says where they are not
 * and returns 1. */
static int check_sorted(void)
{
	size_t i;
	int r;

	for (i = 1; i < nlines; i++) {
		r = line_cmp(&lines[i - 1], &lines[i]);
		if (r > 0 || (r == 0 && unique)) {
			fprintf(stderr, "sort: disorder at line %lu: %.*s\n",
				(unsigned long)i + 1, (int)lines[i].len,
				lines[i].text);
			return 1;
		}
	}
	return 0;
}

static void usage(void)
{
	fprintf(stderr, "usage: sort [-cmbfnru] [-t char] [-k keydef]... "
			"[-o output] [file...]\n");
	exit(2);
}

/* Reads the options; returns -o's name, or NULL. */
static const char *options(int argc, char *argv[])
{
	const char *output = NULL;
	int c;

	while ((c = getopt(argc, argv, "cmbfnruk:o:t:")) != -1) {
		switch (c) {
		case 'c':
			check = 1;
			break;
		case 'm':
			break;
		case 'b':
			gflags |= BLANKS | BLANKS_END;
			break;
		case 'f':
			gflags |= FOLD;
			break;
		case 'n':
			gflags |= NUMERIC;
			break;
		case 'r':
			gflags |= REVERSE;
			break;
		case 'u':
			unique = 1;
			break;
		case 'k':
			add_key(optarg);
			break;
		case 'o':
			output = optarg;
			break;
		case 't':
			if (strlen(optarg) != 1)
				die("the separator must be one character",
				    optarg);
			separator = (unsigned char)optarg[0];
			break;
		default:
			usage();
		}
	}
	if (nkeys == 0) {
		keys[0].sfield = keys[0].schar = 1;
		nkeys = 1;
	}
	return output;
}

int main(int argc, char *argv[])
{
	const char *output = options(argc, argv);
	struct line **v, **tmp;
	size_t i;
	FILE *f;

	for (i = optind; (int)i < argc || i == (size_t)optind; i++) {
		if ((int)i == argc || strcmp(argv[i], "-") == 0) {
			read_lines(stdin);
			continue;
		}
		if (!(f = fopen(argv[i], "r")))
			die(argv[i], strerror(errno));
		read_lines(f);
		fclose(f);
	}
	if (check)
		return check_sorted();
	v = xrealloc(NULL, (nlines + 1) * sizeof(*v));
	tmp = xrealloc(NULL, (nlines + 1) * sizeof(*tmp));
	for (i = 0; i < nlines; i++)
		v[i] = &lines[i];
	merge_sort(v, tmp, nlines);
	if (output && !freopen(output, "w", stdout))
		die(output, strerror(errno));
	for (i = 0; i < nlines; i++) {
		if (unique && i > 0 && key_cmp(v[i - 1], v[i]) == 0)
			continue;
		fwrite(v[i]->text, 1, v[i]->len, stdout);
		putchar('\n');
	}
	if (fflush(stdout) == EOF)
		die("write error", strerror(errno));
	return 0;
}
