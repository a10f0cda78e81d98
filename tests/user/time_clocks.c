// clock_gettime: CLOCK_MONOTONIC moves forward by at least what a sleep
// took, CLOCK_REALTIME moves with it (their difference, the boot time,
// stays put), time and gettimeofday agree with it, a bad clock is EINVAL.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static long long ns(const struct timespec *ts)
{
	return ts->tv_sec * 1000000000LL + ts->tv_nsec;
}

/*
 * Reads both clocks at the same tick: REALTIME between two MONOTONIC
 * readings, again if a tick came in between. Returns 0, or -1.
 */
static int read_both(struct timespec *m, struct timespec *r)
{
	struct timespec again;

	for (int tries = 0; tries < 10; tries++) {
		if (clock_gettime(CLOCK_MONOTONIC, m) < 0 ||
		    clock_gettime(CLOCK_REALTIME, r) < 0 ||
		    clock_gettime(CLOCK_MONOTONIC, &again) < 0)
			return -1;
		if (ns(m) == ns(&again))
			return 0;
	}
	return -1;
}

int main(void)
{
	struct timespec m0, m1, r0, r1;
	struct timeval tv;
	time_t t;

	check(read_both(&m0, &r0) == 0, "clock_gettime reads both clocks");
	check(m0.tv_nsec >= 0 && m0.tv_nsec < 1000000000 && r0.tv_nsec >= 0 &&
		      r0.tv_nsec < 1000000000,
	      "tv_nsec lies in [0, 1e9): %ld %ld", (long)m0.tv_nsec,
	      (long)r0.tv_nsec);
	check(r0.tv_sec > 1600000000, "the real-time clock is past 2020: %ld",
	      (long)r0.tv_sec);
	usleep(50000);
	check(read_both(&m1, &r1) == 0, "and reads them again");
	check(ns(&m1) - ns(&m0) >= 50000000LL,
	      "CLOCK_MONOTONIC moved at least 50 ms over usleep(50000): %ld us",
	      (long)((ns(&m1) - ns(&m0)) / 1000));
	check((ns(&r1) - ns(&m1)) == (ns(&r0) - ns(&m0)),
	      "REALTIME - MONOTONIC (the boot time) stays the same");
	t = time(NULL);
	check(t >= r1.tv_sec && t <= r1.tv_sec + 1, "time() agrees: %ld vs %ld",
	      (long)t, (long)r1.tv_sec);
	check(gettimeofday(&tv, NULL) == 0 && tv.tv_sec >= r1.tv_sec &&
		      tv.tv_usec >= 0 && tv.tv_usec < 1000000,
	      "gettimeofday agrees");
	errno = 0;
	check(clock_gettime(2, &m0) == -1 && errno == EINVAL,
	      "clock 2 (CPU time, not kept) is EINVAL: errno %s",
	      errname(errno));
	return check_done();
}
