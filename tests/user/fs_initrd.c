// The initrd root (no disk) answers the calls that read: stat, fstat,
// lseek, directory listings, chdir and relative paths, getcwd; the calls
// that write fail with EROFS.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <dirent.h>
#include <fcntl.h>
#include <kestrel.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct stat st = {0}, st2;
	struct kstatfs fs;
	struct dirent *e;
	char buf[64];
	int fd, found = 0, dirs = 0;
	DIR *d;

	check(stat("/bin/hello", &st) == 0 && S_ISREG(st.st_mode) &&
		      st.st_size > 0 && st.st_dev == ST_DEV_INITRD,
	      "stat /bin/hello: a regular file of %d bytes", st.st_size);
	check(stat("/bin", &st2) == 0 && S_ISDIR(st2.st_mode),
	      "stat /bin: a directory");
	check(stat("/", &st2) == 0 && S_ISDIR(st2.st_mode), "stat /");
	fd = open("/bin/hello", O_RDONLY);
	check(fstat(fd, &st2) == 0 && st2.st_ino == st.st_ino &&
		      st2.st_size == st.st_size,
	      "fstat agrees");
	check(lseek(fd, 1, SEEK_SET) == 1 && read(fd, buf, 3) == 3 &&
		      memcmp(buf, "ELF", 3) == 0,
	      "lseek 1, then ELF");
	check(lseek(fd, 0, SEEK_END) == st.st_size && read(fd, buf, 1) == 0,
	      "lseek to the end: end of file");
	close(fd);
	d = opendir("/bin");
	while (d && (e = readdir(d)) != NULL)
		found += strcmp(e->d_name, "hello") == 0 && e->d_type == DT_REG;
	if (d)
		closedir(d);
	check(found == 1, "readdir /bin lists hello once");
	d = opendir("/");
	while (d && (e = readdir(d)) != NULL)
		dirs += e->d_type == DT_DIR && (strcmp(e->d_name, "bin") == 0 ||
						strcmp(e->d_name, "test") == 0);
	if (d)
		closedir(d);
	check(dirs == 2, "readdir / lists bin and test as directories");
	check_ok("chdir /bin", chdir("/bin"));
	check(getcwd(buf, sizeof(buf)) && strcmp(buf, "/bin") == 0,
	      "getcwd: %s", buf);
	check(stat("hello", &st2) == 0 && st2.st_ino == st.st_ino &&
		      stat("../test/../bin/./hello", &st2) == 0 &&
		      st2.st_ino == st.st_ino,
	      "relative paths with . and ..");
	check_err("chdir to a file", chdir("hello"), ENOTDIR);
	check_err("stat hello/x", stat("hello/x", &st2), ENOTDIR);
	check_err("open O_CREAT", open("new", O_RDWR | O_CREAT, 0644), EROFS);
	check_err("open O_WRONLY", open("hello", O_WRONLY), EROFS);
	check_err("mkdir", mkdir("/d", 0755), EROFS);
	check_err("unlink", unlink("hello"), EROFS);
	check_err("rmdir", rmdir("/bin"), EROFS);
	check_err("link", link("hello", "h2"), EROFS);
	check_err("rename", rename("hello", "h2"), EROFS);
	check_err("chmod", chmod("hello", 0777), EROFS);
	check(statfs("/", &fs) == 0 && fs.f_readonly == 1, "statfs: read-only");
	sync();
	check(1, "sync returns on a read-only root");
	return check_done();
}
