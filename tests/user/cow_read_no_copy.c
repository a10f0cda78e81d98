// Copy on write costs nothing until a write: after fork, reading 256
// shared pages (1 MiB of heap) takes no frame; writing one page takes
// exactly one; once the child is gone, the parent's writes to pages it
// no longer shares take none (it takes each frame back).
// mode: paging (base and bound copies the whole range at fork)
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define PAGES 256
#define PAGE  4096

/* Free frames now; every call writes the same stack page. */
static unsigned free_frames(struct meminfo *m)
{
	meminfo(m);
	return m->free_frames;
}

int main(void)
{
	struct meminfo m;
	char *heap = sbrk(PAGES * PAGE);
	int fds[2], pid, st = -1;
	unsigned before, after_read, after_write, sum = 0;

	if (!check(heap != (char *)-1, "sbrk(1 MiB)"))
		return check_done();
	memset(heap, 7, PAGES * PAGE);
	pipe(fds);
	pid = fork();
	if (pid == 0) {
		unsigned r[3];
		r[0] = free_frames(&m); /* its stack page is its own now */
		for (int i = 0; i < PAGES * PAGE; i += 512)
			sum += (unsigned char)heap[i];
		r[1] = free_frames(&m);
		heap[PAGES * PAGE / 2] = 1;
		r[2] = free_frames(&m);
		r[0] = sum == 7u * (PAGES * PAGE / 512) ? r[0] : 0;
		write(fds[1], r, sizeof(r));
		_exit(0);
	}
	if (!check_ok("fork", pid))
		return check_done();
	{
		unsigned r[3];
		if (read(fds[0], r, sizeof(r)) != sizeof(r))
			r[0] = r[1] = r[2] = 0;
		before = r[0];
		after_read = r[1];
		after_write = r[2];
	}
	waitpid(pid, &st, 0);
	check(before != 0, "the child read back what the parent wrote");
	check(after_read == before,
	      "reading 256 shared pages took no frame: %u free before, %u "
	      "after",
	      before, after_read);
	check(after_write == before - 1,
	      "writing one shared page took one frame: %u free, then %u",
	      after_read, after_write);
	before = free_frames(&m);
	memset(heap, 8, PAGES * PAGE);
	after_write = free_frames(&m);
	check(after_write == before,
	      "the parent, sole owner again, wrote its 256 pages in place: "
	      "%u free before, %u after",
	      before, after_write);
	return check_done();
}
