/*
 * wordtree: count the words of the input with a hash table (hsearch)
 * and list them in order with a binary tree (tsearch, twalk), the way
 * the SVID search routines were meant to be used.
 *
 *   wordtree [-m MIN] [FILE]     words seen at least MIN times
 */
#include <ctype.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAXWORDS 4096

struct word {
	char *text;
	int count;
};

static int min_count = 1;
static int listed;

static int compare(const void *a, const void *b)
{
	const struct word *x = a, *y = b;

	return strcmp(x->text, y->text);
}

static void show(const void *node, VISIT v, int depth)
{
	const struct word *w = *(struct word *const *)node;

	(void)depth;
	if (v != postorder && v != leaf)
		return;
	if (w->count >= min_count) {
		printf("%-12s %4d\n", w->text, w->count);
		listed++;
	}
}

int main(int argc, char *argv[])
{
	char buf[128];
	int c, n = 0, total = 0, distinct = 0;
	void *root = NULL;
	FILE *in = stdin;

	while ((c = getopt(argc, argv, "m:")) != -1) {
		if (c != 'm') {
			fprintf(stderr, "usage: wordtree [-m MIN] [FILE]\n");
			return 2;
		}
		min_count = atoi(optarg);
	}
	if (optind < argc && (in = fopen(argv[optind], "r")) == NULL) {
		perror(argv[optind]);
		return 1;
	}
	if (!hcreate(MAXWORDS)) {
		perror("hcreate");
		return 1;
	}
	while ((c = getc(in)) != EOF || n > 0) {
		if (c != EOF && (isalnum(c) || c == '\'')) {
			if (n < (int)sizeof(buf) - 1)
				buf[n++] = (char)tolower(c);
			continue;
		}
		if (n == 0)
			continue;
		buf[n] = '\0';
		n = 0;
		ENTRY e = {buf, NULL}, *found = hsearch(e, FIND);
		if (found == NULL) {
			struct word *w = malloc(sizeof(*w));

			w->text = strdup(buf);
			w->count = 0;
			e.key = w->text;
			e.data = w;
			found = hsearch(e, ENTER);
			if (found == NULL) {
				fprintf(stderr, "wordtree: too many words\n");
				return 1;
			}
			tsearch(w, &root, compare);
			distinct++;
		}
		((struct word *)found->data)->count++;
		total++;
		if (c == EOF)
			break;
	}
	twalk(root, show);
	printf("%d words, %d distinct, %d listed\n", total, distinct, listed);
	hdestroy();
	return 0;
}
