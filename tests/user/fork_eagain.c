// Fork until the process table is full (EAGAIN); all reaped, no leak.
// expect: exit 0
// expect-output: ^forked \d+ children before EAGAIN$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 60
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "param.h"

/* Forks children that wait for EOF on fds[0]; returns how many. */
static int fill_table(int fds[2], int *err)
{
	int n = 0, pid;

	while ((pid = fork()) > 0)
		n++;
	if (pid == 0) {
		char c;

		close(fds[1]);
		read(fds[0], &c, 1);
		_exit(0);
	}
	*err = errno;
	return n;
}

int main(void)
{
	struct meminfo before, full, after;
	int fds[2], n, err = 0, reaped = 0, st;

	pipe(fds);
	meminfo(&before);
	printf("free slots %u of %u, free frames %u\n", before.nproc_free,
	       before.nproc_max, before.free_frames);
	n = fill_table(fds, &err);
	printf("forked %d children before EAGAIN\n", n);
	check(err == EAGAIN, "fork failed with EAGAIN: %s", errname(err));
	meminfo(&full);
	check(full.nproc_free == 0, "no free slots left: %u", full.nproc_free);
	check(n == (int)before.nproc_free && n <= NPROC - 2,
	      "forked as many as there were free slots (%u)",
	      before.nproc_free);
	close(fds[1]); /* every child reads EOF and exits */
	while (wait(&st) > 0)
		reaped += WIFEXITED(st) && WEXITSTATUS(st) == 0;
	check(reaped == n, "reaped %d children, all exited with 0", reaped);
	meminfo(&after);
	check(after.nproc_free == before.nproc_free, "free slots back to %u",
	      after.nproc_free);
	check(after.free_frames == before.free_frames,
	      "free frames back to %u: %u", before.free_frames,
	      after.free_frames);
	/* The table works again. */
	n = fork();
	if (n == 0)
		_exit(3);
	check(n > 0 && waitpid(n, &st, 0) == n && WEXITSTATUS(st) == 3,
	      "fork works again after the children are gone");
	close(fds[0]);
	return check_done();
}
