// Blocking calls interrupted by a handled signal (a one-shot ITIMER_REAL
// alarm) return -1 with EINTR, or run again under SA_RESTART and finish:
// a pipe read (a child writes later), a write to a full pipe (a child
// reads later), waitpid (the child exits later), a console read (no input
// ever comes under the test harness: the restarted read is still waiting
// after three alarms, and the handler siglongjmps out). A write that has
// moved some bytes returns that count, not EINTR, with or without
// SA_RESTART. The sleeps and the waits for a signal are never restarted,
// as on Linux: nanosleep (-1 EINTR, *rem the time left), usleep, sleep
// (the seconds left), sigsuspend and pause (always -1 EINTR, the mask
// back as it was).
// expect: exit 0
// icount: yes
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// The console write is not tested: how fast the serial line drains is up
// to QEMU, so when a write would block is not something a test can set up
// reliably.
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/time.h>
#include <sys/wait.h>
#include "check.h"

#include "param.h"

#define PIPE_CAPACITY PIPESIZE /* what a pipe holds */

static volatile int hits, jump_after;
static sigjmp_buf out;

static void on_alarm(int sig)
{
	(void)sig;
	hits++;
	if (jump_after && hits >= jump_after)
		siglongjmp(out, 1);
}

/* Handles SIGALRM, with SA_RESTART or not, and arms it for ms (and every
 * interval ms if nonzero). */
static void arm(int restart, int ms, int interval)
{
	struct sigaction sa;
	struct itimerval it = {{0, interval * 1000}, {0, ms * 1000}};

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sa.sa_flags = restart ? SA_RESTART : 0;
	sigaction(SIGALRM, &sa, NULL);
	hits = 0;
	jump_after = 0;
	setitimer(ITIMER_REAL, &it, NULL);
}

static void disarm(void)
{
	struct itimerval it = {{0, 0}, {0, 0}};

	setitimer(ITIMER_REAL, &it, NULL);
}

static const char *mode(int restart)
{
	return restart ? "SA_RESTART" : "no SA_RESTART";
}

/* A child that sleeps ms, then writes (or reads) n bytes on fd. */
static int later(int fd, int ms, int n, int do_read, int other)
{
	static char buf[PIPE_CAPACITY + 16];
	int pid = fork();

	if (pid == 0) {
		close(other);
		usleep((unsigned)ms * 1000);
		if (do_read) {
			int got = 0, r;

			while (got < n && (r = read(fd, buf, sizeof(buf))) > 0)
				got += r;
		} else {
			memset(buf, 'z', (size_t)n);
			write(fd, buf, (size_t)n);
		}
		_exit(0);
	}
	return pid;
}

static void test_pipe_read(int restart)
{
	int fds[2], pid = -1, r;
	char buf[16] = "";

	pipe(fds);
	if (restart)
		pid = later(fds[1], 100, 5, 0, fds[0]);
	arm(restart, 30, 0);
	r = (int)read(fds[0], buf, sizeof(buf));
	if (restart)
		check(r == 5 && hits == 1 && memcmp(buf, "zzzzz", 5) == 0,
		      "pipe read, %s: restarted after the handler, got %d "
		      "bytes (handler ran %d times)",
		      mode(restart), r, hits);
	else
		check(r == -1 && errno == EINTR && hits == 1,
		      "pipe read, %s: %d errno %s (handler ran %d times)",
		      mode(restart), r, errname(errno), hits);
	disarm();
	close(fds[0]);
	close(fds[1]);
	if (pid > 0)
		waitpid(pid, NULL, 0);
}

static void test_pipe_write(int restart)
{
	static char big[2 * PIPE_CAPACITY];
	int fds[2], pid = -1, r;

	pipe(fds);
	r = (int)write(fds[1], big, PIPE_CAPACITY);
	check(r == PIPE_CAPACITY, "filled the pipe (%d bytes)", r);
	if (restart)
		pid = later(fds[0], 100, PIPE_CAPACITY + 1, 1, fds[1]);
	arm(restart, 30, 0);
	r = (int)write(fds[1], "x", 1);
	if (restart)
		check(r == 1 && hits == 1,
		      "write to a full pipe, %s: restarted, wrote %d (handler "
		      "ran %d times)",
		      mode(restart), r, hits);
	else
		check(r == -1 && errno == EINTR && hits == 1,
		      "write to a full pipe, %s: %d errno %s (handler ran %d "
		      "times)",
		      mode(restart), r, errname(errno), hits);
	disarm();
	close(fds[0]);
	close(fds[1]);
	if (pid > 0)
		waitpid(pid, NULL, 0);

	/* Half of it fits: the count, not EINTR, and no restart. */
	pipe(fds);
	arm(restart, 30, 0);
	r = (int)write(fds[1], big, sizeof(big));
	check(r == PIPE_CAPACITY && hits == 1,
	      "a write of %u bytes to an empty pipe, %s: returns the %d "
	      "written (handler ran %d times)",
	      (unsigned)sizeof(big), mode(restart), r, hits);
	disarm();
	close(fds[0]);
	close(fds[1]);
}

static void test_waitpid(int restart)
{
	int pid, r, st = 0;

	pid = fork();
	if (pid == 0) {
		usleep(100000);
		_exit(7);
	}
	arm(restart, 30, 0);
	r = waitpid(pid, &st, 0);
	if (restart) {
		check(r == pid && WIFEXITED(st) && WEXITSTATUS(st) == 7 &&
			      hits == 1,
		      "waitpid, %s: restarted, reaped %d (status 0x%x, handler "
		      "ran %d times)",
		      mode(restart), r, st, hits);
	} else {
		check(r == -1 && errno == EINTR && hits == 1,
		      "waitpid, %s: %d errno %s (handler ran %d times)",
		      mode(restart), r, errname(errno), hits);
		r = waitpid(pid, &st, 0);
		check(r == pid && WEXITSTATUS(st) == 7,
		      "and the child is still there to reap (status 0x%x)", st);
	}
	disarm();
}

static void test_console_read(int restart)
{
	char buf[16];
	int r;

	if (restart) {
		arm(restart, 30, 30);
		jump_after = 3;
		if (sigsetjmp(out, 1) == 0) {
			r = (int)read(0, buf, sizeof(buf));
			check(0, "console read returned %d", r);
		}
		check(hits == 3,
		      "console read, %s: still waiting after %d "
		      "handlers (restarted each time)",
		      mode(restart), hits);
	} else {
		arm(restart, 30, 0);
		r = (int)read(0, buf, sizeof(buf));
		check(r == -1 && errno == EINTR && hits == 1,
		      "console read, %s: %d errno %s (handler ran %d times)",
		      mode(restart), r, errname(errno), hits);
	}
	disarm();
}

static void test_sleeps(int restart)
{
	struct timespec req = {1, 0}, rem = {-1, -1};
	sigset_t before, after, none;
	int r;
	unsigned left;

	arm(restart, 100, 0);
	r = nanosleep(&req, &rem);
	check(r == -1 && errno == EINTR && hits == 1,
	      "nanosleep(1 s), %s: %d errno %s (handler ran %d times)",
	      mode(restart), r, errname(errno), hits);
	check(rem.tv_sec == 0 && rem.tv_nsec >= 800000000 &&
		      rem.tv_nsec < 1000000000,
	      "nanosleep: %d.%09d s left, about 0.9 s expected", rem.tv_sec,
	      rem.tv_nsec);
	disarm();

	arm(restart, 100, 0);
	r = usleep(1000000);
	check(r == -1 && errno == EINTR && hits == 1,
	      "usleep(1 s), %s: %d errno %s (handler ran %d times)",
	      mode(restart), r, errname(errno), hits);
	disarm();

	arm(restart, 100, 0);
	left = sleep(3);
	check(left == 3 && hits == 1, "sleep(3), %s: %u seconds left",
	      mode(restart), left);
	disarm();

	sigemptyset(&none);
	sigaddset(&none, SIGUSR2);
	sigprocmask(SIG_SETMASK, &none, &before);
	arm(restart, 30, 0);
	sigemptyset(&none);
	r = sigsuspend(&none);
	sigprocmask(SIG_BLOCK, NULL, &after);
	check(r == -1 && errno == EINTR && hits == 1,
	      "sigsuspend, %s: %d errno %s (handler ran %d times)",
	      mode(restart), r, errname(errno), hits);
	check(after == (1u << (SIGUSR2 - 1)),
	      "sigsuspend put the mask back (0x%x)", after);
	sigprocmask(SIG_SETMASK, &before, NULL);
	disarm();

	arm(restart, 30, 0);
	r = pause();
	check(r == -1 && errno == EINTR && hits == 1,
	      "pause, %s: %d errno %s (handler ran %d times)", mode(restart), r,
	      errname(errno), hits);
	disarm();
}

int main(void)
{
	for (int restart = 0; restart < 2; restart++) {
		test_pipe_read(restart);
		test_pipe_write(restart);
		test_waitpid(restart);
		test_console_read(restart);
		test_sleeps(restart);
	}
	return check_done();
}
