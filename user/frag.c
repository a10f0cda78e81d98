/*
 * frag: external fragmentation, the weakness of base and bound. Children
 * fill memory with equal ranges, every other one exits, and then a request
 * smaller than the free total but larger than any one hole fails with
 * ENOMEM under mm=segment. Under mm=paging any free frames will do.
 */
#include <errno.h>
#include <kestrel.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define NCHILD 6
#define MARGIN 512 /* frames left for page tables and kernel stacks */

/* A child grows its heap by bytes, reports, then waits to be killed. */
static void child(int bytes, int ack, int hold)
{
	char c = sbrk(bytes) == (void *)-1 ? 'n' : 'y';

	write(ack, &c, 1);
	read(hold, &c, 1); /* blocks until killed */
	_exit(0);
}

int main(void)
{
	struct meminfo m;
	int ack[2], hold[2], pid[NCHILD], chunk, want;
	char c;

	meminfo(&m);
	chunk = (int)((m.free_frames - MARGIN) / NCHILD) * 4096;
	printf("frag: %s model, %u KiB free; %d children take %d KiB each\n",
	       m.mm == MM_SEGMENT ? "segment" : "paging", m.free_frames * 4,
	       NCHILD, chunk / 1024);
	pipe(ack);
	pipe(hold);
	for (int i = 0; i < NCHILD; i++) {
		if ((pid[i] = fork()) == 0)
			child(chunk, ack[1], hold[0]);
		read(ack[0], &c, 1);
		if (c != 'y')
			printf("frag: child %d could not grow\n", i);
	}
	for (int i = 0; i < NCHILD; i += 2) {
		kill(pid[i], SIGKILL);
		waitpid(pid[i], NULL, 0);
	}
	meminfo(&m);
	want = 2 * chunk;
	printf("frag: %u KiB free, largest free piece %u KiB; asking for %d "
	       "KiB\n",
	       m.free_frames * 4, m.largest_free * 4, want / 1024);
	if (sbrk(want) == (void *)-1)
		printf("frag: sbrk(%d KiB) failed: %s "
		       "(external fragmentation)\n",
		       want / 1024, strerror(errno));
	else {
		printf("frag: sbrk(%d KiB) succeeded\n", want / 1024);
		sbrk(-want);
	}
	for (int i = 1; i < NCHILD; i += 2) {
		kill(pid[i], SIGKILL);
		waitpid(pid[i], NULL, 0);
	}
	return 0;
}
