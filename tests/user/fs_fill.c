// Filling the disk: writes fail with ENOSPC (after a short write), files
// cannot be made once the inodes run out, and removing the files gives
// back every block and inode; e2fsck then finds the image clean.
// disk: 8M/1024
// timeout: 60
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <fcntl.h>
#include <kestrel.h>
#include <sys/stat.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static char block[1024];

int main(void)
{
	struct kstatfs before, full, after;
	char name[32];
	int fd, n, total = 0, files = 0, r = 0;

	statfs("/", &before);
	fd = open("/tmp/fill", O_WRONLY | O_CREAT, 0644);
	memset(block, 'f', sizeof(block));
	while ((n = write(fd, block, sizeof(block))) == sizeof(block))
		total += n;
	check_err("the write when the disk is full", n, ENOSPC);
	close(fd);
	statfs("/", &full);
	check(full.f_bfree == 0 && total > 0,
	      "no free blocks left after %d KiB", total / 1024);
	for (files = 0; files < 100000; files++) {
		snprintf(name, sizeof(name), "/tmp/e%d", files);
		if ((r = open(name, O_WRONLY | O_CREAT, 0644)) < 0)
			break;
		close(r);
	}
	check(r == -1 && errno == ENOSPC && files > 0,
	      "%d empty files until ENOSPC (errno %s)", files, errname(errno));
	check_err("mkdir on a full disk", mkdir("/tmp/dir", 0755), ENOSPC);
	check_ok("unlink the big file", unlink("/tmp/fill"));
	r = 0;
	for (int i = 0; i < files; i++) {
		snprintf(name, sizeof(name), "/tmp/e%d", i);
		r |= unlink(name);
	}
	check(r == 0, "unlinked the empty files");
	statfs("/", &after);
	check(after.f_bfree == before.f_bfree &&
		      after.f_ffree == before.f_ffree,
	      "every block and inode back: %u/%u, %u/%u", after.f_bfree,
	      before.f_bfree, after.f_ffree, before.f_ffree);
	return check_done();
}
