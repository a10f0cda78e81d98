// Children that share a 256 KiB heap copy on write: some are killed in
// the middle of writing it (SIGKILL while their faults copy pages), some
// run /bin/true after writing part of it, some exit. After each child is
// reaped, the free frames and the frames reserved for copies must be
// exactly what they were before its fork.
// expect: exit 0
// expect-output: ^cow: 30 children, 10 killed while writing, 10 ran /bin/true$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 60
#include <kestrel.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define HEAP  (256 * 1024)
#define PAGE  4096
#define ROUND 30

static char *heap;

/* Writes every page of the heap, for ever; a byte down the pipe after
 * the first few pages. */
static void scribble(int fd)
{
	for (int pass = 0;; pass++)
		for (int i = 0; i < HEAP; i += PAGE) {
			heap[i]++;
			if (pass == 0 && i == 4 * PAGE)
				write(fd, "w", 1);
		}
}

int main(void)
{
	struct meminfo m0, m1;
	int killed = 0, execs = 0, leaks = 0;
	char *argv[] = {"true", NULL};

	heap = sbrk(HEAP);
	if (!check(heap != (char *)-1, "sbrk"))
		return check_done();
	memset(heap, 1, HEAP);
	for (int k = 0; k < ROUND; k++) {
		int p[2], pid, st = -1;
		char c;

		meminfo(&m0);
		pipe(p);
		pid = fork();
		if (pid == 0) {
			if (k % 3 == 0)
				scribble(p[1]);
			for (int i = 0; i < HEAP / 2; i += PAGE)
				heap[i] = 2;
			if (k % 3 == 1)
				execv("/bin/true", argv);
			_exit(heap[0] == 2 && heap[HEAP - 1] == 1 ? 0 : 1);
		}
		if (pid < 0)
			break;
		if (k % 3 == 0) {
			read(p[0], &c, 1); /* it is writing: kill it now */
			kill(pid, SIGKILL);
		}
		waitpid(pid, &st, 0);
		killed += k % 3 == 0 && WIFSIGNALED(st) &&
			  WTERMSIG(st) == SIGKILL;
		execs += k % 3 == 1 && WIFEXITED(st) && WEXITSTATUS(st) == 0;
		if (k % 3 == 2)
			check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
			      "child %d saw its writes over the parent's heap",
			      k);
		close(p[0]);
		close(p[1]);
		meminfo(&m1);
		if (m1.free_frames != m0.free_frames ||
		    m1.reserved_frames != m0.reserved_frames) {
			leaks++;
			printf("FAIL: child %d: free %u -> %u, reserved %u -> "
			       "%u\n",
			       k, m0.free_frames, m1.free_frames,
			       m0.reserved_frames, m1.reserved_frames);
		}
	}
	printf("cow: %d children, %d killed while writing, %d ran /bin/true\n",
	       ROUND, killed, execs);
	check(leaks == 0, "no frame and no reservation left behind");
	check(heap[0] == 1 && heap[HEAP - 1] == 1,
	      "the parent's heap is its own");
	return check_done();
}
