/*
 * head: copies the first lines (-n, default 10) or bytes (-c) of each
 * file, or of standard input, to standard output. With more than one
 * file, each is introduced by "==> NAME <==", and a blank line parts them.
 *
 *	head [-n number | -c number] [file...]
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static long count = 10; /* lines, or bytes under -c */
static int bytes;	/* -c: count bytes instead of lines */

/* Reads a count: a decimal number >= 0; exits on anything else. */
static long number(const char *s)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (end == s || *end || n < 0 || errno) {
		fprintf(stderr, "head: invalid number '%s'\n", s);
		exit(1);
	}
	return n;
}

/* Copies the head of f; a line ends at its newline. */
static void head(FILE *f)
{
	long left = count;
	int c;

	while (left > 0 && (c = getc(f)) != EOF) {
		putchar(c);
		if (bytes || c == '\n')
			left--;
	}
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
			count = number(optarg);
			break;
		default:
			fprintf(stderr, "usage: head [-n number | -c number] "
					"[file...]\n");
			return 2;
		}
	}
	if (optind == argc) {
		head(stdin);
		return 0;
	}
	for (i = optind; i < argc; i++) {
		f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
		if (!f) {
			fprintf(stderr, "head: %s: %s\n", argv[i],
				strerror(errno));
			status = 1;
			continue;
		}
		if (argc - optind > 1)
			printf("%s==> %s <==\n", i > optind ? "\n" : "",
			       f == stdin ? "standard input" : argv[i]);
		head(f);
		if (f != stdin)
			fclose(f);
	}
	return status;
}
