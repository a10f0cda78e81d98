// A timer set to 42949673 s (at 100 Hz, 2^32 + 4 ticks) must not fire
// after 4 ticks, as it did when the tick count was cut to 32 bits: times
// too long for the kernel's tick arithmetic are held at its longest
// (2^31 - 1 ticks), value and interval alike. SIGALRM keeps its default
// action, so an early expiry kills the test.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdio.h>
#include <sys/time.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct itimerval v = {{42949673, 0}, {42949673, 0}}, got;

	check_ok("setitimer(ITIMER_REAL, 42949673 s)",
		 setitimer(ITIMER_REAL, &v, NULL));
	usleep(200000);
	check_ok("getitimer", getitimer(ITIMER_REAL, &got));
	check(got.it_value.tv_sec > 20000000 &&
		      got.it_interval.tv_sec > 20000000,
	      "still set for months: value %d s, interval %d s",
	      got.it_value.tv_sec, got.it_interval.tv_sec);
	v.it_value.tv_sec = v.it_interval.tv_sec = 0;
	check_ok("setitimer(ITIMER_REAL, 0)", setitimer(ITIMER_REAL, &v, NULL));
	return check_done();
}
