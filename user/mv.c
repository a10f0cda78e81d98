/*
 * mv OLD NEW: renames OLD to NEW; if NEW is a directory, moves OLD into
 * it under its own name.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* The last component of path. */
static const char *base(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

int main(int argc, char *argv[])
{
	char to[PATH_MAX];
	struct stat st;

	if (argc != 3) {
		fprintf(stderr, "usage: mv OLD NEW\n");
		return 2;
	}
	snprintf(to, sizeof(to), "%s", argv[2]);
	if (stat(argv[2], &st) == 0 && S_ISDIR(st.st_mode))
		snprintf(to, sizeof(to), "%s/%s", argv[2], base(argv[1]));
	if (rename(argv[1], to) < 0) {
		fprintf(stderr, "mv: %s -> %s: %s\n", argv[1], to,
			strerror(errno));
		return 1;
	}
	return 0;
}
