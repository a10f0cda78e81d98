// A full 64-entry descriptor table (OPEN_MAX): dup, pipe and open give EMFILE.
// expect: exit 0
// expect-output: ^dup filled descriptors 3\.\.63$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <unistd.h>
#include "check.h"

#define NOFILE OPEN_MAX

/* Dups fd 1 until it fails; returns how many worked, closes them all. */
static int count_free(void)
{
	int fds[NOFILE], n = 0, fd;

	while (n < NOFILE && (fd = dup(1)) >= 0)
		fds[n++] = fd;
	for (int i = 0; i < n; i++)
		close(fds[i]);
	return n;
}

int main(void)
{
	int fd, last = -1, fds[2] = {-1, -1};

	check(count_free() == NOFILE - 3, "61 free descriptors at the start");
	for (int i = 3; i < NOFILE; i++)
		last = dup(1);
	if (last == NOFILE - 1)
		printf("dup filled descriptors 3..%d\n", last);
	check(last == NOFILE - 1, "the last dup returned 63: got %d", last);
	check_err("dup with the table full", dup(1), EMFILE);
	check_err("pipe with the table full", pipe(fds), EMFILE);
	check_err("open with the table full", open("/bin/hello", O_RDONLY),
		  EMFILE);
	/* One free slot: pipe needs two and must not keep the one it got. */
	close(NOFILE - 1);
	check_err("pipe with one free slot", pipe(fds), EMFILE);
	fd = dup(1);
	check(fd == NOFILE - 1,
	      "the free slot is still free after the "
	      "failed pipe: dup got %d",
	      fd);
	for (int i = 3; i < NOFILE; i++)
		close(i);
	check(count_free() == NOFILE - 3, "61 free descriptors at the end");
	check(pipe(fds) == 0 && fds[0] == 3 && fds[1] == 4,
	      "pipe works again and gets 3 and 4");
	close(fds[0]);
	close(fds[1]);
	return check_done();
}
