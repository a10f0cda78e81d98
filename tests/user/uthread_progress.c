// User-level threads: two CPU-bound threads that never yield both make
// progress, because the timer upcall (SIGVTALRM, ITIMER_VIRTUAL)
// preempts them; each gets about half the quanta, at every stage.
// expect: exit 0
// expect-output: ^spinners: \d+ and \d+ loops, preempted \d+ and \d+ times$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// cmdline: hz=1000
// icount: yes
//
// Without preemption the first spinner would keep the CPU for ever: main
// would never run again and the test would time out.
#include <uthread.h>
#include "check.h"

#define QUANTA 200 /* timer upcalls to let the spinners run for */

static volatile int stop;
static volatile unsigned long loops[2];

static void *spinner(void *arg)
{
	volatile unsigned long *n = arg;

	while (!stop)
		(*n)++;
	return (void *)n;
}

/* Yields until n more timer upcalls have happened. */
static void run_for(unsigned n)
{
	unsigned until = uthread_preemptions() + n;

	while (uthread_preemptions() < until)
		uthread_yield();
}

int main(void)
{
	struct uthread_stat st[2];
	unsigned long half[2];
	void *ret;
	int tid[2];

	check(uthread_init(1) == 0, "uthread_init(1)");
	for (int i = 0; i < 2; i++) {
		tid[i] = uthread_create(spinner, (void *)&loops[i]);
		check(tid[i] > 0, "thread %d created: id %d", i, tid[i]);
	}
	run_for(QUANTA / 2);
	half[0] = loops[0];
	half[1] = loops[1];
	run_for(QUANTA / 2);
	stop = 1;
	for (int i = 0; i < 2; i++)
		uthread_stat(tid[i], &st[i]);
	for (int i = 0; i < 2; i++) {
		check(uthread_join(tid[i], &ret) == 0 && ret == &loops[i],
		      "joined thread %d, which returned its counter", i);
		check(half[i] > 0 && loops[i] > half[i],
		      "thread %d ran in both halves: %lu then %lu loops", i,
		      half[i], loops[i]);
		check(st[i].upcalls >= QUANTA * 2 / 5,
		      "thread %d was preempted %u times (at least %d of %d)", i,
		      st[i].upcalls, QUANTA * 2 / 5, QUANTA);
		check(st[i].runs >= st[i].upcalls,
		      "thread %d was scheduled %u times, at least once per "
		      "preemption",
		      i, st[i].runs);
	}
	check(loops[0] / 2 < loops[1] && loops[1] / 2 < loops[0],
	      "neither did more than twice the other's loops");
	printf("spinners: %lu and %lu loops, preempted %u and %u times\n",
	       loops[0], loops[1], st[0].upcalls, st[1].upcalls);
	return check_done();
}
