// A reader blocked on an empty pipe wakes with 0 when the writer exits.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 10
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int fds[2], pid, st = -1;
	char c;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		usleep(200000);
		_exit(0); /* closes the only write end */
	}
	close(fds[1]);
	check(read(fds[0], &c, 1) == 0,
	      "blocked read returned 0 when the writer exited");
	waitpid(pid, &st, 0);
	close(fds[0]);
	return check_done();
}
