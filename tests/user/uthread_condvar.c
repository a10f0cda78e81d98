// User-level threads: a thread blocked on a condition variable costs no
// CPU (the scheduler never picks it and no timer upcall lands in it while
// two CPU-bound threads are preempted a hundred times); signal wakes one
// waiter, broadcast the rest.
// expect: exit 0
// expect-output: ^waiters: scheduled 0, 0, 0 times while main was scheduled \d+ times$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// cmdline: hz=1000
// icount: yes
#include <uthread.h>
#include "check.h"

#define NWAITERS 3
#define QUANTA	 100 /* timer upcalls the spinners run for */

static struct uthread_mutex lock = UTHREAD_MUTEX_INIT;
static struct uthread_cond go = UTHREAD_COND_INIT;
static int tickets, asleep, done; /* under lock */
static volatile int stop;

/* Waits for a ticket, takes it, and counts itself done. */
static void *waiter(void *arg)
{
	uthread_mutex_lock(&lock);
	asleep++;
	while (tickets == 0)
		uthread_cond_wait(&go, &lock);
	tickets--;
	done++;
	uthread_mutex_unlock(&lock);
	return arg;
}

static void *spinner(void *arg)
{
	while (!stop)
		;
	return arg;
}

/* Yields a few rounds, so that every runnable thread gets to run. */
static void settle(void)
{
	for (int i = 0; i < 4 * UTHREAD_MAX; i++)
		uthread_yield();
}

static int count_done(void)
{
	int n;

	uthread_mutex_lock(&lock);
	n = done;
	uthread_mutex_unlock(&lock);
	return n;
}

/* Gives n tickets with a signal (n == 1) or a broadcast. */
static void give(int n)
{
	uthread_mutex_lock(&lock);
	tickets += n;
	if (n == 1)
		uthread_cond_signal(&go);
	else
		uthread_cond_broadcast(&go);
	uthread_mutex_unlock(&lock);
}

int main(void)
{
	struct uthread_stat before[NWAITERS], after[NWAITERS], me0, me1;
	unsigned delta[NWAITERS], until;
	int w[NWAITERS], s[2];

	check(uthread_init(1) == 0, "uthread_init(1)");
	for (int i = 0; i < NWAITERS; i++)
		w[i] = uthread_create(waiter, NULL);
	settle(); /* all of them reach uthread_cond_wait */
	uthread_mutex_lock(&lock);
	check(asleep == NWAITERS && done == 0, "%d waiters asleep, none done",
	      asleep);
	uthread_mutex_unlock(&lock);

	for (int i = 0; i < NWAITERS; i++)
		uthread_stat(w[i], &before[i]);
	uthread_stat(0, &me0);
	until = uthread_preemptions() + QUANTA;
	for (int i = 0; i < 2; i++)
		s[i] = uthread_create(spinner, NULL);
	while (uthread_preemptions() < until)
		uthread_yield();
	stop = 1;
	uthread_join(s[0], NULL);
	uthread_join(s[1], NULL);
	uthread_stat(0, &me1);
	for (int i = 0; i < NWAITERS; i++) {
		uthread_stat(w[i], &after[i]);
		delta[i] = after[i].runs - before[i].runs;
		check(delta[i] == 0 && after[i].upcalls == before[i].upcalls,
		      "waiter %d: scheduled %u times, preempted %u times while "
		      "it waited",
		      i, delta[i], after[i].upcalls - before[i].upcalls);
	}
	printf("waiters: scheduled %u, %u, %u times while main was scheduled "
	       "%u times\n",
	       delta[0], delta[1], delta[2], me1.runs - me0.runs);

	give(1);
	settle();
	check(count_done() == 1, "a signal let exactly one waiter go: %d",
	      count_done());
	give(NWAITERS - 1);
	settle();
	check(count_done() == NWAITERS, "a broadcast let the rest go: %d done",
	      count_done());
	for (int i = 0; i < NWAITERS; i++)
		check(uthread_join(w[i], NULL) == 0, "joined waiter %d", i);
	return check_done();
}
