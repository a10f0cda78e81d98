// Two writers blocked on one full pipe let the reader's timer sleep end.
// expect: exit 0
// expect-output: ^reader: 8000 'a' and 8000 'b', nothing else$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 15
//
// Issue 9, finding 1. Two children each write 8000 bytes into one pipe
// while the parent sleeps 100 ms before reading. Once the pipe is full, a
// writer that wakes "the reader" on the pipe and then sleeps wakes the
// other writer instead, which wakes the first, and so on: one of them is
// always runnable, the scheduler never reaches its idle sti; hlt, no timer
// tick is taken, and the parent's usleep never ends. The kernel with that
// bug hangs here until the harness's timeout. A correct kernel wakes the
// reader only, and the parent then reads all 16000 bytes.
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define EACH	 8000	/* bytes each child writes, in one write */
#define DELAY_US 100000 /* the parent sleeps this long before reading */

static char data[EACH];

/* A child: one write of EACH bytes of c; exits 0 if it all went in. */
static int writer(int fds[2], char c)
{
	int pid = fork();

	if (pid != 0)
		return pid;
	close(fds[0]);
	memset(data, c, sizeof(data));
	_exit(write(fds[1], data, sizeof(data)) == EACH ? 0 : 1);
}

/* Reads to end of file; counts the 'a's, the 'b's and everything else. */
static void drain(int fd, int count[3])
{
	char buf[1000];
	int n;

	while ((n = read(fd, buf, sizeof(buf))) > 0)
		for (int i = 0; i < n; i++)
			count[buf[i] == 'a' ? 0 : buf[i] == 'b' ? 1 : 2]++;
}

/* Waits for child pid; checks that it wrote all its bytes (exit 0). */
static void reap(int pid, char c)
{
	int st = -1, r = waitpid(pid, &st, 0);

	/* (st is read only after waitpid: argument order is unspecified.) */
	check(r == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "the '%c' writer wrote %d bytes and exited 0 (status 0x%x)", c,
	      EACH, st);
}

int main(void)
{
	int fds[2], pa, pb, count[3] = {0, 0, 0};

	if (!check_ok("pipe", pipe(fds)))
		return check_done();
	pa = writer(fds, 'a');
	pb = writer(fds, 'b');
	if (!check_ok("fork 'a' writer", pa) ||
	    !check_ok("fork 'b' writer", pb))
		return check_done();
	close(fds[1]);
	check(usleep(DELAY_US) == 0, "usleep(%d) while both writers block",
	      DELAY_US);
	drain(fds[0], count);
	printf("reader: %d 'a' and %d 'b'%s\n", count[0], count[1],
	       count[2] ? ", and other bytes" : ", nothing else");
	check(count[0] == EACH && count[1] == EACH && count[2] == 0,
	      "read %d 'a', %d 'b', %d other bytes", count[0], count[1],
	      count[2]);
	reap(pa, 'a');
	reap(pb, 'b');
	return check_done();
}
