/*
 * touch FILE...: makes each file that does not exist (empty), and sets
 * the modification time of each that does to now (by writing nothing
 * past a truncation to its own size).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Touches one file; 0, or 1 after an error. */
static int touch(const char *path)
{
	struct stat st;
	int fd = open(path, O_WRONLY | O_CREAT, 0666);

	if (fd < 0 || fstat(fd, &st) < 0 || ftruncate(fd, st.st_size) < 0) {
		fprintf(stderr, "touch: %s: %s\n", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return 1;
	}
	close(fd);
	return 0;
}

int main(int argc, char *argv[])
{
	int bad = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: touch FILE...\n");
		return 2;
	}
	for (int i = 1; i < argc; i++)
		bad |= touch(argv[i]);
	return bad;
}
