/*
 * od: dumps files (or standard input), read as one stream, 16 bytes a
 * line, in the types chosen with -t or the old letters: each line starts
 * with the offset (-A d, o, x, or n for none), and each type has a line
 * of its own, spaced so that columns line up. A line like the one before
 * it is shown as one "*" unless -v is given. The default is -t o2.
 *
 * Types: a (named characters), c (characters, escapes or octal), and
 * d, o, u, x (signed decimal, octal, unsigned decimal, hexadecimal) of
 * 1, 2, 4 or 8 bytes (a digit or C, S, I, L after the letter; 4 without).
 * -b is -t o1, -c -t c, -d -t u2, -o -t o2, -s -t d2, -x -t x2.
 *
 *	od [-v] [-A base] [-j skip] [-N count] [-t type]... [-bcdosx] [file...]
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define LINE	 16 /* bytes per line */
#define MAXTYPES 16

struct type {
	int kind;  /* 'a', 'c', 'd', 'o', 'u', 'x' */
	int size;  /* bytes per item */
	int width; /* characters per item, the space before it not counted */
	int pad;   /* extra spaces on a line, to line up with the widest */
};

static struct type types[MAXTYPES];
static int ntypes;
static int base = 'o'; /* -A */
static int verbose;    /* -v: no "*" */

static char **files; /* the files left to read */
static int nfiles;
static FILE *in;   /* the one being read, or NULL */
static int status; /* 1 after a file could not be read */

static const char *const names[33] = {
	"nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel", "bs",
	"ht",  "nl",  "vt",  "ff",  "cr",  "so",  "si",	 "dle", "dc1",
	"dc2", "dc3", "dc4", "nak", "syn", "etb", "can", "em",	"sub",
	"esc", "fs",  "gs",  "rs",  "us",  "sp"};

static void usage(void)
{
	fprintf(stderr, "usage: od [-v] [-A base] [-j skip] [-N count] "
			"[-t type]... [-bcdosx] [file...]\n");
	exit(2);
}

/* The width of an item: the most characters its values take. */
static int item_width(int kind, int size)
{
	static const int d[] = {4, 6, 11, 20}, u[] = {3, 5, 10, 20},
			 o[] = {3, 6, 11, 22}, x[] = {2, 4, 8, 16};
	int i = size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3;

	switch (kind) {
	case 'd':
		return d[i];
	case 'u':
		return u[i];
	case 'o':
		return o[i];
	case 'x':
		return x[i];
	default:
		return 3;
	}
}

static void add_type(int kind, int size)
{
	if (ntypes == MAXTYPES)
		usage();
	types[ntypes].kind = kind;
	types[ntypes].size = size;
	types[ntypes++].width = item_width(kind, size);
}

/* Reads -t's list of types, such as "x1", "c", "d4u2". */
static void parse_types(const char *s)
{
	const char *sizes = "C1S2I4L4";
	const char *p;
	int kind, size;
	char *end;

	while (*s) {
		kind = *s++;
		if (kind == 'a' || kind == 'c') {
			add_type(kind, 1);
			continue;
		}
		if (!strchr("duox", kind) || kind == 0) {
			fprintf(stderr, "od: invalid type '%c'\n", kind);
			exit(2);
		}
		size = 4;
		if (isdigit((unsigned char)*s)) {
			size = strtol(s, &end, 10);
			s = end;
		} else if (*s && (p = strchr(sizes, *s)) &&
			   (p - sizes) % 2 == 0) {
			size = p[1] - '0';
			s++;
		}
		if (size != 1 && size != 2 && size != 4 && size != 8) {
			fprintf(stderr, "od: invalid type size %d\n", size);
			exit(2);
		}
		add_type(kind, size);
	}
}

/* Each type's spaces, shared out so that every line is as wide as the
 * widest type's. */
static void line_up(void)
{
	int i, w, max = 0;

	for (i = 0; i < ntypes; i++) {
		w = (types[i].width + 1) * (LINE / types[i].size);
		if (w > max)
			max = w;
	}
	for (i = 0; i < ntypes; i++)
		types[i].pad =
			max - (types[i].width + 1) * (LINE / types[i].size);
}

/* The next byte of the stream, or EOF after the last file. */
static int next_byte(void)
{
	int c;

	for (;;) {
		if (in && (c = getc(in)) != EOF)
			return c;
		if (in && in != stdin)
			fclose(in);
		in = NULL;
		if (nfiles == 0)
			return EOF;
		nfiles--;
		if (strcmp(*files, "-") == 0) {
			in = stdin;
		} else if (!(in = fopen(*files, "r"))) {
			fprintf(stderr, "od: %s: %s\n", *files,
				strerror(errno));
			status = 1;
		}
		files++;
	}
}

/* -t c: a character, C's escape for it, or its code in octal. */
static void format_char(int c, char *out)
{
	static const char esc[] = "\0\a\b\f\n\r\t\v";
	static const char letter[] = "0abfnrtv";
	const char *e = memchr(esc, c, sizeof(esc) - 1);

	if (e)
		sprintf(out, "\\%c", letter[e - esc]);
	else if (isprint(c))
		sprintf(out, "%c", c);
	else
		sprintf(out, "%03o", c);
}

/* Formats one item of type t from bytes b (little-endian) into out. */
static void format_item(const struct type *t, const unsigned char *b, char *out)
{
	unsigned long long v = 0;
	int i, shift;

	for (i = t->size - 1; i >= 0; i--)
		v = v << 8 | b[i];
	switch (t->kind) {
	case 'a':
		if ((b[0] & 0x7f) <= ' ')
			strcpy(out, names[b[0] & 0x7f]);
		else if ((b[0] & 0x7f) == 0x7f)
			strcpy(out, "del");
		else
			sprintf(out, "%c", b[0] & 0x7f);
		break;
	case 'c':
		format_char(b[0], out);
		break;
	case 'd':
		/* Sign-extend from the item's size. */
		shift = 64 - 8 * t->size;
		sprintf(out, "%lld", (long long)(v << shift) >> shift);
		break;
	case 'u':
		sprintf(out, "%llu", v);
		break;
	case 'o':
		sprintf(out, "%0*llo", t->width, v);
		break;
	case 'x':
		sprintf(out, "%0*llx", t->width, v);
		break;
	}
}

/* Writes n bytes of a line in type t, padding as GNU od does: the
 * spaces go to the items in turn, spread evenly. */
static void print_type(const struct type *t, const unsigned char *b, int n)
{
	unsigned char item[8];
	int fields = LINE / t->size, i, left = t->pad, next, k = 0;
	char out[32];

	for (i = fields; i > fields - (n + t->size - 1) / t->size; i--) {
		memset(item, 0, sizeof(item));
		memcpy(item, b + k, n - k < t->size ? n - k : t->size);
		k += t->size;
		format_item(t, item, out);
		next = t->pad * (i - 1) / fields;
		printf(" %*s", left - next + t->width, out);
		left = next;
	}
	putchar('\n');
}

static void print_offset(unsigned long long off)
{
	if (base == 'd')
		printf("%07llu", off);
	else if (base == 'o')
		printf("%07llo", off);
	else if (base == 'x')
		printf("%06llx", off);
}

/* Dumps up to limit bytes (-1: all) of the stream, from offset off. */
static void dump(unsigned long long off, long long limit)
{
	unsigned char line[LINE], prev[LINE];
	int n, c, i, have_prev = 0, starred = 0;

	for (;;) {
		for (n = 0; n < LINE && limit != 0; n++, limit--) {
			if ((c = next_byte()) == EOF)
				break;
			line[n] = c;
		}
		if (n == 0)
			break;
		if (!verbose && have_prev && n == LINE &&
		    memcmp(line, prev, LINE) == 0) {
			if (!starred)
				puts("*");
			starred = 1;
		} else {
			starred = 0;
			for (i = 0; i < ntypes; i++) {
				if (i == 0)
					print_offset(off);
				else if (base != 'n')
					printf("%*s", base == 'x' ? 6 : 7, "");
				print_type(&types[i], line, n);
			}
		}
		memcpy(prev, line, n);
		have_prev = n == LINE;
		off += n;
		if (n < LINE)
			break;
	}
	if (base != 'n') {
		print_offset(off);
		putchar('\n');
	}
}

static long long number(const char *s)
{
	char *end;
	long long n = strtoll(s, &end, 0);

	if (end == s || *end || n < 0) {
		fprintf(stderr, "od: invalid number '%s'\n", s);
		exit(2);
	}
	return n;
}

int main(int argc, char *argv[])
{
	static char *stdin_only[] = {"-"};
	long long skip = 0, limit = -1, i;
	int c;

	while ((c = getopt(argc, argv, "A:j:N:t:vbcdosx")) != -1) {
		switch (c) {
		case 'A':
			if (strlen(optarg) != 1 || !strchr("doxn", optarg[0]))
				usage();
			base = optarg[0];
			break;
		case 'j':
			skip = number(optarg);
			break;
		case 'N':
			limit = number(optarg);
			break;
		case 't':
			parse_types(optarg);
			break;
		case 'v':
			verbose = 1;
			break;
		case 'b':
			parse_types("o1");
			break;
		case 'c':
			parse_types("c");
			break;
		case 'd':
			parse_types("u2");
			break;
		case 'o':
			parse_types("o2");
			break;
		case 's':
			parse_types("d2");
			break;
		case 'x':
			parse_types("x2");
			break;
		default:
			usage();
		}
	}
	if (ntypes == 0)
		parse_types("o2");
	line_up();
	files = argv + optind;
	nfiles = argc - optind;
	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	for (i = 0; i < skip && next_byte() != EOF; i++)
		;
	dump(skip, limit);
	return status;
}
