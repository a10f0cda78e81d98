// An exec'ed program writes to an inherited descriptor (a pipe).
// expect: exit 0
// expect-output: ^parent read: through the pipe$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int fds[2], pid, st = -1, n, total = 0;
	char buf[64];

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		char *av[] = {"echo", "through", "the", "pipe", NULL};

		dup2(fds[1], 1);
		close(fds[0]);
		close(fds[1]);
		execv("/bin/echo", av);
		_exit(127);
	}
	if (!check_ok("fork", pid))
		return check_done();
	close(fds[1]);
	while ((n = read(fds[0], buf + total, sizeof(buf) - 1 - total)) > 0)
		total += n;
	buf[total] = 0;
	printf("parent read: %s", buf);
	check(strcmp(buf, "through the pipe\n") == 0,
	      "echo's output arrived through the pipe, then EOF");
	check(waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
		      WEXITSTATUS(st) == 0,
	      "echo exited with 0");
	return check_done();
}
