// WNOHANG returns 0 while the child runs, its pid once it has exited.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int fds[2], pid, st = -1, r = -1;
	char c;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		close(fds[1]);
		read(fds[0], &c, 1); /* runs until the parent writes */
		_exit(5);
	}
	if (!check_ok("fork", pid))
		return check_done();
	close(fds[0]);
	check(waitpid(pid, &st, WNOHANG) == 0,
	      "waitpid(child, WNOHANG) returns 0 while it is blocked");
	check(waitpid(-1, &st, WNOHANG) == 0,
	      "waitpid(-1, WNOHANG) returns 0 while it is blocked");
	write(fds[1], "x", 1);
	/* Poll: the child exits soon after it reads the byte. */
	for (int i = 0; i < 200; i++) {
		r = waitpid(pid, &st, WNOHANG);
		if (r != 0)
			break;
		usleep(10000);
	}
	check(r == pid,
	      "waitpid(child, WNOHANG) returns the child (%d) once it "
	      "has exited: got %d",
	      pid, r);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 5, "its exit code is 5");
	check_err("waitpid(-1, WNOHANG) afterwards", waitpid(-1, &st, WNOHANG),
		  ECHILD);
	return check_done();
}
