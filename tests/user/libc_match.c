// Matching and searching as in glibc: fnmatch with its flags, glob over
// the initrd's /etc (sorted, GLOB_MARK, GLOB_NOCHECK, GLOB_APPEND,
// GLOB_DOOFFS, GLOB_NOMATCH), nftw's order and types, hsearch, tsearch
// with tdelete and twalk, lsearch and lfind, insque and remque.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <ftw.h>
#include <glob.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

struct fm {
	const char *pat, *str;
	int flags, want; /* 0 or FNM_NOMATCH, as glibc gives */
};

static const struct fm fms[] = {
	{"*.c", "main.c", 0, 0},
	{"*.c", "main.h", 0, FNM_NOMATCH},
	{"a?c", "abc", 0, 0},
	{"a?c", "ac", 0, FNM_NOMATCH},
	{"[a-c]x", "bx", 0, 0},
	{"[!a-c]x", "bx", 0, FNM_NOMATCH},
	{"[^a-c]x", "dx", 0, 0},
	{"[]]", "]", 0, 0},
	{"[!]]", "a", 0, 0},
	{"\\*", "*", 0, 0},
	{"\\*", "x", 0, FNM_NOMATCH},
	{"\\*", "\\*", FNM_NOESCAPE, 0},
	{"*", ".hidden", FNM_PERIOD, FNM_NOMATCH},
	{"*", ".hidden", 0, 0},
	{".*", ".hidden", FNM_PERIOD, 0},
	{"a/*", "a/.b", FNM_PATHNAME | FNM_PERIOD, FNM_NOMATCH},
	{"a*", "a/b", FNM_PATHNAME, FNM_NOMATCH},
	{"a*", "a/b", 0, 0},
	{"a?b", "a/b", FNM_PATHNAME, FNM_NOMATCH},
	{"*/*", "x/y", FNM_PATHNAME, 0},
	{"[", "[", 0, 0},
	{"*a*b*", "xxaxxbxx", 0, 0},
	{"*a*b", "xxaxxbxx", 0, FNM_NOMATCH},
	{"", "", 0, 0},
	{"ABC", "abc", FNM_CASEFOLD, 0},
	{"[a-z]*", "Hello", FNM_CASEFOLD, 0},
};

static void fnmatch_cases(void)
{
	for (unsigned i = 0; i < sizeof(fms) / sizeof(fms[0]); i++) {
		int r = fnmatch(fms[i].pat, fms[i].str, fms[i].flags);

		check(r == fms[i].want, "fnmatch(\"%s\", \"%s\", %#x) = %d",
		      fms[i].pat, fms[i].str, fms[i].flags, r);
	}
}

/* The names in /etc that do not start with a dot, as readdir lists them
 * (the files there change as the system grows). */
static size_t count_etc(void)
{
	DIR *d = opendir("/etc");
	struct dirent *e;
	size_t n = 0;

	while (d && (e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	if (d)
		closedir(d);
	return n;
}

static void glob_cases(void)
{
	size_t n = count_etc(), sorted = 1;
	glob_t g;
	int r;

	r = glob("/etc/*", 0, NULL, &g);
	for (size_t i = 1; r == 0 && i < g.gl_pathc; i++)
		sorted &= strcmp(g.gl_pathv[i - 1], g.gl_pathv[i]) < 0;
	check(r == 0 && n >= 4 && g.gl_pathc == n && sorted &&
		      strcmp(g.gl_pathv[0], "/etc/README") == 0 &&
		      g.gl_pathv[n] == NULL,
	      "glob /etc/*: %d names of %d, sorted", (int)g.gl_pathc, (int)n);
	r = glob("/e?c", GLOB_MARK | GLOB_APPEND, NULL, &g);
	check(r == 0 && g.gl_pathc == n + 1 &&
		      strcmp(g.gl_pathv[n], "/etc/") == 0,
	      "GLOB_APPEND, GLOB_MARK: /etc/");
	globfree(&g);
	check(glob("/etc/*.zip", 0, NULL, &g) == GLOB_NOMATCH,
	      "no match: GLOB_NOMATCH");
	globfree(&g);
	r = glob("/etc/*.zip", GLOB_NOCHECK, NULL, &g);
	check(r == 0 && g.gl_pathc == 1 &&
		      strcmp(g.gl_pathv[0], "/etc/*.zip") == 0,
	      "GLOB_NOCHECK gives the pattern");
	globfree(&g);
	g.gl_offs = 2;
	r = glob("/etc/m*", GLOB_DOOFFS, NULL, &g);
	check(r == 0 && g.gl_pathv[0] == NULL && g.gl_pathv[1] == NULL &&
		      strcmp(g.gl_pathv[2], "/etc/motd") == 0,
	      "GLOB_DOOFFS leaves NULLs first");
	globfree(&g);
	r = glob("/etc/motd", 0, NULL, &g);
	check(r == 0 && g.gl_pathc == 1,
	      "a name with no wildcards that exists");
	globfree(&g);
	check(glob("/etc/nothere", 0, NULL, &g) == GLOB_NOMATCH,
	      "a name with no wildcards that does not exist: GLOB_NOMATCH");
	globfree(&g);
	r = glob("/*/mo[st]d", 0, NULL, &g);
	check(r == 0 && g.gl_pathc == 1 &&
		      strcmp(g.gl_pathv[0], "/etc/motd") == 0,
	      "wildcards in two components");
	globfree(&g);
}

static int nfiles, ndirs, ndirs_after, maxlevel, order_ok = 1, netc;

static int visit(const char *path, const struct stat *st, int type,
		 struct FTW *f)
{
	(void)st;
	if (type == FTW_F)
		nfiles++;
	if (type == FTW_D)
		ndirs++;
	if (type == FTW_DP) {
		ndirs_after++;
		order_ok &= nfiles == netc; /* every file came first */
	}
	if (f->level > maxlevel)
		maxlevel = f->level;
	if (f->level == 1 && strncmp(path + f->base, "", 0) == 0 &&
	    strchr(path + f->base, '/') != NULL)
		order_ok = 0;
	return 0;
}

static int stop_at_motd(const char *path, const struct stat *st, int type,
			struct FTW *f)
{
	(void)st;
	(void)type;
	return strcmp(path + f->base, "motd") == 0 ? 42 : 0;
}

static void ftw_cases(void)
{
	netc = (int)count_etc();
	check(nftw("/etc", visit, 4, 0) == 0 && nfiles == netc && ndirs == 1 &&
		      maxlevel == 1,
	      "nftw /etc: %d files, 1 directory, depth 1", nfiles);
	nfiles = 0;
	check(nftw("/etc", visit, 4, FTW_DEPTH) == 0 && ndirs_after == 1 &&
		      order_ok,
	      "FTW_DEPTH: the directory after its files");
	check(nftw("/etc", stop_at_motd, 4, 0) == 42, "fn's nonzero stops it");
	errno = 0;
	check(nftw("/nothere", visit, 4, 0) == -1 && errno == ENOENT,
	      "a missing start: ENOENT");
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(a, b);
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static char walked[64];

static void walker(const void *node, VISIT v, int depth)
{
	(void)depth;
	if (v == postorder || v == leaf)
		strcat(walked, *(char *const *)node);
}

/* glibc's tdestroy calls its function for every key: it may not be NULL. */
static void keep_key(void *key)
{
	(void)key;
}

static void search_cases(void)
{
	static char *words[] = {"m", "c", "x", "a", "e"};
	ENTRY e, *ep;
	void *root = NULL;
	int arr[8] = {5, 3, 9}, key = 7;
	size_t n = 3;
	struct q {
		struct q *next, *prev;
		int v;
	} q1 = {0, 0, 1}, q2 = {0, 0, 2}, q3 = {0, 0, 3};

	check(hcreate(10) != 0, "hcreate");
	e.key = "one";
	e.data = (void *)1;
	hsearch(e, ENTER);
	e.key = "two";
	e.data = (void *)2;
	hsearch(e, ENTER);
	e.key = "two";
	ep = hsearch(e, FIND);
	check(ep != NULL && ep->data == (void *)2, "hsearch finds two");
	e.key = "three";
	check(hsearch(e, FIND) == NULL, "hsearch: three is not there");
	hdestroy();

	for (unsigned i = 0; i < 5; i++)
		tsearch(words[i], &root, cmp_str);
	check(tsearch("c", &root, cmp_str) != NULL &&
		      *(char **)tfind("e", &root, cmp_str) == words[4],
	      "tsearch, tfind");
	twalk(root, walker);
	check(strcmp(walked, "acemx") == 0, "twalk in order: %s", walked);
	check(tdelete("m", &root, cmp_str) != NULL &&
		      tfind("m", &root, cmp_str) == NULL &&
		      tdelete("zz", &root, cmp_str) == NULL,
	      "tdelete of the root");
	walked[0] = '\0';
	twalk(root, walker);
	check(strcmp(walked, "acex") == 0, "after tdelete: %s", walked);
	tdestroy(root, keep_key);

	check(lfind(&key, arr, &n, sizeof(int), cmp_int) == NULL,
	      "lfind 7: no");
	check(lsearch(&key, arr, &n, sizeof(int), cmp_int) == &arr[3] && n == 4,
	      "lsearch adds 7");
	check(lfind(&arr[1], arr, &n, sizeof(int), cmp_int) == &arr[1],
	      "lfind 3");

	insque(&q1, NULL);
	insque(&q2, &q1);
	insque(&q3, &q2);
	remque(&q2);
	check(q1.next == &q3 && q3.prev == &q1 && q3.next == NULL,
	      "insque, remque");
}

int main(void)
{
	fnmatch_cases();
	glob_cases();
	ftw_cases();
	search_cases();
	check_done();
	return 0;
}
