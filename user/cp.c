/*
 * cp FROM TO: copies the file FROM to TO (made or emptied, permissions
 * from FROM); if TO is a directory, into it under FROM's name.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char buf[8192];

/* The last component of path. */
static const char *base(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

/* Copies all of in to out; 0, or -1 with errno. */
static int copy(int in, int out)
{
	int n, w;

	while ((n = read(in, buf, sizeof(buf))) > 0)
		for (int done = 0; done < n; done += w)
			if ((w = write(out, buf + done, n - done)) < 0)
				return -1;
	return n;
}

int main(int argc, char *argv[])
{
	char to[PATH_MAX];
	struct stat st, dst;
	int in, out, r;

	if (argc != 3) {
		fprintf(stderr, "usage: cp FROM TO\n");
		return 2;
	}
	if ((in = open(argv[1], O_RDONLY)) < 0 || fstat(in, &st) < 0) {
		fprintf(stderr, "cp: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	snprintf(to, sizeof(to), "%s", argv[2]);
	if (stat(argv[2], &dst) == 0 && S_ISDIR(dst.st_mode))
		snprintf(to, sizeof(to), "%s/%s", argv[2], base(argv[1]));
	if ((out = open(to, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 0777)) <
	    0) {
		fprintf(stderr, "cp: %s: %s\n", to, strerror(errno));
		return 1;
	}
	r = copy(in, out);
	if (r < 0)
		fprintf(stderr, "cp: %s -> %s: %s\n", argv[1], to,
			strerror(errno));
	close(in);
	if (close(out) < 0)
		r = -1;
	return r < 0;
}
