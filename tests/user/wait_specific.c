// waitpid(pid) returns that child even if another exited first.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

int main(void)
{
	int fds[2], early, late, st = -1;
	char c;

	pipe(fds);
	early = fork();
	if (early == 0)
		_exit(1);
	late = fork();
	if (late == 0) {
		close(fds[1]);
		read(fds[0], &c, 1);
		_exit(2);
	}
	if (!check_ok("fork", early) || !check_ok("fork", late))
		return check_done();
	close(fds[0]);
	usleep(50000); /* let the early child become a zombie */
	write(fds[1], "x", 1);
	check(waitpid(late, &st, 0) == late && WEXITSTATUS(st) == 2,
	      "waitpid(late) returns late, status 2, though early exited "
	      "first");
	check(waitpid(early, &st, 0) == early && WEXITSTATUS(st) == 1,
	      "waitpid(early) returns early, status 1");
	close(fds[1]);
	return check_done();
}
