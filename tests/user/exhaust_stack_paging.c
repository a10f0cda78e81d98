// Stack overflow, again and again: children that recurse into the guard page, or jump past it with one huge frame, die by SIGSEGV; the parent lives on and no frame is lost.
// expect: exit 0
// mode: paging
// expect-output: ^stack: 10 overflowing children, all killed by SIGSEGV$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 60
//
// Paging only: under base and bound there is no guard page, and the same
// recursion would silently overwrite the program's own data below the
// stack (tests/user/mm_stack_overflow_segment.c shows that). One overflow
// is fault_stack_overflow's job; this one checks that killing overflowed
// processes repeatedly frees all their memory, including a frame far
// larger than the guard page that skips over it into unmapped space.
#include <kestrel.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define NCHILD 10

static volatile int never = -1; /* a way out the compiler cannot rule out */

/* About 1 KiB of stack per level, without end. */
static int recurse(int depth)
{
	volatile char pad[1000];

	pad[0] = (char)depth;
	if (depth == never)
		return 0;
	return recurse(depth + 1) + pad[0];
}

/* One frame of 128 KiB: its lowest byte is far below the guard page. */
static int huge_frame(void)
{
	volatile char big[128 * 1024];

	big[0] = 1;
	return big[0] + big[sizeof(big) - 1];
}

int main(void)
{
	struct meminfo before, after;
	int segv = 0, st, pid;

	printf("stack: starting\n");
	meminfo(&before);
	for (int i = 0; i < NCHILD; i++) {
		pid = fork();
		if (pid == 0) {
			if (i % 2)
				huge_frame();
			else
				recurse(0);
			_exit(0);
		}
		if (pid > 0 && waitpid(pid, &st, 0) == pid && WIFSIGNALED(st) &&
		    WTERMSIG(st) == SIGSEGV)
			segv++;
	}
	if (segv == NCHILD)
		printf("stack: %d overflowing children, all killed by "
		       "SIGSEGV\n",
		       NCHILD);
	check(segv == NCHILD, "%d of %d children died by SIGSEGV", segv,
	      NCHILD);
	meminfo(&after);
	check(after.free_frames == before.free_frames,
	      "free frames back to %u: %u", before.free_frames,
	      after.free_frames);
	check(after.nproc_free == before.nproc_free,
	      "every slot is free again");
	return check_done();
}
