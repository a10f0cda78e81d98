// A pipe read returns what is there; pipe data survives fork.
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
	int fds[2], pid, st = -1;
	char buf[100];

	pipe(fds);
	write(fds[1], "0123456789", 10);
	check(read(fds[0], buf, 4) == 4 && memcmp(buf, "0123", 4) == 0,
	      "read(4) gets the first 4 bytes");
	check(read(fds[0], buf, 100) == 6 && memcmp(buf, "456789", 6) == 0,
	      "read(100) gets the other 6 at once");
	write(fds[1], "abc", 3);
	pid = fork();
	if (pid == 0) {
		int ok = read(fds[0], buf, 100) == 3 &&
			 memcmp(buf, "abc", 3) == 0;

		write(fds[1], ok ? "child ok" : "child bad", ok ? 8 : 9);
		_exit(ok ? 0 : 1);
	}
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "the child read the 3 bytes written before fork");
	check(read(fds[0], buf, 100) == 8 && memcmp(buf, "child ok", 8) == 0,
	      "the parent reads what the child wrote to the shared pipe");
	close(fds[0]);
	close(fds[1]);
	return check_done();
}
