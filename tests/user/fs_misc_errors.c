// The file calls on pipes and the console, and bad descriptors. fstat
// of a pipe gives S_IFIFO, of the console S_IFCHR; lseek on them ESPIPE;
// getdents on a file ENOTDIR; a closed descriptor EBADF; a full table
// EMFILE, even for O_CREAT, which then makes no file.
// disk: yes
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct stat st;
	char buf[256];
	int p[2], fd, fds[OPEN_MAX], n = 0;

	pipe(p);
	check(fstat(p[0], &st) == 0 && S_ISFIFO(st.st_mode),
	      "fstat of a pipe: S_IFIFO (0%o)", st.st_mode);
	check(fstat(1, &st) == 0 && S_ISCHR(st.st_mode),
	      "fstat of the console: S_IFCHR (0%o)", st.st_mode);
	check(stat("/dev/console", &st) == 0 && S_ISCHR(st.st_mode),
	      "stat of /dev/console: S_IFCHR");
	check_err("lseek on a pipe", lseek(p[0], 0, SEEK_SET), ESPIPE);
	check_err("lseek on the console", lseek(0, 0, SEEK_CUR), ESPIPE);
	check_err("fsync of a pipe", fsync(p[1]), EINVAL);
	check_err("getdents on a pipe", getdents(p[0], buf, sizeof(buf)),
		  ENOTDIR);
	close(p[0]);
	close(p[1]);
	check_err("fstat of a closed fd", fstat(p[0], &st), EBADF);
	check_err("lseek of a closed fd", lseek(p[0], 0, SEEK_SET), EBADF);
	check_err("fsync of a closed fd", fsync(p[0]), EBADF);
	fd = open("/bin/sh", O_RDONLY);
	check_err("getdents on a file", getdents(fd, buf, sizeof(buf)),
		  ENOTDIR);
	check_ok("fsync of a file", fsync(fd));
	close(fd);
	fd = open("/", O_RDONLY);
	check_err("getdents into 4 bytes", getdents(fd, buf, 4), EINVAL);
	check_err("read of a directory", read(fd, buf, 1), EISDIR);
	close(fd);
	while ((fd = open("/bin/sh", O_RDONLY)) >= 0)
		fds[n++] = fd;
	check_err("open with the table full", fd, EMFILE);
	check_err("creat with the table full",
		  open("/tmp/new", O_RDWR | O_CREAT, 0644), EMFILE);
	check_err("the file was not made", stat("/tmp/new", &st), ENOENT);
	while (n > 3)
		close(fds[--n]);
	return check_done();
}
