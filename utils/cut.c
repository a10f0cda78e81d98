/*
 * cut: writes selected parts of each line of the files (or of standard
 * input): the bytes (-b), characters (-c; bytes in the C locale) or
 * fields (-f) in a list such as "1,3-5,7-" or "-2". Fields are parted by
 * -d's character, a tab by default; a line with none is written whole,
 * unless -s drops it.
 *
 *	cut -b list [-n] [file...]
 *	cut -c list [file...]
 *	cut -f list [-d delim] [-s] [file...]
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#define MAXRANGES 64

static struct {
	long lo, hi; /* positions from 1; hi LONG_MAX for "N-" */
} ranges[MAXRANGES];
static int nranges;

static int mode; /* 'b', 'c' or 'f' */
static int delim = '\t';
static int only_delimited; /* -s */

static void usage(void)
{
	fprintf(stderr, "usage: cut -b list [-n] [file...]\n"
			"       cut -c list [file...]\n"
			"       cut -f list [-d delim] [-s] [file...]\n");
	exit(2);
}

static void bad_list(const char *list)
{
	fprintf(stderr, "cut: invalid list '%s'\n", list);
	exit(1);
}

/* Reads a position (from 1) at *s, or def if there is none. */
static long position(char **s, long def, const char *list)
{
	char *end;
	long n;

	if (**s < '0' || **s > '9')
		return def;
	n = strtol(*s, &end, 10);
	if (n < 1)
		bad_list(list);
	*s = end;
	return n;
}

/* Parses list: ranges parted by commas or blanks. */
static void parse_list(char *list)
{
	char *s = list;
	long lo, hi;

	do {
		if (nranges == MAXRANGES)
			bad_list(list);
		lo = position(&s, 0, list);
		hi = lo;
		if (*s == '-') {
			s++;
			hi = position(&s, LONG_MAX, list);
			if (lo == 0)
				lo = 1;
		}
		if (lo == 0 || hi < lo)
			bad_list(list);
		ranges[nranges].lo = lo;
		ranges[nranges++].hi = hi;
	} while ((*s == ',' || *s == ' ' || *s == '\t') && *++s);
	if (*s)
		bad_list(list);
}

static int selected(long n)
{
	int i;

	for (i = 0; i < nranges; i++)
		if (n >= ranges[i].lo && n <= ranges[i].hi)
			return 1;
	return 0;
}

/* Writes the selected fields of line[0..len), parted by delim. */
static void cut_fields(const char *line, size_t len)
{
	size_t i, start = 0;
	long field = 1;
	int first = 1;

	if (!memchr(line, delim, len)) {
		if (!only_delimited)
			printf("%.*s\n", (int)len, line);
		return;
	}
	for (i = 0; i <= len; i++) {
		if (i < len && line[i] != delim)
			continue;
		if (selected(field)) {
			if (!first)
				putchar(delim);
			fwrite(line + start, 1, i - start, stdout);
			first = 0;
		}
		field++;
		start = i + 1;
	}
	putchar('\n');
}

static void cut(FILE *f)
{
	char *line = NULL;
	size_t cap = 0, i;
	ssize_t n;

	while ((n = getline(&line, &cap, f)) > 0) {
		if (line[n - 1] == '\n')
			n--;
		if (mode == 'f') {
			cut_fields(line, n);
			continue;
		}
		for (i = 0; i < (size_t)n; i++)
			if (selected(i + 1))
				putchar(line[i]);
		putchar('\n');
	}
	free(line);
}

int main(int argc, char *argv[])
{
	int c, i, status = 0;
	FILE *f;

	while ((c = getopt(argc, argv, "b:c:f:d:ns")) != -1) {
		switch (c) {
		case 'b':
		case 'c':
		case 'f':
			if (mode)
				usage();
			mode = c;
			parse_list(optarg);
			break;
		case 'd':
			if (strlen(optarg) != 1) {
				fprintf(stderr, "cut: the delimiter must be "
						"one character\n");
				return 1;
			}
			delim = (unsigned char)optarg[0];
			break;
		case 'n':
			break;
		case 's':
			only_delimited = 1;
			break;
		default:
			usage();
		}
	}
	if (!mode)
		usage();
	if (optind == argc)
		cut(stdin);
	for (i = optind; i < argc; i++) {
		f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
		if (!f) {
			fprintf(stderr, "cut: %s: %s\n", argv[i],
				strerror(errno));
			status = 1;
			continue;
		}
		cut(f);
		if (f != stdin)
			fclose(f);
	}
	return status;
}
