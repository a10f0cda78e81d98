// read, write, close on closed, negative or huge fds, wrong pipe end: EBADF.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	static const int bad[] = {5, 15, 16, -1, 1000, 0x7fffffff, -0x7fffffff};
	char buf[4] = "abc";
	int fds[2];

	for (int i = 0; i < (int)(sizeof(bad) / sizeof(bad[0])); i++) {
		char what[48];
		int fd = bad[i];

		snprintf(what, sizeof(what), "read(%d)", fd);
		check_err(what, read(fd, buf, 1), EBADF);
		snprintf(what, sizeof(what), "write(%d)", fd);
		check_err(what, write(fd, buf, 1), EBADF);
		snprintf(what, sizeof(what), "close(%d)", fd);
		check_err(what, close(fd), EBADF);
	}
	pipe(fds);
	check_err("write to a pipe's read end", write(fds[0], buf, 1), EBADF);
	check_err("read from a pipe's write end", read(fds[1], buf, 1), EBADF);
	check(close(fds[0]) == 0, "close(read end)");
	check_err("close(read end) again", close(fds[0]), EBADF);
	check_err("read from the closed read end", read(fds[0], buf, 1), EBADF);
	close(fds[1]);
	check_err("write to the closed write end", write(fds[1], buf, 1),
		  EBADF);
	return check_done();
}
