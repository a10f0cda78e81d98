/*
 * wc: counts the newlines, words and bytes of each file, or of standard
 * input, and prints them in POSIX's format, "%d %d %d %s\n" (the name left
 * out for standard input), with a total line after several files. -l, -w,
 * -c choose the counts; -m counts characters, which in the C locale are
 * the bytes. A word is a run of non-space characters.
 *
 *	wc [-c | -m] [-l] [-w] [file...]
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct counts {
	long lines, words, bytes;
};

static int show_lines, show_words, show_bytes;

static void count(FILE *f, struct counts *n)
{
	int c, in_word = 0;

	while ((c = getc(f)) != EOF) {
		n->bytes++;
		if (c == '\n')
			n->lines++;
		if (isspace(c)) {
			in_word = 0;
		} else if (!in_word) {
			in_word = 1;
			n->words++;
		}
	}
}

/* Prints the chosen counts, a space between each, then the name if any. */
static void report(const struct counts *n, const char *name)
{
	const char *sep = "";

	if (show_lines) {
		printf("%ld", n->lines);
		sep = " ";
	}
	if (show_words) {
		printf("%s%ld", sep, n->words);
		sep = " ";
	}
	if (show_bytes)
		printf("%s%ld", sep, n->bytes);
	if (name)
		printf(" %s", name);
	putchar('\n');
}

int main(int argc, char *argv[])
{
	struct counts n, total = {0, 0, 0};
	int c, i, status = 0;
	FILE *f;

	while ((c = getopt(argc, argv, "clmw")) != -1) {
		switch (c) {
		case 'c':
		case 'm':
			show_bytes = 1;
			break;
		case 'l':
			show_lines = 1;
			break;
		case 'w':
			show_words = 1;
			break;
		default:
			fprintf(stderr,
				"usage: wc [-c | -m] [-l] [-w] [file...]\n");
			return 2;
		}
	}
	if (!show_lines && !show_words && !show_bytes)
		show_lines = show_words = show_bytes = 1;
	if (optind == argc) {
		memset(&n, 0, sizeof(n));
		count(stdin, &n);
		report(&n, NULL);
		return 0;
	}
	for (i = optind; i < argc; i++) {
		f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
		if (!f) {
			fprintf(stderr, "wc: %s: %s\n", argv[i],
				strerror(errno));
			status = 1;
			continue;
		}
		memset(&n, 0, sizeof(n));
		count(f, &n);
		if (f != stdin)
			fclose(f);
		report(&n, argv[i]);
		total.lines += n.lines;
		total.words += n.words;
		total.bytes += n.bytes;
	}
	if (argc - optind > 1)
		report(&total, "total");
	return status;
}
