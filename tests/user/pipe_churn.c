// Creating and closing 500 pipes (and forking 100 children) leaks nothing.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 60
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static unsigned free_frames(void)
{
	struct meminfo m;

	meminfo(&m);
	return m.free_frames;
}

int main(void)
{
	unsigned before, after;
	int fds[2], bad = 0, st;

	before = free_frames();
	for (int i = 0; i < 500; i++) {
		if (pipe(fds) != 0) {
			bad++;
			break;
		}
		write(fds[1], "data left in the pipe", 21);
		close(fds[i % 2]);
		close(fds[1 - i % 2]);
	}
	after = free_frames();
	check(!bad, "500 pipes created");
	check(after == before, "free frames %u before, %u after the pipes",
	      before, after);
	for (int i = 0; i < 100; i++) {
		int pid = fork();

		if (pid == 0)
			_exit(i & 0xff);
		if (pid < 0 || waitpid(pid, &st, 0) != pid ||
		    WEXITSTATUS(st) != (i & 0xff))
			bad++;
	}
	check(!bad, "100 children forked and reaped");
	check(free_frames() == before,
	      "free frames %u before, %u after the "
	      "children",
	      before, free_frames());
	return check_done();
}
