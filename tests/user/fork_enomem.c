// Forking a process with an 8 MiB heap until memory runs out: ENOMEM, no leak.
// expect: exit 0
// expect-output: ^fork failed with ENOMEM after \d+ children$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 30
//
// Each child holds a copy of the heap, so about 14 fit in 128 MiB and the
// process table (64) is never the limit. A fork that fails half way must
// give back everything it took: free frames after equal those before.
#include <kestrel.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define HEAP (8 << 20)

static unsigned free_frames(void)
{
	struct meminfo m;

	meminfo(&m);
	return m.free_frames;
}

int main(void)
{
	int fds[2], n = 0, pid, err, st, good = 0;
	unsigned before;
	char *heap, c;

	pipe(fds);
	heap = sbrk(HEAP);
	if (!check(heap != (char *)-1, "sbrk(8 MiB)"))
		return check_done();
	memset(heap, 'h', HEAP);
	before = free_frames();
	while ((pid = fork()) > 0)
		n++;
	if (pid == 0) {
		close(fds[1]);
		read(fds[0], &c, 1); /* until the parent closes the pipe */
		_exit(heap[HEAP - 1] == 'h' ? 0 : 1);
	}
	err = errno;
	if (err == ENOMEM)
		printf("fork failed with ENOMEM after %d children\n", n);
	check(err == ENOMEM, "fork failed with ENOMEM: %s", errname(err));
	check(n > 0, "at least one child fit: %d", n);
	close(fds[1]);
	while (wait(&st) > 0)
		good += WIFEXITED(st) && WEXITSTATUS(st) == 0;
	check(good == n, "all %d children saw the heap and exited 0: %d", n,
	      good);
	check(free_frames() == before, "free frames back to %u: %u", before,
	      free_frames());
	return check_done();
}
