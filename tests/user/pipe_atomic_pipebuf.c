// Pipe writes of at most PIPE_BUF bytes are never interleaved.
// expect: exit 0
// expect-output: ^reader: 24000 bytes, 80 whole records of 300 bytes$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 15
//
// Issue 9, finding 6. POSIX: a write of at most PIPE_BUF bytes (at least
// 512) to a pipe is atomic; its bytes are not interleaved with another
// writer's. Two children here each make 40 writes of one 300-byte record
// ('a' records and 'b' records) into one pipe, while the parent reads
// slowly, in odd sizes. The stream must be whole records: every 300 bytes
// from offset 0 are one letter. A kernel that writes the part of a record
// that fits and then blocks lets the other writer's bytes in between.
//
// The arrangement makes that happen on such a kernel, whatever the pipe's
// size (up to two pipefuls must be less than one writer's 12000 bytes):
//   - writer 'a' fills the pipe alone; the parent reads it empty once (one
//     read returns all there is: the pipe's size) and lets 'a' fill it
//     again, so 'a' has written the parent's count plus the pipe's size;
//     if that is a whole number of records, the parent reads 7 bytes more
//     and 'a' starts one more record. Now 'a' is blocked half way through
//     a record (a correct kernel keeps it blocked before the record);
//   - writer 'b' starts, and blocks too, and the parent reads on, a little
//     at a time. Writer 'b' is forked into a lower process-table slot than
//     'a' (a placeholder child holds the slot meanwhile), so the
//     round-robin scheduler, which looks for the next runnable slot after
//     the reader's, runs 'b' first into the room that 'a' waits for.
//
// A kernel where a writer blocked on a full pipe wakes the other writer
// instead of the reader (finding 1) hangs here instead, until the
// harness's timeout, once both writers are blocked.
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define RECORD	 300 /* bytes per write: at most PIPE_BUF */
#define NRECORDS 40  /* writes per writer */
#define TOTAL	 (2 * RECORD * NRECORDS)
#define HOLD_US	 10000 /* the placeholder lives this long */
#define FILL_US	 50000 /* time for writer 'a' to fill the pipe alone */
#define NUDGE	 7     /* bytes read to move 'a' off a record boundary */

static char stream[TOTAL + 1];

/* A child: NRECORDS writes of RECORD bytes of c; exits 0 if all whole. */
static int writer(int fds[2], char c)
{
	char rec[RECORD];
	int pid = fork(), bad = 0;

	if (pid != 0)
		return pid;
	close(fds[0]);
	memset(rec, c, sizeof(rec));
	for (int i = 0; i < NRECORDS; i++)
		bad += write(fds[1], rec, sizeof(rec)) != RECORD;
	_exit(bad ? 1 : 0);
}

/* A child that only holds a process-table slot for a moment. */
static int placeholder(void)
{
	int pid = fork();

	if (pid == 0) {
		usleep(HOLD_US);
		_exit(0);
	}
	return pid;
}

/*
 * With writer 'a' alone and blocked on the full pipe, leaves it blocked
 * in the middle of a record (see the top). Returns the bytes read.
 */
static int strand_writer_a(int fd)
{
	int got = read(fd, stream, TOTAL), n;

	usleep(FILL_US);
	if (got > 0 && 2 * got % RECORD == 0) {
		n = read(fd, stream + got, NUDGE);
		got += n > 0 ? n : 0;
		usleep(FILL_US);
	}
	return got > 0 ? got : 0;
}

/* Reads the rest, in odd sizes, sleeping a little now and then. */
static int read_slowly(int fd, int got)
{
	static const int sizes[] = {7, 131, 299, 41, 301, 13, 450, 97, 1};
	const int nsizes = (int)(sizeof(sizes) / sizeof(sizes[0]));
	int n, i = 0;

	while (got < TOTAL) {
		int want = sizes[i % nsizes];

		if (want > TOTAL - got)
			want = TOTAL - got;
		n = read(fd, stream + got, want);
		if (n <= 0)
			break;
		got += n;
		if (i++ % 3 == 0)
			usleep(1000);
	}
	return got;
}

/* Returns how many of the first k bytes of record r are its first byte. */
static int uniform_prefix(int r)
{
	int k = 1;

	while (k < RECORD && stream[r * RECORD + k] == stream[r * RECORD])
		k++;
	return k;
}

/*
 * Checks the n bytes read: each RECORD bytes from offset 0 are one letter,
 * and each writer's letter fills NRECORDS records. Returns the number of
 * whole records; prints the first broken one.
 */
static int whole_records(int n)
{
	int whole = 0, count[2] = {0, 0}, broken = 0;

	for (int r = 0; (r + 1) * RECORD <= n; r++) {
		char c = stream[r * RECORD];
		int k = uniform_prefix(r);

		if (k == RECORD && (c == 'a' || c == 'b')) {
			whole++;
			count[c - 'a']++;
		} else if (broken++ == 0) {
			printf("reader: record %d (offset %d) is %d '%c' then "
			       "'%c'\n",
			       r, r * RECORD, k, c, stream[r * RECORD + k]);
		}
	}
	check(count[0] == NRECORDS && count[1] == NRECORDS,
	      "%d whole 'a' records and %d whole 'b' records, %d of each "
	      "expected",
	      count[0], count[1], NRECORDS);
	return whole;
}

/* Waits for child pid and checks that it exited 0. */
static void reap(int pid, const char *what)
{
	int st = -1, r = waitpid(pid, &st, 0);

	/* (st is read only after waitpid: argument order is unspecified.) */
	check(r == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "%s exited 0 (status 0x%x)", what, st);
}

int main(void)
{
	int fds[2], pa, pb, ph, n, whole, got;

	check(PIPE_BUF >= 512, "PIPE_BUF is %d, at least 512", PIPE_BUF);
	check(RECORD <= PIPE_BUF, "a record of %d bytes is at most PIPE_BUF",
	      RECORD);
	if (!check_ok("pipe", pipe(fds)))
		return check_done();
	ph = placeholder();
	pa = writer(fds, 'a');
	reap(ph, "the placeholder");
	usleep(FILL_US);
	got = strand_writer_a(fds[0]);
	pb = writer(fds, 'b');
	close(fds[1]);
	n = read_slowly(fds[0], got);
	whole = whole_records(n);
	printf("reader: %d bytes, %d whole records of %d bytes\n", n, whole,
	       RECORD);
	check(n == TOTAL && whole == 2 * NRECORDS,
	      "read %d bytes (%d expected) as %d whole records", n, TOTAL,
	      whole);
	reap(pa, "writer 'a' (all writes whole)");
	reap(pb, "writer 'b' (all writes whole)");
	return check_done();
}
