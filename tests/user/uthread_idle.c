// User-level threads: when every thread is blocked the library waits in
// sigsuspend, as the kernel's idle loop halts: no CPU time and a handful
// of system calls while it waits, however long. A SIGALRM handler that
// signals a condition variable wakes it (uthread_cond_signal may be
// called from a handler, like the kernel's wakeup from an interrupt).
// expect: exit 0
// expect-output: ^idle: waited \d+ ms with \d+ ticks of CPU and \d+ system calls$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// cmdline: hz=1000
// icount: yes
#include <kestrel.h>
#include <signal.h>
#include <sys/time.h>
#include <unistd.h>
#include <uthread.h>
#include "check.h"

#define WAIT_MS 50

static struct uthread_mutex lock = UTHREAD_MUTEX_INIT;
static struct uthread_cond go = UTHREAD_COND_INIT;
static volatile int ready, alarms;

static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
	ready = 1;
	uthread_cond_signal(&go);
}

/* Waits for the alarm; SIGALRM is blocked here (main's mask at create),
 * so it cannot come between the test of ready and the wait. */
static void *waiter(void *arg)
{
	uthread_mutex_lock(&lock);
	while (!ready)
		uthread_cond_wait(&go, &lock);
	uthread_mutex_unlock(&lock);
	return arg;
}

/* This process's entry in the process table. */
static void self_info(struct procinfo *p)
{
	for (int slot = 0; slot < 64; slot++)
		if (procinfo(slot, p) == 0 && p->pid == getpid())
			return;
	check(0, "found our process-table entry");
}

int main(void)
{
	struct itimerval it = {{0, 0}, {0, WAIT_MS * 1000}};
	struct sigaction sa = {0};
	struct procinfo p0, p1;
	sigset_t alrm;
	unsigned pre;
	int t, ms;

	check(uthread_init(1) == 0, "uthread_init(1)");
	sa.sa_handler = on_alarm;
	check_ok("sigaction(SIGALRM)", sigaction(SIGALRM, &sa, NULL));
	sigemptyset(&alrm);
	sigaddset(&alrm, SIGALRM);
	sigprocmask(SIG_BLOCK, &alrm, NULL);
	t = uthread_create(waiter, (void *)5);
	sigprocmask(SIG_UNBLOCK, &alrm, NULL);
	self_info(&p0);
	pre = uthread_preemptions();
	ms = uptime();
	check_ok("setitimer(ITIMER_REAL)", setitimer(ITIMER_REAL, &it, NULL));
	check(uthread_join(t, NULL) == 0, "joined the waiter: it woke");
	ms = uptime() - ms;
	self_info(&p1);
	printf("idle: waited %d ms with %u ticks of CPU and %u system calls\n",
	       ms, p1.ticks - p0.ticks, p1.nsyscalls - p0.nsyscalls);
	check(alarms == 1, "the handler ran once: %d", alarms);
	check(ms >= WAIT_MS, "the wait took the alarm's %d ms: %d", WAIT_MS,
	      ms);
	check(p1.ticks - p0.ticks <= 2, "at most 2 ticks of CPU: %u",
	      p1.ticks - p0.ticks);
	check(p1.nsyscalls - p0.nsyscalls <= 30,
	      "at most 30 system calls while waiting: %u",
	      p1.nsyscalls - p0.nsyscalls);
	check(uthread_preemptions() == pre, "no preemption meanwhile");
	return check_done();
}
