// A signal that arrives just as a system call starts waits for the call
// to end: getpid and close never fail with EINTR under a timer that fires
// every tick (they did: the kernel refused to start a call with any
// signal due). Only a process that must die is refused its calls.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
// cmdline: hz=1000
// icount: yes
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/time.h>
#include <unistd.h>
#include "check.h"

#define CALLS 10000000

static volatile int ticks_seen;

static void on_alarm(int sig)
{
	(void)sig;
	ticks_seen++;
}

int main(void)
{
	struct itimerval it = {{0, 1000}, {0, 1000}}; /* every tick */
	int failed = 0, fds[2];

	signal(SIGALRM, on_alarm);
	check_ok("setitimer(ITIMER_REAL, 1 ms)",
		 setitimer(ITIMER_REAL, &it, 0));
	/* Until the timer has fired often: getpid takes few instructions. */
	for (int i = 0; i < CALLS && ticks_seen <= 20; i++)
		failed += getpid() < 0;
	for (int i = 0; i < 200; i++) {
		pipe(fds);
		failed += close(fds[0]) < 0;
		failed += close(fds[1]) < 0;
	}
	it.it_value.tv_usec = it.it_interval.tv_usec = 0;
	setitimer(ITIMER_REAL, &it, 0);
	check(ticks_seen > 10, "the timer fired during the calls (%d times)",
	      ticks_seen);
	check(failed == 0, "no getpid or close failed (%d did)", failed);
	return check_done();
}
