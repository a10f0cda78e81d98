// The interval timers and alarm(): setitimer returns the old value and
// getitimer counts down; a periodic ITIMER_REAL of 10 ms fires 10 times
// in 100 ms; a zero value disarms; alarm() returns the seconds the last
// alarm had left and alarm(0) cancels it; ITIMER_PROF and bad times are
// EINVAL; a forked child starts with no timers; sigsuspend with a
// pending blocked signal that the new mask lets through returns at once,
// after the handler.
// expect: exit 0
// icount: yes
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/time.h>
#include <sys/wait.h>
#include "check.h"

static volatile int alarms, usr1;

static void on_sig(int sig)
{
	if (sig == SIGALRM)
		alarms++;
	else
		usr1++;
}

static int ms_of(const struct timeval *tv)
{
	return tv->tv_sec * 1000 + tv->tv_usec / 1000;
}

static void test_setitimer(void)
{
	struct itimerval it = {{0, 0}, {2, 0}}, old, now, off;
	int start, ms;

	memset(&off, 0, sizeof(off));
	check_ok("setitimer(ITIMER_REAL, 2 s)",
		 setitimer(ITIMER_REAL, &it, NULL));
	usleep(300000);
	getitimer(ITIMER_REAL, &now);
	check(ms_of(&now.it_value) >= 1600 && ms_of(&now.it_value) <= 1710,
	      "after 300 ms getitimer says %d ms left", ms_of(&now.it_value));
	it.it_value.tv_sec = 5;
	setitimer(ITIMER_REAL, &it, &old);
	check(ms_of(&old.it_value) >= 1600 && ms_of(&old.it_value) <= 1710,
	      "setitimer gave back the old value, %d ms", ms_of(&old.it_value));
	setitimer(ITIMER_REAL, &off, &old);
	check(ms_of(&old.it_value) > 4900, "disarming gave back %d ms",
	      ms_of(&old.it_value));
	getitimer(ITIMER_REAL, &now);
	check(now.it_value.tv_sec == 0 && now.it_value.tv_usec == 0,
	      "disarmed: 0 left");

	alarms = 0;
	it.it_value.tv_sec = it.it_interval.tv_sec = 0;
	it.it_value.tv_usec = it.it_interval.tv_usec = 10000;
	start = uptime();
	setitimer(ITIMER_REAL, &it, NULL);
	while (alarms < 10)
		pause();
	ms = uptime() - start;
	setitimer(ITIMER_REAL, &off, NULL);
	check(ms >= 95 && ms <= 115, "a 10 ms interval: 10 SIGALRMs in %d ms",
	      ms);
	usleep(50000);
	check(alarms == 10, "none after it was disarmed (%d)", alarms);

	it.it_value.tv_usec = 1000000;
	check_err("setitimer(tv_usec 1000000)",
		  setitimer(ITIMER_REAL, &it, NULL), EINVAL);
	it.it_value.tv_usec = -1;
	check_err("setitimer(tv_usec -1)", setitimer(ITIMER_REAL, &it, NULL),
		  EINVAL);
	it.it_value.tv_usec = 1000;
	check_err("setitimer(ITIMER_PROF)", setitimer(ITIMER_PROF, &it, NULL),
		  EINVAL);
	check_err("getitimer(3)", getitimer(3, &now), EINVAL);
}

static void test_alarm(void)
{
	unsigned left;
	int pid, st = 0;
	struct itimerval now;

	check(alarm(10) == 0, "alarm(10): no alarm before");
	usleep(200000);
	left = alarm(3);
	check(left == 10, "alarm(3): the last had 10 s left, rounded up (%u)",
	      left);
	pid = fork();
	if (pid == 0) {
		getitimer(ITIMER_REAL, &now);
		_exit(now.it_value.tv_sec == 0 && now.it_value.tv_usec == 0
			      ? 0
			      : 1);
	}
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "a forked child has no alarm (status 0x%x)", st);
	left = alarm(0);
	check(left == 3, "alarm(0) cancels it; it had %u s left", left);
	usleep(50000);
	check(alarm(0) == 0, "nothing left after the cancel");
}

static void test_sigsuspend_pending(void)
{
	sigset_t usr1set, none, after;
	int r;

	sigemptyset(&usr1set);
	sigaddset(&usr1set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1set, NULL);
	raise(SIGUSR1);
	sigemptyset(&none);
	r = sigsuspend(&none);
	sigprocmask(SIG_BLOCK, NULL, &after);
	check(r == -1 && errno == EINTR && usr1 == 1,
	      "sigsuspend with SIGUSR1 pending: returns at once, after the "
	      "handler (%d)",
	      usr1);
	check(after == usr1set, "and SIGUSR1 is blocked again (0x%x)", after);
	sigprocmask(SIG_UNBLOCK, &usr1set, NULL);
}

int main(void)
{
	signal(SIGALRM, on_sig);
	signal(SIGUSR1, on_sig);
	test_setitimer();
	test_alarm();
	test_sigsuspend_pending();
	return check_done();
}
