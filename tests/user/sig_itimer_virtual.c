// ITIMER_VIRTUAL counts only the process's own user time. Armed for
// 50 ms, it does not fire while the process sleeps for 500 ms (getitimer
// still shows nearly all of it left), while an ITIMER_REAL of 50 ms
// armed alongside does; it fires after about 50 ms of spinning; sharing
// the CPU with a spinning child, it takes about twice as long in real
// time; and with a 10 ms interval, 100 ms of spinning gives 10
// SIGVTALRMs.
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

static volatile int vt, rt;

static void on_vt(int sig)
{
	(void)sig;
	vt++;
}

static void on_rt(int sig)
{
	(void)sig;
	rt++;
}

static void arm(int which, int ms, int interval_ms)
{
	struct itimerval it = {{0, interval_ms * 1000}, {0, ms * 1000}};

	setitimer(which, &it, NULL);
}

static int ms_of(const struct timeval *tv)
{
	return tv->tv_sec * 1000 + tv->tv_usec / 1000;
}

/*
 * Spins in user mode until SIGVTALRM has come n times (or a generous
 * bound of iterations passed); returns the real ms it took.
 */
static int spin_until(int n)
{
	int start = uptime();

	for (volatile unsigned i = 0; vt < n && i < 400000000u; i++)
		;
	return uptime() - start;
}

int main(void)
{
	struct itimerval left;
	int ms, pid;

	signal(SIGVTALRM, on_vt);
	signal(SIGALRM, on_rt);

	arm(ITIMER_VIRTUAL, 50, 0);
	arm(ITIMER_REAL, 50, 0);
	for (int i = 0; i < 5; i++)
		usleep(100000);
	getitimer(ITIMER_VIRTUAL, &left);
	check(vt == 0, "asleep 500 ms: no SIGVTALRM (%d)", vt);
	check(rt == 1, "but the ITIMER_REAL of 50 ms fired (%d)", rt);
	check(ms_of(&left.it_value) >= 40 && ms_of(&left.it_value) <= 50,
	      "ITIMER_VIRTUAL still has %d ms of its 50 left",
	      ms_of(&left.it_value));

	ms = spin_until(1);
	check(vt == 1 && ms >= 40 && ms <= 60,
	      "spinning: SIGVTALRM after %d ms (about 50 expected)", ms);

	pid = fork();
	if (pid == 0) {
		for (;;)
			; /* the parent kills it */
	}
	vt = 0;
	arm(ITIMER_VIRTUAL, 50, 0);
	ms = spin_until(1);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	check(vt == 1 && ms >= 80 && ms <= 150,
	      "sharing the CPU with a spinner: SIGVTALRM after %d ms (about "
	      "100 expected)",
	      ms);

	vt = 0;
	arm(ITIMER_VIRTUAL, 10, 10);
	ms = spin_until(10);
	arm(ITIMER_VIRTUAL, 0, 0);
	check(vt == 10 && ms >= 90 && ms <= 110,
	      "a 10 ms interval: 10 SIGVTALRMs in %d ms of spinning", ms);
	getitimer(ITIMER_VIRTUAL, &left);
	check(left.it_value.tv_sec == 0 && left.it_value.tv_usec == 0,
	      "disarmed: getitimer says 0 (%d us)", left.it_value.tv_usec);
	return check_done();
}
