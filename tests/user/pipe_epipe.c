// Writing to a pipe with no reader gives EPIPE (no SIGPIPE yet).
// expect: exit 0
// expect-output: ^write with no reader -> -1 EPIPE$
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// POSIX would also send SIGPIPE; kestrel does not deliver it yet, so the
// writer must survive and see EPIPE (a kill would fail this test's exit 0).
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int fds[2], pid, st = -1, r;

	pipe(fds);
	close(fds[0]);
	r = write(fds[1], "x", 1);
	if (r == -1 && errno == EPIPE)
		printf("write with no reader -> -1 EPIPE\n");
	check_err("write after closing the read end", r, EPIPE);
	close(fds[1]);
	/* Now the reader is another process that exits. */
	pipe(fds);
	pid = fork();
	if (pid == 0)
		_exit(0); /* holds fds[0] until it exits */
	close(fds[0]);
	waitpid(pid, &st, 0);
	check_err("write after the reading child exited", write(fds[1], "x", 1),
		  EPIPE);
	check_err("and again", write(fds[1], "xyz", 3), EPIPE);
	close(fds[1]);
	return check_done();
}
