/*
 * tail: copies the end of a file, or of standard input, to standard
 * output: the last lines (-n, default 10) or bytes (-c), or with a "+"
 * before the number, everything from that line or byte on (the first is
 * 1). Input is read once, front to back, as from a pipe: the last N
 * lines or bytes are kept in memory, a ring of them, until the end comes.
 * With more than one file, each is introduced as head does it.
 *
 *	tail [-n [+]number | -c [+]number] [file...]
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static long count = 10; /* lines, or bytes under -c */
static int bytes;	/* -c: count bytes instead of lines */
static int from_start;	/* "+N": copy from the Nth line or byte on */

static void *xmalloc(size_t n)
{
	void *p = malloc(n);

	if (!p) {
		fprintf(stderr, "tail: out of memory\n");
		exit(1);
	}
	return p;
}

/* Reads [+]number; a leading "-" is allowed too and changes nothing. */
static void number(const char *s)
{
	char *end;

	from_start = *s == '+';
	if (*s == '+' || *s == '-')
		s++;
	errno = 0;
	count = strtol(s, &end, 10);
	if (end == s || *end || count < 0 || errno) {
		fprintf(stderr, "tail: invalid number '%s'\n", s);
		exit(1);
	}
}

/* Skips to the count'th line or byte (1 is the first), copies the rest. */
static void tail_from(FILE *f)
{
	long skip = count > 0 ? count - 1 : 0;
	int c;

	while (skip > 0 && (c = getc(f)) != EOF) {
		if (bytes || c == '\n')
			skip--;
	}
	while ((c = getc(f)) != EOF)
		putchar(c);
}

/* The last count bytes: a ring of them, oldest at pos once it is full. */
static void tail_bytes(FILE *f)
{
	char *ring;
	long pos = 0;
	int full = 0, c;

	if (count == 0)
		return;
	ring = xmalloc(count);
	while ((c = getc(f)) != EOF) {
		ring[pos++] = c;
		if (pos == count) {
			pos = 0;
			full = 1;
		}
	}
	if (full)
		fwrite(ring + pos, 1, count - pos, stdout);
	fwrite(ring, 1, pos, stdout);
	free(ring);
}

/* The last count lines: a ring of getline's buffers. */
static void tail_lines(FILE *f)
{
	char **line;
	size_t *cap;
	ssize_t *len, n;
	long pos = 0, i, k, kept;
	int full = 0;

	if (count == 0)
		return;
	line = xmalloc(count * sizeof(*line));
	cap = xmalloc(count * sizeof(*cap));
	len = xmalloc(count * sizeof(*len));
	memset(line, 0, count * sizeof(*line));
	memset(cap, 0, count * sizeof(*cap));
	while ((n = getline(&line[pos], &cap[pos], f)) > 0) {
		len[pos++] = n;
		if (pos == count) {
			pos = 0;
			full = 1;
		}
	}
	kept = full ? count : pos;
	for (k = 0; k < kept; k++) {
		i = ((full ? pos : 0) + k) % count;
		fwrite(line[i], 1, len[i], stdout);
	}
	for (i = 0; i < count; i++)
		free(line[i]);
	free(line);
	free(cap);
	free(len);
}

static void tail(FILE *f)
{
	if (from_start)
		tail_from(f);
	else if (bytes)
		tail_bytes(f);
	else
		tail_lines(f);
}

int main(int argc, char *argv[])
{
	int c, i, status = 0;
	FILE *f;

	while ((c = getopt(argc, argv, "n:c:")) != -1) {
		switch (c) {
		case 'n':
		case 'c':
			bytes = c == 'c';
			number(optarg);
			break;
		default:
			fprintf(stderr, "usage: tail [-n [+]number | "
					"-c [+]number] [file...]\n");
			return 2;
		}
	}
	if (optind == argc) {
		tail(stdin);
		return 0;
	}
	for (i = optind; i < argc; i++) {
		f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
		if (!f) {
			fprintf(stderr, "tail: %s: %s\n", argv[i],
				strerror(errno));
			status = 1;
			continue;
		}
		if (argc - optind > 1)
			printf("%s==> %s <==\n", i > optind ? "\n" : "",
			       f == stdin ? "standard input" : argv[i]);
		tail(f);
		if (f != stdin)
			fclose(f);
	}
	return status;
}
