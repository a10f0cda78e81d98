/* basename and dirname, POSIX's rules for splitting a path name. */
#include <libgen.h>
#include <string.h>

/* Cuts the '/'s off the end of path, keeping one if it is all '/'s;
 * returns its new length. */
static size_t strip_slashes(char *path, size_t len)
{
	while (len > 1 && path[len - 1] == '/')
		len--;
	path[len] = 0;
	return len;
}

/* See <libgen.h>. */
char *basename(char *path)
{
	static char dot[] = ".";
	size_t len;
	char *p;

	if (path == NULL || *path == 0)
		return dot;
	len = strip_slashes(path, strlen(path));
	if (len == 1)
		return path; /* "/" or a one-character name */
	p = strrchr(path, '/');
	return p != NULL ? p + 1 : path;
}

/* See <libgen.h>. */
char *dirname(char *path)
{
	static char dot[] = ".";
	size_t len;

	if (path == NULL || *path == 0)
		return dot;
	len = strip_slashes(path, strlen(path));
	while (len > 0 && path[len - 1] != '/')
		len--; /* the last component */
	if (len == 0)
		return dot; /* no '/' at all */
	strip_slashes(path, len);
	return path;
}
