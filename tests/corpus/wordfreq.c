/*
 * wordfreq: counts the words of its files (or standard input) and prints
 * the most frequent, most frequent first, ties in alphabetical order.
 *   wordfreq [-i] [-n N] [file...]
 * A portable program of the kind students bring: stdio streams, getline,
 * getopt, qsort, a hash table on malloc.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct word {
	char *text;
	long count;
	struct word *next;
};

#define NBUCKETS 1024

static struct word *table[NBUCKETS];
static size_t nwords;
static int fold;

static unsigned long hash(const char *s)
{
	unsigned long h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static void add(const char *w)
{
	unsigned long b = hash(w) % NBUCKETS;
	struct word *p;

	for (p = table[b]; p; p = p->next)
		if (strcmp(p->text, w) == 0) {
			p->count++;
			return;
		}
	p = malloc(sizeof(*p));
	if (p == NULL || (p->text = strdup(w)) == NULL) {
		perror("wordfreq");
		exit(2);
	}
	p->count = 1;
	p->next = table[b];
	table[b] = p;
	nwords++;
}

static void count(FILE *f)
{
	char *line = NULL, word[128];
	size_t cap = 0, n;
	ssize_t len;

	while ((len = getline(&line, &cap, f)) != -1) {
		n = 0;
		for (ssize_t i = 0; i <= len; i++) {
			int c = i < len ? (unsigned char)line[i] : ' ';
			if (isalnum(c) || c == '\'') {
				if (n < sizeof(word) - 1)
					word[n++] = fold ? tolower(c) : c;
			} else if (n > 0) {
				word[n] = '\0';
				add(word);
				n = 0;
			}
		}
	}
	free(line);
}

static int bycount(const void *a, const void *b)
{
	const struct word *x = *(const struct word *const *)a;
	const struct word *y = *(const struct word *const *)b;

	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	return strcmp(x->text, y->text);
}

int main(int argc, char *argv[])
{
	struct word **all, *p;
	long top = 10;
	size_t k = 0;
	char *end;
	int c, status = 0;

	while ((c = getopt(argc, argv, "in:")) != -1) {
		switch (c) {
		case 'i':
			fold = 1;
			break;
		case 'n':
			errno = 0;
			top = strtol(optarg, &end, 10);
			if (errno || *end || top < 0) {
				fprintf(stderr, "wordfreq: bad count: %s\n",
					optarg);
				return 2;
			}
			break;
		default:
			fprintf(stderr,
				"usage: wordfreq [-i] [-n N] [file...]\n");
			return 2;
		}
	}
	if (optind == argc)
		count(stdin);
	for (int i = optind; i < argc; i++) {
		FILE *f = fopen(argv[i], "r");
		if (f == NULL) {
			fprintf(stderr, "wordfreq: %s: %s\n", argv[i],
				strerror(errno));
			status = 1;
			continue;
		}
		count(f);
		fclose(f);
	}
	all = malloc((nwords ? nwords : 1) * sizeof(*all));
	if (all == NULL)
		return 2;
	for (int b = 0; b < NBUCKETS; b++)
		for (p = table[b]; p; p = p->next)
			all[k++] = p;
	qsort(all, nwords, sizeof(*all), bycount);
	for (k = 0; k < nwords && (long)k < top; k++)
		printf("%7ld %s\n", all[k]->count, all[k]->text);
	printf("%zu distinct words\n", nwords);
	return status;
}
