// A pipe holds exactly PIPESIZE bytes (include/param.h): a write that fits never blocks, a bigger one blocks with the pipe full, and when the reader closes, write returns exactly the bytes that went in.
// expect: exit 0
// expect-output: ^pipe: writer blocked with (\d+) bytes in the pipe; its write returned \1$
// expect-output: ^pipe: after a read of 1000, the writer blocked again; its write returned \d+$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 30
//
// There is no O_NONBLOCK, so a child does the blocking write and sends its
// result back on a second pipe. The parent waits until procinfo shows the
// child asleep (the pipe is full), optionally reads some bytes, waits for
// the child to sleep again, then closes the read end: the write stops and
// returns the count that entered the pipe, the same on every run.
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#include "param.h" /* PIPESIZE */

#define BIG	20000
#define WAIT_MS 5000

static char data[BIG], buf[BIG];

/* Reads exactly n bytes (a pipe read may return fewer); 0 or -1. */
static int read_full(int fd, char *b, int n)
{
	for (int r; n > 0; b += r, n -= r)
		if ((r = read(fd, b, n)) <= 0)
			return -1;
	return 0;
}

/* Returns pid's state from procinfo, or -1 if it is not in the table. */
static int proc_state(int pid)
{
	struct procinfo p;

	for (int slot = 0; slot < 64; slot++)
		if (procinfo(slot, &p) == 0 && p.pid == pid)
			return p.state;
	return -1;
}

/* Waits until pid sleeps (blocked in the pipe); returns 0 or -1. */
static int wait_asleep(int pid)
{
	int t0 = uptime();

	while (uptime() - t0 < WAIT_MS) {
		if (proc_state(pid) == PSTATE_SLEEPING)
			return 0;
		usleep(10000);
	}
	return -1;
}

/*
 * A child writes BIG bytes into a fresh pipe; we read first_read bytes
 * once it blocks, wait for it to block again, close the read end and
 * return what its write returned (or -1000 on a failure).
 */
static int blocked_write(int first_read)
{
	int p[2], r[2], pid, ret = -1000, st = -1;

	pipe(p);
	pipe(r);
	pid = fork();
	if (pid == 0) {
		int n;

		close(p[0]);
		close(r[0]);
		n = write(p[1], data, BIG);
		write(r[1], &n, sizeof(n));
		_exit(0);
	}
	close(p[1]);
	close(r[1]);
	if (!check(wait_asleep(pid) == 0, "the writer blocked"))
		return ret;
	if (first_read > 0) {
		check(read_full(p[0], buf, first_read) == 0,
		      "read %d bytes from the full pipe", first_read);
		check(wait_asleep(pid) == 0, "the writer blocked again");
	}
	close(p[0]);
	check(read(r[0], &ret, sizeof(ret)) == sizeof(ret),
	      "the writer reported its result");
	check(waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
		      WEXITSTATUS(st) == 0,
	      "the writer exited normally (no SIGPIPE)");
	close(r[0]);
	return ret;
}

/*
 * A write that fits is never held up: we are the only reader, so a
 * write that blocked here would block for ever (and time the test out).
 */
static void fits(void)
{
	int p[2], n;

	pipe(p);
	check(write(p[1], data, PIPESIZE) == PIPESIZE,
	      "a write of exactly %d bytes into an empty pipe returns at once",
	      PIPESIZE);
	n = read(p[0], buf, BIG);
	printf("pipe: one read of %d bytes from the full pipe returned %d\n",
	       BIG, n);
	check(n > 0 && n <= PIPESIZE &&
		      read_full(p[0], buf + n, PIPESIZE - n) == 0,
	      "reads return the %d bytes that are there", PIPESIZE);
	check(write(p[1], data, 1000) == 1000 &&
		      write(p[1], data, PIPESIZE - 1000) == PIPESIZE - 1000,
	      "two writes that add up to %d fit too", PIPESIZE);
	check(read(p[0], buf, 1) == 1 && write(p[1], data, 1) == 1,
	      "after one byte is read, one more fits");
	check(read_full(p[0], buf, PIPESIZE) == 0, "%d bytes are there again",
	      PIPESIZE);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	struct meminfo before, after;
	int n;

	for (int i = 0; i < BIG; i++)
		data[i] = (char)(i * 13 + 1);
	printf("pipe: starting\n");
	meminfo(&before);
	fits();
	n = blocked_write(0);
	printf("pipe: writer blocked with %d bytes in the pipe; its write "
	       "returned %d\n",
	       PIPESIZE, n);
	check(n == PIPESIZE, "the cut-short write returned %d", PIPESIZE);
	n = blocked_write(1000);
	printf("pipe: after a read of 1000, the writer blocked again; its "
	       "write returned %d\n",
	       n);
	check(n == PIPESIZE + 1000, "the cut-short write returned %d",
	      PIPESIZE + 1000);
	check(buf[0] == data[0] && buf[999] == data[999],
	      "the bytes read are the first ones written");
	meminfo(&after);
	check(after.free_frames == before.free_frames,
	      "free frames back to %u: %u", before.free_frames,
	      after.free_frames);
	return check_done();
}
