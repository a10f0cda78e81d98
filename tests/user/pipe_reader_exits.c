// A writer blocked on a full pipe wakes when the reader exits.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 10
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static char data[65536];

int main(void)
{
	int fds[2], pid, st = -1, r;

	signal(SIGPIPE, SIG_IGN); /* see the EPIPE, not the signal */
	pipe(fds);
	pid = fork();
	if (pid == 0) {
		char buf[100];

		close(fds[1]);
		usleep(200000);
		read(fds[0], buf, sizeof(buf));
		_exit(0); /* closes the only read end */
	}
	close(fds[0]);
	r = write(fds[1], data, sizeof(data));
	check((r > 0 && r < (int)sizeof(data)) || (r == -1 && errno == EPIPE),
	      "blocked write woke when the reader exited: returned %d "
	      "(errno %s)",
	      r, r == -1 ? errname(errno) : "-");
	check_err("the next write", write(fds[1], data, 10), EPIPE);
	waitpid(pid, &st, 0);
	close(fds[1]);
	return check_done();
}
