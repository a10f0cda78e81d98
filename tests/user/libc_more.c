// More of what ordinary programs call: the 48-bit generators give
// glibc's numbers for the same seed (lrand48 before any seed too),
// arc4random_uniform stays below its bound, swab, killpg (to the
// caller's own group), clock_getres (one timer tick), timespec_get,
// lockf and flock grant, vfork is fork, and the calls kestrel cannot do
// fail POSIX's way: mkfifo and utime ENOSYS, mkostemp without XXXXXX
// EINVAL.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include "check.h"

static volatile int got;

static void on_usr1(int sig)
{
	got = sig;
}

int main(void)
{
	unsigned short x[3] = {1, 2, 3};
	char sw[] = "badc", t[] = "/tmp/noX";
	struct timespec ts;
	long a, b, c, d, e;
	int ok = 1, st;
	pid_t pid;

	a = lrand48();
	check(a == 0, "lrand48 before a seed: 0, as glibc");
	srand48(42);
	a = lrand48();
	b = lrand48();
	c = mrand48();
	d = nrand48(x);
	e = jrand48(x);
	check(a == 1598855263 && b == 735945821 && c == 477107655 &&
		      d == 949179875 && e == 1130126687 && x[0] == 61731 &&
		      x[1] == 23903 && x[2] == 17244,
	      "srand48(42): glibc's sequence");
	for (int i = 0; i < 1000; i++)
		ok &= arc4random_uniform(7) < 7;
	check(ok && arc4random_uniform(1) == 0, "arc4random_uniform(7) < 7");
	swab(sw, sw, 4);
	check(strcmp(sw, "abcd") == 0, "swab");
	signal(SIGUSR1, on_usr1);
	setpgid(0, 0);
	check(killpg(getpid(), SIGUSR1) == 0 && got == SIGUSR1,
	      "killpg to our own group");
	check(clock_getres(CLOCK_MONOTONIC, &ts) == 0 && ts.tv_sec == 0 &&
		      ts.tv_nsec > 0 && ts.tv_nsec <= 10000000,
	      "clock_getres: %ld ns", (long)ts.tv_nsec);
	check(timespec_get(&ts, TIME_UTC) == TIME_UTC && ts.tv_sec > 1000000000,
	      "timespec_get");
	check(lockf(1, F_LOCK, 0) == 0 && flock(1, LOCK_EX) == 0,
	      "locks granted");
	check_err("flock of a closed fd", flock(9, LOCK_SH), EBADF);
	check_err("flock with a bad operation", flock(1, 99), EINVAL);
	pid = vfork();
	if (pid == 0)
		_exit(5);
	check(waitpid(pid, &st, 0) == pid && WEXITSTATUS(st) == 5, "vfork");
	check_err("mkfifo", mkfifo("/tmp/f", 0600), ENOSYS);
	check_err("utime", utime("/etc/motd", NULL), ENOSYS);
	check_err("utime of a missing file", utime("/etc/none", NULL), ENOENT);
	check_err("mkostemp without XXXXXX", mkostemp(t, 0), EINVAL);
	check_done();
	return 0;
}
