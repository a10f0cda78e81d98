// Writing to a pipe with no reader sends SIGPIPE, which ends the writer
// by default; with SIGPIPE ignored, the write fails with EPIPE instead.
// expect: exit 0
// expect-output: ^write with no reader -> -1 EPIPE$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int fds[2], pid, st = -1, r;

	/* By default, SIGPIPE ends the writer. */
	pipe(fds);
	close(fds[0]);
	pid = fork();
	if (pid == 0) {
		write(fds[1], "x", 1);
		_exit(0);
	}
	check(waitpid(pid, &st, 0) == pid && WIFSIGNALED(st) &&
		      WTERMSIG(st) == SIGPIPE,
	      "a writer with no reader died of SIGPIPE (status 0x%x)", st);
	close(fds[1]);

	/* Ignored, the write returns EPIPE. */
	check(signal(SIGPIPE, SIG_IGN) != SIG_ERR, "ignore SIGPIPE");
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
