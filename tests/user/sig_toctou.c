// A handler changes (or frees) the buffer of a blocking call that it
// interrupted; the kernel copies in before it uses data and checks the
// buffer again when the call restarts, so every byte that comes out of
// the pipe is one version or the other, in whole, never a mix within an
// atomic write, never twice, never from freed memory, and the kernel
// never faults. A 512-byte (atomic) write waiting on a full pipe, whose
// buffer the handler turns from A to B, arrives once, all A or all B. A
// 6000-byte write returns the count it moved (PIPESIZE, 4096: the old
// A bytes); the program writes the rest from its now-B buffer: the reader
// gets exactly 4096 A then 1904 B. A read whose buffer the handler scribbles
// on gets the data in the first bytes and the scribble after. A read or
// write whose buffer the handler gives back (sbrk) fails with EFAULT when
// it restarts, and the pipe keeps its data (nothing taken, nothing put).
// expect: exit 0
// icount: yes
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/time.h>
#include <sys/wait.h>
#include "check.h"
#include "rawsys.h"

#include "param.h"

#define PIPE_CAPACITY PIPESIZE /* what a pipe holds */

/* The runs of equal bytes a reader saw: at most 4 (byte, count) pairs. */
struct runs {
	int n;
	char byte[4];
	int count[4];
	int total;
};

static char *volatile target;	  /* the buffer the handler changes */
static volatile int target_len;	  /* how much of it */
static volatile char target_byte; /* to this byte */
static volatile int give_back;	  /* or: sbrk(-give_back) */
static volatile int hits;

static void on_alarm(int sig)
{
	(void)sig;
	hits++;
	if (give_back)
		sbrk(-give_back);
	else
		memset(target, target_byte, (size_t)target_len);
}

static void arm(int ms)
{
	struct sigaction sa;
	struct itimerval it = {{0, 0}, {0, ms * 1000}};

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGALRM, &sa, NULL);
	hits = 0;
	setitimer(ITIMER_REAL, &it, NULL);
}

/*
 * A child that waits ms, then reads fd to its end and sends back the
 * runs of equal bytes it saw through a second pipe. Returns the pid and
 * the result pipe's read end in *res.
 */
static int reader(int fd, int other, int ms, int *res)
{
	int rp[2], pid;

	pipe(rp);
	pid = fork();
	if (pid == 0) {
		static char buf[1024];
		struct runs r;
		int got;

		memset(&r, 0, sizeof(r));
		close(other);
		close(rp[0]);
		usleep((unsigned)ms * 1000);
		while ((got = (int)read(fd, buf, sizeof(buf))) > 0) {
			for (int i = 0; i < got; i++) {
				if (r.n == 0 || r.byte[r.n - 1] != buf[i]) {
					if (r.n == 4)
						break;
					r.byte[r.n++] = buf[i];
				}
				r.count[r.n - 1]++;
				r.total++;
			}
		}
		write(rp[1], &r, sizeof(r));
		_exit(0);
	}
	close(rp[1]);
	*res = rp[0];
	return pid;
}

static struct runs collect(int pid, int res)
{
	struct runs r;

	memset(&r, 0, sizeof(r));
	read(res, &r, sizeof(r));
	close(res);
	waitpid(pid, NULL, 0);
	return r;
}

/* An atomic write, waiting for room, whose buffer changes meanwhile. */
static void test_atomic_write(void)
{
	static char fill[PIPE_CAPACITY], buf[512];
	struct runs r;
	int fds[2], pid, res, w;

	pipe(fds);
	memset(fill, 'f', sizeof(fill));
	write(fds[1], fill, PIPE_CAPACITY - 100); /* 512 does not fit */
	pid = reader(fds[0], fds[1], 100, &res);
	close(fds[0]);
	memset(buf, 'A', sizeof(buf));
	target = buf;
	target_len = sizeof(buf);
	target_byte = 'B';
	give_back = 0;
	arm(30);
	w = (int)write(fds[1], buf, sizeof(buf));
	close(fds[1]);
	r = collect(pid, res);
	check(w == 512 && hits == 1,
	      "atomic write: returned %d, the handler "
	      "ran %d times while it waited",
	      w, hits);
	check(r.n == 2 && r.byte[0] == 'f' &&
		      r.count[0] == PIPE_CAPACITY - 100 &&
		      (r.byte[1] == 'A' || r.byte[1] == 'B') &&
		      r.count[1] == 512,
	      "atomic write: the reader saw %d bytes of 'f' then 512 of one "
	      "version, '%c' (%d runs, %d bytes of it)",
	      r.count[0], r.n > 1 ? r.byte[1] : '?', r.n, r.count[1]);
}

/* A long write, cut short by the handler, then finished by the program. */
static void test_partial_write(void)
{
	static char buf[6000];
	struct runs r;
	int fds[2], pid, res, w, w2 = 0;

	pipe(fds);
	pid = reader(fds[0], fds[1], 100, &res);
	close(fds[0]);
	memset(buf, 'A', sizeof(buf));
	target = buf;
	target_len = sizeof(buf);
	target_byte = 'B';
	arm(30);
	w = (int)write(fds[1], buf, sizeof(buf));
	if (w > 0 && w < (int)sizeof(buf))
		w2 = (int)write(fds[1], buf + w, sizeof(buf) - (size_t)w);
	close(fds[1]);
	r = collect(pid, res);
	check(w == PIPE_CAPACITY && hits == 1,
	      "long write: interrupted after the %d bytes that fit (%d)",
	      PIPE_CAPACITY, w);
	check(r.n == 2 && r.byte[0] == 'A' && r.count[0] == w &&
		      r.byte[1] == 'B' && r.count[1] == w2 && r.total == 6000,
	      "the reader saw exactly %d A then %d B (%d runs: %d '%c', %d "
	      "'%c'; %d in all)",
	      w, w2, r.n, r.count[0], r.byte[0] ? r.byte[0] : '?', r.count[1],
	      r.byte[1] ? r.byte[1] : '?', r.total);
}

/* A child that waits ms, then writes n bytes of c to fd. */
static int writer(int fd, int other, int ms, int n, char c)
{
	int pid = fork();

	if (pid == 0) {
		static char buf[PIPE_CAPACITY];

		close(other);
		usleep((unsigned)ms * 1000);
		memset(buf, c, (size_t)n);
		write(fd, buf, (size_t)n);
		_exit(0);
	}
	return pid;
}

/* A read whose buffer the handler scribbles on while it waits. */
static void test_read_scribble(void)
{
	static char buf[64];
	int fds[2], pid, r, ok = 1;

	pipe(fds);
	pid = writer(fds[1], fds[0], 100, 4, 'D');
	memset(buf, '.', sizeof(buf));
	target = buf;
	target_len = sizeof(buf);
	target_byte = 'H';
	give_back = 0;
	arm(30);
	r = (int)read(fds[0], buf, sizeof(buf));
	for (int i = 0; i < (int)sizeof(buf); i++)
		ok &= buf[i] == (i < 4 ? 'D' : 'H');
	check(r == 4 && hits == 1 && ok,
	      "read: %d bytes; the data in the first 4, the handler's bytes "
	      "after (%.8s...)",
	      r, buf);
	waitpid(pid, NULL, 0);
	close(fds[0]);
	close(fds[1]);
}

/* A read, then a write, whose buffer the handler gives back. */
static void test_freed(void)
{
	static char good[PIPE_CAPACITY + 8];
	char *heap = heap_edge();
	int fds[2], pid, r, ok = 1;

	/* The read: the data must stay in the pipe for the next read. */
	sbrk(PAGE_SIZE);
	pipe(fds);
	pid = writer(fds[1], fds[0], 100, 4, 'D');
	give_back = PAGE_SIZE;
	arm(30);
	r = (int)read(fds[0], heap, 64);
	check(r == -1 && errno == EFAULT && hits == 1,
	      "read into a buffer the handler gave back: %d errno %s", r,
	      errname(errno));
	waitpid(pid, NULL, 0);
	r = (int)read(fds[0], good, sizeof(good));
	check(r == 4 && memcmp(good, "DDDD", 4) == 0,
	      "and the pipe still held the data (%d bytes)", r);
	close(fds[0]);
	close(fds[1]);

	/* The write: nothing from the freed page may reach the pipe. */
	check(sbrk(0) == heap, "the break is back at 0x%x",
	      (uint32_t)(uintptr_t)heap);
	sbrk(PAGE_SIZE);
	memset(heap, 'X', PAGE_SIZE);
	pipe(fds);
	memset(good, 'f', sizeof(good));
	write(fds[1], good, PIPE_CAPACITY); /* full */
	pid = fork();
	if (pid == 0) {
		/* Drain the pipe later, so the restarted write can run. */
		usleep(100000);
		close(fds[1]);
		r = (int)read(fds[0], good, sizeof(good));
		_exit(r == PIPE_CAPACITY ? 0 : 1);
	}
	arm(30);
	r = (int)write(fds[1], heap, 100);
	check(r == -1 && errno == EFAULT && hits == 1,
	      "write from a buffer the handler gave back: %d errno %s", r,
	      errname(errno));
	close(fds[1]);
	waitpid(pid, NULL, 0);
	r = (int)read(fds[0], good, sizeof(good));
	for (int i = 0; i < r; i++)
		ok &= good[i] == 'f';
	check(r == 0 || (r > 0 && ok),
	      "nothing of it reached the pipe (%d more bytes, all filler)", r);
	close(fds[0]);
	give_back = 0;
}

int main(void)
{
	test_atomic_write();
	test_partial_write();
	test_read_scribble();
	test_freed();
	return check_done();
}
