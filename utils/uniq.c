/*
 * uniq: copies its input to its output, writing only the first of each
 * run of adjacent equal lines. -c puts each line's run length before it
 * (in seven columns, as GNU's uniq does), -d writes only lines that were
 * repeated, -u only those that were not. -f N ignores the first N
 * fields (blanks and the non-blanks after them) and -s N the N
 * characters after those when comparing lines.
 *
 *	uniq [-c | -d | -u] [-f fields] [-s chars] [input [output]]
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static int show_count, only_repeated, only_single;
static long skip_fields, skip_chars;

static void usage(void)
{
	fprintf(stderr, "usage: uniq [-c | -d | -u] [-f fields] [-s chars] "
			"[input [output]]\n");
	exit(2);
}

static long number(const char *s)
{
	char *end;
	long n = strtol(s, &end, 10);

	if (end == s || *end || n < 0) {
		fprintf(stderr, "uniq: invalid number '%s'\n", s);
		exit(2);
	}
	return n;
}

/* The part of a line that is compared, after the skipped fields and
 * characters. */
static const char *compared(const char *s)
{
	long i;

	for (i = 0; i < skip_fields; i++) {
		while (isblank((unsigned char)*s))
			s++;
		while (*s && *s != '\n' && !isblank((unsigned char)*s))
			s++;
	}
	for (i = 0; i < skip_chars && *s && *s != '\n'; i++)
		s++;
	return s;
}

/* Whether a and b compare equal: up to their newlines, if any. */
static int same(const char *a, const char *b)
{
	a = compared(a);
	b = compared(b);
	while (*a == *b && *a && *a != '\n') {
		a++;
		b++;
	}
	return (*a == 0 || *a == '\n') && (*b == 0 || *b == '\n');
}

/* Writes one run of n lines like line (which has its newline, or not). */
static void emit(FILE *out, const char *line, long n)
{
	size_t len = strlen(line);

	if ((only_repeated && n == 1) || (only_single && n > 1))
		return;
	if (show_count)
		fprintf(out, "%7ld ", n);
	fputs(line, out);
	if (len == 0 || line[len - 1] != '\n')
		putc('\n', out);
}

int main(int argc, char *argv[])
{
	char *line = NULL, *prev = NULL, *t;
	size_t cap = 0, pcap = 0, tcap;
	FILE *in = stdin, *out = stdout;
	long run = 0;
	int c;

	while ((c = getopt(argc, argv, "cduf:s:")) != -1) {
		switch (c) {
		case 'c':
			show_count = 1;
			break;
		case 'd':
			only_repeated = 1;
			break;
		case 'u':
			only_single = 1;
			break;
		case 'f':
			skip_fields = number(optarg);
			break;
		case 's':
			skip_chars = number(optarg);
			break;
		default:
			usage();
		}
	}
	if (argc - optind > 2)
		usage();
	if (optind < argc && strcmp(argv[optind], "-") != 0 &&
	    !(in = fopen(argv[optind], "r"))) {
		fprintf(stderr, "uniq: %s: %s\n", argv[optind],
			strerror(errno));
		return 1;
	}
	if (optind + 1 < argc && !(out = fopen(argv[optind + 1], "w"))) {
		fprintf(stderr, "uniq: %s: %s\n", argv[optind + 1],
			strerror(errno));
		return 1;
	}
	/* prev holds the first line of the current run; swap buffers so
	 * that neither is copied. */
	while (getline(&line, &cap, in) > 0) {
		if (run > 0 && same(prev, line)) {
			run++;
			continue;
		}
		if (run > 0)
			emit(out, prev, run);
		t = prev;
		prev = line;
		line = t;
		tcap = pcap;
		pcap = cap;
		cap = tcap;
		run = 1;
	}
	if (run > 0)
		emit(out, prev, run);
	if (fclose(out) == EOF) {
		fprintf(stderr, "uniq: write error: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}
