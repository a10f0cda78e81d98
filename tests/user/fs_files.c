// Files on the disk: create, write, read back, lseek, O_APPEND, O_TRUNC,
// O_EXCL, holes, ftruncate, unlink, fstat, and the errors of each.
// disk: yes
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static char buf[8192];

/* Does fd read back exactly want (n bytes) from offset 0? */
static int reads_back(int fd, const char *want, int n)
{
	return lseek(fd, 0, SEEK_SET) == 0 && read(fd, buf, sizeof(buf)) == n &&
	       memcmp(buf, want, n) == 0;
}

int main(void)
{
	struct stat st;
	char name[300];
	int fd, fd2;

	fd = open("/tmp/f", O_RDWR | O_CREAT | O_EXCL, 0644);
	check_ok("open(/tmp/f, O_CREAT | O_EXCL)", fd);
	check(write(fd, "hello, disk\n", 12) == 12, "write 12 bytes");
	check(reads_back(fd, "hello, disk\n", 12), "read them back");
	check(fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
		      (st.st_mode & 0777) == 0644 && st.st_size == 12 &&
		      st.st_nlink == 1,
	      "fstat: regular, 0644 (umask 022), 12 bytes, 1 link");
	check(st.st_mtime > 1000000000, "mtime is a date: %d", st.st_mtime);
	check_err("open(/tmp/f, O_CREAT | O_EXCL) again",
		  open("/tmp/f", O_RDWR | O_CREAT | O_EXCL, 0644), EEXIST);
	check(lseek(fd, 7, SEEK_SET) == 7 && write(fd, "DISK", 4) == 4,
	      "overwrite in the middle");
	check(reads_back(fd, "hello, DISK\n", 12), "the middle changed");
	check(lseek(fd, -5, SEEK_END) == 7, "lseek -5 from the end: 7");
	check(lseek(fd, 2, SEEK_CUR) == 9, "lseek +2 from there: 9");
	check_err("lseek to -1", lseek(fd, -100, SEEK_CUR), EINVAL);
	check_err("lseek whence 3", lseek(fd, 0, 3), EINVAL);
	close(fd);

	fd = open("/tmp/f", O_WRONLY | O_APPEND);
	check(write(fd, "more\n", 5) == 5 && lseek(fd, 0, SEEK_CUR) == 17,
	      "O_APPEND writes at the end");
	lseek(fd, 0, SEEK_SET);
	write(fd, "end\n", 4);
	close(fd);
	fd = open("/tmp/f", O_RDONLY);
	check(reads_back(fd, "hello, DISK\nmore\nend\n", 21),
	      "even after lseek to 0");
	check_err("write on O_RDONLY", write(fd, "x", 1), EBADF);
	close(fd);

	fd = open("/tmp/f", O_RDWR | O_TRUNC);
	check(fstat(fd, &st) == 0 && st.st_size == 0 && st.st_blocks == 0,
	      "O_TRUNC empties it and frees its blocks");
	check(lseek(fd, 5000, SEEK_SET) == 5000 && write(fd, "x", 1) == 1,
	      "a write past the end");
	memset(buf, 1, sizeof(buf));
	check(lseek(fd, 0, SEEK_SET) == 0 && read(fd, buf, 8192) == 5001 &&
		      buf[0] == 0 && buf[4999] == 0 && buf[5000] == 'x',
	      "leaves a hole that reads as zeros");
	check(ftruncate(fd, 3) == 0 && fstat(fd, &st) == 0 && st.st_size == 3,
	      "ftruncate to 3");
	check(ftruncate(fd, 6000) == 0 && lseek(fd, 0, SEEK_SET) == 0 &&
		      read(fd, buf, 8192) == 6000 && buf[5000] == 0,
	      "grown again: zeros, not the old byte");
	check_err("ftruncate -1", ftruncate(fd, -1), EINVAL);
	fd2 = open("/tmp/f", O_RDONLY);
	check_err("ftruncate on O_RDONLY", ftruncate(fd2, 0), EINVAL);
	close(fd2);
	close(fd);

	check_err("open(/tmp/f/x)", open("/tmp/f/x", O_RDONLY), ENOTDIR);
	check_err("open(/tmp/f/, O_RDONLY)", open("/tmp/f/", O_RDONLY),
		  ENOTDIR);
	check_err("open(/tmp, O_WRONLY)", open("/tmp", O_WRONLY), EISDIR);
	check_err("open(/tmp, O_CREAT)", open("/tmp", O_RDONLY | O_CREAT, 0),
		  EISDIR);
	check_err("open(/nodir/f, O_CREAT)",
		  open("/nodir/f", O_RDWR | O_CREAT, 0644), ENOENT);
	memset(name, 'n', sizeof(name));
	memcpy(name, "../tmp/", 7);
	name[7 + 255] = 0;
	check_err("a path of 262 bytes", open(name, O_RDWR | O_CREAT, 0644),
		  ENAMETOOLONG);
	chdir("/tmp");
	fd = open(name + 7, O_RDWR | O_CREAT, 0644);
	check_ok("a 255-byte name", fd);
	close(fd);
	check_ok("unlink it by a relative path", unlink(name + 7));

	check_ok("unlink(/tmp/f)", unlink("/tmp/f"));
	check_err("open after unlink", open("/tmp/f", O_RDONLY), ENOENT);
	check_err("unlink again", unlink("/tmp/f"), ENOENT);
	check_err("unlink(/tmp)", unlink("/tmp"), EISDIR);
	check_err("stat(/no)", stat("/no", &st), ENOENT);
	check(umask(077) == 022, "umask was 022");
	fd = open("/tmp/private", O_RDWR | O_CREAT, 0666);
	check_ok("open(/tmp/private, O_CREAT, 0666)", fd);
	check(fstat(fd, &st) == 0 && (st.st_mode & 0777) == 0600,
	      "umask 077 gives 0600: 0%o", st.st_mode & 0777);
	close(fd);
	check(chmod("/tmp/private", 0751) == 0 &&
		      stat("/tmp/private", &st) == 0 &&
		      (st.st_mode & 07777) == 0751 && S_ISREG(st.st_mode),
	      "chmod 0751");
	sync(); /* void, as POSIX has it: it cannot fail */
	check(1, "sync returns");
	return check_done();
}
