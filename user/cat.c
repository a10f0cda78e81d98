/* cat: copies the named files (or standard input) to standard output. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Copies fd to standard output; returns 0, or -1 with errno set. */
static int copy(int fd)
{
	char buf[512];
	int n, done, w;

	while ((n = read(fd, buf, sizeof(buf))) > 0) {
		for (done = 0; done < n; done += w) {
			w = write(STDOUT_FILENO, buf + done, n - done);
			if (w <= 0)
				return -1;
		}
	}
	return n;
}

/* Copies one named file; returns 0, or 1 after printing an error. */
static int cat_file(const char *path)
{
	int fd = open(path, O_RDONLY);
	int r;

	if (fd < 0) {
		fprintf(stderr, "cat: %s: %s\n", path, strerror(errno));
		return 1;
	}
	r = copy(fd);
	if (r < 0)
		fprintf(stderr, "cat: %s: %s\n", path, strerror(errno));
	close(fd);
	return r < 0;
}

int main(int argc, char *argv[])
{
	int status = 0;

	if (argc < 2) {
		if (copy(STDIN_FILENO) < 0) {
			perror("cat");
			return 1;
		}
		return 0;
	}
	for (int i = 1; i < argc; i++)
		status |= cat_file(argv[i]);
	return status;
}
