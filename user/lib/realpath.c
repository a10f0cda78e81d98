/* realpath: a path made absolute, with no ".", ".." or repeated
 * slashes (kestrel has no symbolic links to resolve). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Appends the n bytes of name to the path in out (len bytes so far) as
 * one more part, or takes one part off for ".."; the new length or -1. */
static int add_part(char *out, int len, const char *name, int n)
{
	if (n == 0 || (n == 1 && name[0] == '.'))
		return len;
	if (n == 2 && name[0] == '.' && name[1] == '.') {
		while (len > 1 && out[len - 1] != '/')
			len--;
		if (len > 1)
			len--;
		out[len] = '\0';
		return len;
	}
	if (len + 1 + n >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if (len > 1)
		out[len++] = '/';
	memcpy(out + len, name, n);
	len += n;
	out[len] = '\0';
	return len;
}

/* See <stdlib.h>. */
char *realpath(const char *path, char *resolved)
{
	char buf[PATH_MAX];
	struct stat st;
	int len;

	if (path == NULL || path[0] == '\0') {
		errno = path == NULL ? EINVAL : ENOENT;
		return NULL;
	}
	if (stat(path, &st) < 0)
		return NULL;
	if (path[0] == '/')
		strcpy(buf, "/");
	else if (getcwd(buf, sizeof(buf)) == NULL)
		return NULL;
	len = strlen(buf);
	while (*path != '\0' && len >= 0) {
		int n = strcspn(path, "/");

		len = add_part(buf, len, path, n);
		path += n;
		path += strspn(path, "/");
	}
	if (len < 0)
		return NULL;
	if (resolved == NULL)
		return strdup(buf);
	return strcpy(resolved, buf);
}
