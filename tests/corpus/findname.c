/*
 * findname: list the files under a directory whose names match a shell
 * pattern, with their sizes, sorted by path (like find DIR -name PAT
 * -printf '%s %p\n' | sort -k2).
 *
 *   findname [-d] [-i] DIR PATTERN...
 *     -d  list directories too
 *     -i  match without regard to case
 */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct hit {
	char *path;
	long size;
};

static struct hit *hits;
static size_t nhits, cap;
static char **patterns;
static int npatterns, with_dirs, flags;

static int matches(const char *name)
{
	for (int i = 0; i < npatterns; i++)
		if (fnmatch(patterns[i], name, flags) == 0)
			return 1;
	return 0;
}

static int visit(const char *path, const struct stat *st, int type,
		 struct FTW *ftw)
{
	if (type == FTW_NS || type == FTW_DNR) {
		fprintf(stderr, "findname: cannot read %s\n", path);
		return 0;
	}
	if (type == FTW_D && !with_dirs)
		return 0;
	if (!matches(path + ftw->base))
		return 0;
	if (nhits == cap) {
		cap = cap ? cap * 2 : 16;
		hits = realloc(hits, cap * sizeof(*hits));
		if (hits == NULL) {
			perror("findname");
			exit(2);
		}
	}
	hits[nhits].path = strdup(path);
	hits[nhits].size = (long)st->st_size;
	nhits++;
	return 0;
}

static int by_path(const void *a, const void *b)
{
	return strcmp(((const struct hit *)a)->path,
		      ((const struct hit *)b)->path);
}

int main(int argc, char *argv[])
{
	int c;
	long total = 0;

	while ((c = getopt(argc, argv, "di")) != -1) {
		switch (c) {
		case 'd':
			with_dirs = 1;
			break;
		case 'i':
			flags |= FNM_CASEFOLD;
			break;
		default:
			fprintf(stderr,
				"usage: findname [-d] [-i] DIR PATTERN...\n");
			return 2;
		}
	}
	if (argc - optind < 2) {
		fprintf(stderr, "usage: findname [-d] [-i] DIR PATTERN...\n");
		return 2;
	}
	patterns = argv + optind + 1;
	npatterns = argc - optind - 1;
	if (nftw(argv[optind], visit, 8, FTW_PHYS) != 0) {
		perror(argv[optind]);
		return 1;
	}
	qsort(hits, nhits, sizeof(*hits), by_path);
	for (size_t i = 0; i < nhits; i++) {
		printf("%8ld %s\n", hits[i].size, hits[i].path);
		total += hits[i].size;
		free(hits[i].path);
	}
	free(hits);
	printf("%zu files, %ld bytes\n", nhits, total);
	return nhits > 0 ? 0 : 1;
}
