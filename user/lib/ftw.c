/*
 * ftw and nftw. Each directory's names are read whole and the directory
 * closed before going down into them, so a walk holds one descriptor
 * whatever its depth (a process has only OPEN_MAX).
 */
#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef int (*nftw_fn)(const char *, const struct stat *, int, struct FTW *);

struct walker {
	nftw_fn fn;
	int flags;
	char path[PATH_MAX];
	dev_t dev; /* the start's device, for FTW_MOUNT */
};

/* The names in directory path, NUL-separated, with an empty one at the
 * end; NULL if it cannot be read. From malloc. */
static char *read_names(const char *path)
{
	size_t len = 0, cap = 256;
	char *names = malloc(cap), *bigger;
	struct dirent *e;
	DIR *d;

	if (names == NULL || (d = opendir(path)) == NULL) {
		free(names);
		return NULL;
	}
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name) + 1;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (len + n + 1 > cap) {
			cap = (len + n + 1) * 2;
			if ((bigger = realloc(names, cap)) == NULL) {
				free(names);
				closedir(d);
				errno = ENOMEM;
				return NULL;
			}
			names = bigger;
		}
		memcpy(names + len, e->d_name, n);
		len += n;
	}
	names[len] = '\0';
	closedir(d);
	return names;
}

static int walk(struct walker *w, int len, int base, int level);

/* The entries of the directory w->path (len bytes), then (with
 * FTW_DEPTH) the directory itself. */
static int walk_dir(struct walker *w, int len, int base, int level,
		    const struct stat *st)
{
	struct FTW f = {base, level};
	char *names = read_names(w->path), *p;
	int r = 0;

	if (names == NULL)
		return w->fn(w->path, st, FTW_DNR, &f);
	if (!(w->flags & FTW_DEPTH) && (r = w->fn(w->path, st, FTW_D, &f)))
		goto out;
	for (p = names; *p != '\0' && r == 0; p += strlen(p) + 1) {
		int n = len, sl = len > 0 && w->path[len - 1] != '/';

		if (len + sl + (int)strlen(p) >= PATH_MAX) {
			errno = ENAMETOOLONG;
			r = -1;
			break;
		}
		if (sl)
			w->path[n++] = '/';
		strcpy(w->path + n, p);
		r = walk(w, n + (int)strlen(p), n, level + 1);
		w->path[len] = '\0';
	}
	if (r == 0 && (w->flags & FTW_DEPTH))
		r = w->fn(w->path, st, FTW_DP, &f);
out:
	free(names);
	return r;
}

static int walk(struct walker *w, int len, int base, int level)
{
	struct FTW f = {base, level};
	struct stat st;

	if (stat(w->path, &st) < 0) {
		if (level == 0)
			return -1; /* no tree at all: stat's errno */
		return w->fn(w->path, &st, FTW_NS, &f);
	}
	if (level == 0)
		w->dev = st.st_dev;
	if ((w->flags & FTW_MOUNT) && st.st_dev != w->dev)
		return 0;
	if (S_ISDIR(st.st_mode))
		return walk_dir(w, len, base, level, &st);
	return w->fn(w->path, &st, FTW_F, &f);
}

/* See <ftw.h>. */
int nftw(const char *path, nftw_fn fn, int nopenfd, int flags)
{
	struct walker *w;
	size_t len = strlen(path);
	const char *slash;
	int r;

	(void)nopenfd;
	if (flags & FTW_CHDIR) {
		errno = EINVAL;
		return -1;
	}
	if (len >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if ((w = malloc(sizeof(*w))) == NULL)
		return -1;
	w->fn = fn;
	w->flags = flags;
	strcpy(w->path, path);
	slash = strrchr(path, '/');
	r = walk(w, len,
		 slash != NULL && slash[1] != '\0' ? slash - path + 1 : 0, 0);
	free(w);
	return r;
}

/* ftw's callback, called through nftw's. */
static int (*ftw_fn)(const char *, const struct stat *, int);

static int call_ftw(const char *path, const struct stat *st, int type,
		    struct FTW *f)
{
	(void)f;
	return ftw_fn(path, st, type == FTW_DP ? FTW_D : type);
}

int ftw(const char *path, int (*fn)(const char *, const struct stat *, int),
	int nopenfd)
{
	int (*saved)(const char *, const struct stat *, int) = ftw_fn, r;

	ftw_fn = fn;
	r = nftw(path, call_ftw, nopenfd, 0);
	ftw_fn = saved;
	return r;
}
