// pause() returns -1 with EINTR once a handler has run, even a handler
// installed with signal(), which sets SA_RESTART: sigsuspend and pause
// are never restarted (POSIX; Linux's signal(7)). Restarting it would
// wait for ever.
// expect: exit 0
// timeout: 10
// expect-output: ^ok: pause returned -1 with EINTR after one handler run
// forbid-output: FAIL
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include "check.h"

static volatile int hits;

static void on_alarm(int sig)
{
	(void)sig;
	hits++;
}

int main(void)
{
	int r, err;

	check(signal(SIGALRM, on_alarm) != SIG_ERR, "signal(SIGALRM)");
	alarm(1);
	r = pause();
	err = errno;
	check(r == -1 && err == EINTR && hits == 1,
	      "pause returned -1 with EINTR after one handler run (got %d, %s, "
	      "%d runs)",
	      r, errname(err), hits);
	return check_done();
}
