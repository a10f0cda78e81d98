/*
 * glob: expands a pattern one path component at a time. A component
 * with no wildcards is taken as it is; one with wildcards is matched
 * (fnmatch, FNM_PERIOD) against each entry of the directory so far.
 * The names each call adds are sorted with strcmp, as in the C locale.
 */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct globber {
	glob_t *g;
	int flags;
	int (*errfunc)(const char *, int);
	size_t cap; /* room in g->gl_pathv */
};

/* Adds a copy of path to the list; GLOB_NOSPACE if there is no memory. */
static int add_name(struct globber *gb, const char *path, int is_dir)
{
	glob_t *g = gb->g;
	size_t used = g->gl_offs + g->gl_pathc, len = strlen(path);
	char *copy;

	if (used + 2 > gb->cap) {
		size_t cap = gb->cap * 2 + 8;
		char **v = realloc(g->gl_pathv, cap * sizeof(*v));

		if (v == NULL)
			return GLOB_NOSPACE;
		g->gl_pathv = v;
		gb->cap = cap;
	}
	if ((copy = malloc(len + 2)) == NULL)
		return GLOB_NOSPACE;
	strcpy(copy, path);
	if (is_dir && (gb->flags & GLOB_MARK) &&
	    (len == 0 || path[len - 1] != '/'))
		strcat(copy, "/");
	g->gl_pathv[used] = copy;
	g->gl_pathv[used + 1] = NULL;
	g->gl_pathc++;
	return 0;
}

/* Whether the n bytes of s hold a wildcard that is not escaped. */
static int has_wildcard(const char *s, size_t n, int flags)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && !(flags & GLOB_NOESCAPE) && i + 1 < n)
			i++;
		else if (s[i] == '*' || s[i] == '?' || s[i] == '[')
			return 1;
	}
	return 0;
}

/* Appends the n bytes of s to path (len bytes), without backslash
 * escapes; the new length, or -1 if it does not fit. */
static int append_literal(char *path, int len, const char *s, size_t n,
			  int flags)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && !(flags & GLOB_NOESCAPE) && i + 1 < n)
			i++;
		if (len + 1 >= PATH_MAX)
			return -1;
		path[len++] = s[i];
	}
	path[len] = '\0';
	return len;
}

static int expand(struct globber *gb, char *path, int len, const char *pat);

/* Matches component comp (n bytes) against the entries of the directory
 * path names, going on with rest for each match. */
static int expand_dir(struct globber *gb, char *path, int len, const char *comp,
		      size_t n, const char *rest)
{
	char pattern[NAME_MAX + 1];
	struct dirent *e;
	DIR *d;
	int r = 0;

	if (n > NAME_MAX)
		return 0;
	memcpy(pattern, comp, n);
	pattern[n] = '\0';
	if ((d = opendir(len > 0 ? path : ".")) == NULL) {
		if ((gb->errfunc != NULL && gb->errfunc(path, errno) != 0) ||
		    (gb->flags & GLOB_ERR))
			return GLOB_ABORTED;
		return 0;
	}
	while (r == 0 && (e = readdir(d)) != NULL) {
		int fl = FNM_PERIOD |
			 ((gb->flags & GLOB_NOESCAPE) ? FNM_NOESCAPE : 0);
		int nlen = len + (int)strlen(e->d_name);

		if (fnmatch(pattern, e->d_name, fl) != 0 || nlen >= PATH_MAX)
			continue;
		strcpy(path + len, e->d_name);
		r = expand(gb, path, nlen, rest);
		path[len] = '\0';
	}
	closedir(d);
	return r;
}

/* Expands pat after the path so far (len bytes of path). */
static int expand(struct globber *gb, char *path, int len, const char *pat)
{
	struct stat st;
	size_t n;

	if (*pat == '/') {
		while (*pat == '/')
			pat++;
		if (len + 1 >= PATH_MAX)
			return 0;
		path[len++] = '/';
		path[len] = '\0';
	}
	if (*pat == '\0') {
		if (stat(path, &st) < 0)
			return 0;
		return add_name(gb, path, S_ISDIR(st.st_mode));
	}
	n = strcspn(pat, "/");
	if (has_wildcard(pat, n, gb->flags))
		return expand_dir(gb, path, len, pat, n, pat + n);
	if ((len = append_literal(path, len, pat, n, gb->flags)) < 0)
		return 0;
	return expand(gb, path, len, pat + n);
}

static int compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* See <glob.h>. */
int glob(const char *pattern, int flags,
	 int (*errfunc)(const char *path, int err), glob_t *g)
{
	struct globber gb = {g, flags, errfunc, 0};
	char path[PATH_MAX];
	size_t first;
	int r;

	if (!(flags & GLOB_APPEND)) {
		g->gl_pathc = 0;
		g->gl_pathv = NULL;
		if (!(flags & GLOB_DOOFFS))
			g->gl_offs = 0;
	} else if (g->gl_pathv != NULL) {
		gb.cap = g->gl_offs + g->gl_pathc + 1;
	}
	if (g->gl_pathv == NULL) {
		gb.cap = g->gl_offs + 1;
		if ((g->gl_pathv = calloc(gb.cap, sizeof(char *))) == NULL)
			return GLOB_NOSPACE;
	}
	first = g->gl_pathc;
	path[0] = '\0';
	r = expand(&gb, path, 0, pattern);
	if (r != 0)
		return r;
	if (g->gl_pathc == first) {
		if (!(flags & GLOB_NOCHECK))
			return GLOB_NOMATCH;
		gb.flags &= ~GLOB_MARK;
		return add_name(&gb, pattern, 0);
	}
	if (!(flags & GLOB_NOSORT))
		qsort(g->gl_pathv + g->gl_offs + first, g->gl_pathc - first,
		      sizeof(char *), compare);
	return 0;
}

void globfree(glob_t *g)
{
	if (g->gl_pathv != NULL) {
		for (size_t i = 0; i < g->gl_pathc; i++)
			free(g->gl_pathv[g->gl_offs + i]);
		free(g->gl_pathv);
	}
	g->gl_pathv = NULL;
	g->gl_pathc = 0;
}
