// dup and dup2: lowest free fd, shared pipes, closing the target, EBADF.
// expect: exit 0
// expect-output: ^written through dup\(1\)$
// expect-output: ^written through dup2\(1, 7\)$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fd, a[2], b[2];
	char buf[16];

	fd = dup(1);
	check(fd == 3, "dup(1) returns the lowest free descriptor, 3: got %d",
	      fd);
	check(write(fd, "written through dup(1)\n", 23) == 23,
	      "write to the dup'ed console");
	check(dup2(1, 7) == 7, "dup2(1, 7) returns 7");
	check(write(7, "written through dup2(1, 7)\n", 27) == 27,
	      "write to fd 7");
	check(dup2(7, 7) == 7, "dup2(7, 7) returns 7 and does nothing");
	check(write(7, "", 0) == 0, "fd 7 is still open");
	close(3);
	close(7);
	check(dup(1) == 3, "after close(3), dup reuses 3");
	close(3);

	/* dup2 onto an open pipe end closes it first. */
	pipe(a); /* 3, 4 */
	pipe(b); /* 5, 6 */
	check(dup2(a[1], b[1]) == b[1], "dup2(a's write end, b's write end)");
	check(read(b[0], buf, sizeof(buf)) == 0,
	      "b's reader sees EOF: its only write end was closed by dup2");
	check(write(b[1], "via", 3) == 3, "write through the new b[1]");
	check(read(a[0], buf, sizeof(buf)) == 3 && memcmp(buf, "via", 3) == 0,
	      "the bytes arrive in pipe a");
	close(a[1]);
	check(write(b[1], "x", 1) == 1,
	      "pipe a stays open while the copy at b[1] is open");
	close(b[1]);
	read(a[0], buf, 1);
	check(read(a[0], buf, sizeof(buf)) == 0,
	      "EOF on a once both copies are closed");
	close(a[0]);
	close(b[0]);

	check_err("dup(closed fd 9)", dup(9), EBADF);
	check_err("dup(-1)", dup(-1), EBADF);
	check_err("dup(64)", dup(16), EBADF);
	check_err("dup2(closed fd 9, 10)", dup2(9, 10), EBADF);
	check_err("dup2(closed fd 9, 9)", dup2(9, 9), EBADF);
	check_err("dup2(1, -1)", dup2(1, -1), EBADF);
	check_err("dup2(1, 64)", dup2(1, 64), EBADF);
	check_err("dup2(1, 1000)", dup2(1, 1000), EBADF);
	check_err("write to 10 (dup2 failed, so still closed)",
		  write(10, "x", 1), EBADF);
	return check_done();
}
