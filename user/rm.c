/*
 * rm [-r] PATH...: removes each file; with -r, directories too, with
 * everything in them.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int recursive;

/* Removes path (and with -r what it holds); 0, or 1 after an error. */
static int remove_path(const char *path)
{
	char sub[PATH_MAX];
	struct dirent *e;
	struct stat st;
	int bad = 0;
	DIR *d;

	if (recursive && lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		if ((d = opendir(path)) == NULL)
			goto fail;
		while ((e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 ||
			    strcmp(e->d_name, "..") == 0)
				continue;
			snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
			bad |= remove_path(sub);
			rewinddir(d); /* the directory changed under us */
		}
		closedir(d);
		if (rmdir(path) < 0)
			goto fail;
		return bad;
	}
	if (unlink(path) == 0)
		return 0;
fail:
	fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
	return 1;
}

int main(int argc, char *argv[])
{
	int i = 1, bad = 0;

	if (i < argc && strcmp(argv[i], "-r") == 0) {
		recursive = 1;
		i++;
	}
	if (i == argc) {
		fprintf(stderr, "usage: rm [-r] PATH...\n");
		return 2;
	}
	for (; i < argc; i++)
		bad |= remove_path(argv[i]);
	return bad;
}
