// OPEN_MAX (64) descriptors at once, of pipes and files: all work, the 65th gives EMFILE, fork copies all 64, and closing one frees the lowest.
// expect: exit 0
// expect-output: ^64 descriptors open, the last 63$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fds[2], fd = 2, pid, st = -1;

	/* 0, 1 and 2 are open: pipes up to 61, then files. */
	while (fd < 61 && pipe(fds) == 0)
		fd = fds[1];
	while (fd < OPEN_MAX - 1 && (fd = open("/bin/hello", O_RDONLY)) >= 0)
		;
	printf("%d descriptors open, the last %d\n", fd + 1, fd);
	check(fd == OPEN_MAX - 1, "descriptors 0..63 are open");
	check_err("open of the 65th", open("/bin/hello", O_RDONLY), EMFILE);
	check_err("pipe with none free", pipe(fds), EMFILE);
	check_err("dup of the 65th", dup(0), EMFILE);
	pid = fork();
	if (pid == 0) {
		char c;
		/* The child has them all: the last is a file it can read. */
		_exit(read(OPEN_MAX - 1, &c, 1) == 1 && dup(0) < 0 ? 0 : 1);
	}
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "fork copied all 64 descriptors");
	close(40);
	check(dup(0) == 40, "closing 40 frees it for the next dup");
	check_err("dup2 onto 64", dup2(0, OPEN_MAX), EBADF);
	check(dup2(0, OPEN_MAX - 1) == OPEN_MAX - 1, "dup2 onto 63 works");
	for (int i = 3; i < OPEN_MAX; i++)
		close(i);
	check(open("/bin/hello", O_RDONLY) == 3, "all closed: open gets 3");
	return check_done();
}
