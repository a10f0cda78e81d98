// Walks the whole tree from the root: stats every name, reads every
// regular file to its end and lists every directory; then makes, writes,
// reads back and removes a file and a directory under /tmp. On a sound
// disk nothing fails. tests/test_ext2_fuzz.py boots it on damaged images,
// where calls may fail (with EIO, ENOENT...), but the kernel must not
// panic or hang, and the process must end normally.
// disk: yes
// expect: exit 0
// expect-output: ^walk: \d+ files, \d+ directories, 0 errors$
// forbid-output: FAIL
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAXDEPTH 16

static int nfiles, ndirs, nerrors;
static char buf[4096];

/* Counts and reports a failed call; the walk goes on. */
static void failed(const char *what, const char *path)
{
	nerrors++;
	if (nerrors <= 20)
		printf("walk: %s %s: %s\n", what, path, strerror(errno));
}

/* Reads path to its end (at most 64 MiB, in case a size is absurd). */
static void read_file(const char *path)
{
	long total = 0;
	int fd, n;

	if ((fd = open(path, O_RDONLY)) < 0) {
		failed("open", path);
		return;
	}
	while ((n = read(fd, buf, sizeof(buf))) > 0 &&
	       (total += n) < 64L * 1024 * 1024)
		;
	if (n < 0)
		failed("read", path);
	close(fd);
}

static void walk(const char *dir, int depth)
{
	char path[512];
	struct dirent *e;
	struct stat st;
	DIR *d;

	if (depth > MAXDEPTH)
		return;
	if ((d = opendir(dir)) == NULL) {
		failed("opendir", dir);
		return;
	}
	ndirs++;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s",
			 strcmp(dir, "/") ? dir : "", e->d_name);
		if (stat(path, &st) < 0) {
			failed("stat", path);
			continue;
		}
		if (S_ISDIR(st.st_mode))
			walk(path, depth + 1);
		else if (S_ISREG(st.st_mode)) {
			nfiles++;
			read_file(path);
		}
	}
	closedir(d);
}

/* Makes a file and a directory, writes, reads back, and removes them. */
static void write_some(void)
{
	static char data[20000];
	int fd, n;

	for (unsigned i = 0; i < sizeof(data); i++)
		data[i] = (char)(i * 7);
	if (mkdir("/tmp/walkdir", 0755) < 0)
		failed("mkdir", "/tmp/walkdir");
	if ((fd = open("/tmp/walkdir/f", O_RDWR | O_CREAT | O_TRUNC, 0644)) <
	    0) {
		failed("open", "/tmp/walkdir/f");
	} else {
		if (write(fd, data, sizeof(data)) != (int)sizeof(data))
			failed("write", "/tmp/walkdir/f");
		if (lseek(fd, 0, SEEK_SET) != 0 ||
		    (n = read(fd, buf, sizeof(buf))) != (int)sizeof(buf) ||
		    memcmp(buf, data, sizeof(buf)) != 0)
			failed("read back", "/tmp/walkdir/f");
		close(fd);
		if (unlink("/tmp/walkdir/f") < 0)
			failed("unlink", "/tmp/walkdir/f");
	}
	if (rmdir("/tmp/walkdir") < 0)
		failed("rmdir", "/tmp/walkdir");
}

int main(void)
{
	walk("/", 0);
	write_some();
	sync();
	printf("walk: %d files, %d directories, %d errors\n", nfiles, ndirs,
	       nerrors);
	return 0;
}
