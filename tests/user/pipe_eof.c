// Pipe EOF comes only when every write end, copies too, is closed.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int fds[2], pid, st = -1, extra;
	char buf[16] = {0};

	pipe(fds);
	extra = dup(fds[1]);
	check(write(fds[1], "hello", 5) == 5, "wrote 5 bytes");
	close(fds[1]);
	check(read(fds[0], buf, sizeof(buf)) == 5 &&
		      memcmp(buf, "hello", 5) == 0,
	      "read returns the 5 bytes written (not more, without blocking)");
	/* The dup'ed write end is still open: the reader must not see EOF.
	 * A child holds it and writes after a pause, then exits. */
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		write(extra, "late", 4);
		_exit(0);
	}
	close(extra);
	check(read(fds[0], buf, sizeof(buf)) == 4 &&
		      memcmp(buf, "late", 4) == 0,
	      "read waits for the child's write, not EOF, while it holds a "
	      "write end");
	check(read(fds[0], buf, sizeof(buf)) == 0,
	      "read returns 0 once the last writer has exited");
	check(read(fds[0], buf, sizeof(buf)) == 0, "and 0 again");
	waitpid(pid, &st, 0);
	close(fds[0]);
	return check_done();
}
