// O_NONBLOCK on a pipe's write end: a write that would wait fails with
// EAGAIN instead, or writes what fits; one of at most PIPE_BUF bytes goes
// in whole or not at all.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 10
//
// A kernel that ignores O_NONBLOCK on writes blocks in the second write
// for ever (the test has no reader), and the harness's timeout fails it.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include "check.h"
#include "param.h" /* PIPESIZE */

static char buf[2 * PIPESIZE];

int main(void)
{
	int fds[2];

	signal(SIGPIPE, SIG_IGN);
	if (!check_ok("pipe", pipe(fds)))
		return check_done();
	check_ok("fcntl(F_SETFL, O_NONBLOCK)",
		 fcntl(fds[1], F_SETFL, O_NONBLOCK));
	check(write(fds[1], buf, PIPESIZE) == PIPESIZE,
	      "a write of what the pipe holds fits (%d bytes)", PIPESIZE);
	check_err("one byte more, the pipe full", write(fds[1], buf, 1),
		  EAGAIN);
	check(read(fds[0], buf, 100) == 100, "a reader takes 100 bytes");
	check_err("PIPE_BUF bytes, 100 free: all or nothing",
		  write(fds[1], buf, PIPE_BUF), EAGAIN);
	check(write(fds[1], buf, 1000) == 100,
	      "1000 bytes (more than PIPE_BUF), 100 free: 100 go in");
	check_err("the pipe full again", write(fds[1], buf, 1), EAGAIN);
	close(fds[0]);
	check_err("no reader left: EPIPE before EAGAIN", write(fds[1], buf, 1),
		  EPIPE);
	return check_done();
}
