// When sigsuspend ends without running a handler (here the process was
// stopped by SIGTSTP and continued), its mask goes back, and a signal
// that mask lets through is due at once: it must be delivered on that
// same return to user mode. It was left pending, so the handler had not
// run when sigsuspend returned, and the next system call (getpid) failed
// with EINTR before it ran.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 20
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/time.h>
#include <sys/wait.h>
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
	sigset_t only_alrm = SIGBIT(SIGALRM);
	int parent = getpid(), child, r, h, e, pid, st;

	sa.sa_handler = on_alrm;
	check_ok("sigaction(SIGALRM)", sigaction(SIGALRM, &sa, 0));
	child = fork();
	if (child == 0) {
		usleep(300000); /* SIGALRM is pending by now */
		kill(parent, SIGTSTP);
		usleep(100000);
		kill(parent, SIGCONT);
		_exit(0);
	}
	check(child > 0, "fork");
	check_ok("setitimer(50 ms)", setitimer(ITIMER_REAL, &v, NULL));
	/* Waits with SIGALRM blocked: woken by the stop. */
	r = sigsuspend(&only_alrm);
	e = errno;
	h = hits;
	pid = getpid();
	check(r == -1 && e == EINTR, "sigsuspend returned -1 EINTR (%d %d)", r,
	      e);
	check(h == 1,
	      "SIGALRM's handler ran before sigsuspend returned "
	      "(%d runs)",
	      h);
	check(pid == parent, "getpid() after it: %d (errno %d)", pid, errno);
	check(waitpid(child, &st, 0) == child && WIFEXITED(st), "reaped");
	return check_done();
}
