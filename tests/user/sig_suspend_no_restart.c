// sigsuspend (and pause) return -1 with EINTR once a handler has run,
// even when the handler was installed with SA_RESTART (as signal() does):
// POSIX never restarts them, and a restart would wait again for ever.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 20
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/time.h>
#include <unistd.h>
#include "check.h"

static volatile int hits;

static void on_alrm(int sig)
{
	(void)sig;
	hits++;
}

int main(void)
{
	struct itimerval v = {{0, 0}, {0, 50000}};
	struct sigaction sa = {0};
	sigset_t none = 0;
	int r;

	check(signal(SIGALRM, on_alrm) != SIG_ERR, "signal(SIGALRM)");
	check_ok("setitimer", setitimer(ITIMER_REAL, &v, NULL));
	r = pause();
	check(r == -1 && errno == EINTR && hits == 1,
	      "pause with an SA_RESTART handler: %d errno %d hits %d", r, errno,
	      hits);

	sa.sa_handler = on_alrm;
	sa.sa_flags = SA_RESTART;
	check_ok("sigaction(SIGALRM, SA_RESTART)", sigaction(SIGALRM, &sa, 0));
	check_ok("setitimer", setitimer(ITIMER_REAL, &v, NULL));
	r = sigsuspend(&none);
	check(r == -1 && errno == EINTR && hits == 2,
	      "sigsuspend with an SA_RESTART handler: %d errno %d hits %d", r,
	      errno, hits);
	return check_done();
}
