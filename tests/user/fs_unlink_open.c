// A file unlinked while open stays readable and writable until its last
// close, which frees its blocks and inode: the free counts come back.
// disk: yes
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fcntl.h>
#include <kestrel.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static char block[4096];

int main(void)
{
	struct kstatfs before, open_, after;
	struct stat st;
	int fd, fd2, ok = 1;

	check_ok("statfs", statfs("/", &before));
	fd = open("/tmp/gone", O_RDWR | O_CREAT, 0644);
	memset(block, 'z', sizeof(block));
	for (int i = 0; i < 64 && ok; i++)
		ok = write(fd, block, sizeof(block)) == sizeof(block);
	check(ok, "256 KiB written");
	fd2 = dup(fd);
	check_ok("unlink it while open", unlink("/tmp/gone"));
	check(fstat(fd, &st) == 0 && st.st_nlink == 0 &&
		      st.st_size == 64 * 4096,
	      "fstat: 0 links, still 256 KiB");
	check_ok("statfs", statfs("/", &open_));
	check(open_.f_bfree < before.f_bfree &&
		      open_.f_ffree == before.f_ffree - 1,
	      "its blocks and inode are still in use");
	check(lseek(fd, 4096 * 10, SEEK_SET) > 0 &&
		      read(fd, block, 100) == 100 && block[99] == 'z',
	      "still readable");
	close(fd);
	check(write(fd2, "x", 1) == 1, "still writable through the dup");
	close(fd2);
	check_ok("statfs", statfs("/", &after));
	check(after.f_bfree == before.f_bfree &&
		      after.f_ffree == before.f_ffree,
	      "the last close freed them all: %u/%u blocks, %u/%u inodes",
	      after.f_bfree, before.f_bfree, after.f_ffree, before.f_ffree);
	return check_done();
}
