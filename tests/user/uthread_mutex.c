// User-level threads: a mutex keeps a shared counter exact while four
// threads increment it thousands of times each and are preempted
// thousands of times, some of them inside the critical section (the
// mutex is found taken). The same threads without the mutex lose
// updates, the control that shows the test could fail.
// expect: exit 0
// expect-output: ^mutex: counter \d+ of \d+, \d+ preemptions, taken \d+ times$
// expect-output: ^no mutex: counter \d+ of \d+, \d+ preemptions$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// cmdline: hz=10000
// icount: yes
// timeout: 60
//
// Deterministic: under -icount the ticks land at the same instructions
// on every run of a given build, so the unlocked run loses the same
// updates every time (about three quarters of them).
#include <uthread.h>
#include "check.h"

#define NTHREADS 4
#define ITERS	 25000
#define WIDEN	 100 /* loop turns between reading and writing the counter */
#define JITTER	 37  /* ... plus 0 to JITTER - 1 more, varying by turn */

static struct uthread_mutex lock = UTHREAD_MUTEX_INIT;
static volatile unsigned counter;

/*
 * counter++ with a wide window between the read and the write; under the
 * mutex if arg is not NULL. The window's width varies a little from turn
 * to turn: under -icount a loop of one fixed length can fall in step with
 * the tick, which then lands in the kernel (the mutex's system calls)
 * nearly every time, and the threads are seldom preempted.
 */
static void *adder(void *arg)
{
	for (int i = 0; i < ITERS; i++) {
		if (arg)
			uthread_mutex_lock(&lock);
		unsigned v = counter;
		for (volatile int d = 0; d < WIDEN + i % JITTER; d++)
			;
		counter = v + 1;
		if (arg && uthread_mutex_unlock(&lock) != 0)
			return (void *)1;
	}
	return NULL;
}

/* Runs the adders; returns the preemptions it took. */
static unsigned run(int locked)
{
	unsigned p0 = uthread_preemptions();
	int tid[NTHREADS];
	void *ret;

	counter = 0;
	for (int i = 0; i < NTHREADS; i++)
		tid[i] = uthread_create(adder, locked ? &lock : NULL);
	for (int i = 0; i < NTHREADS; i++)
		check(tid[i] > 0 && uthread_join(tid[i], &ret) == 0 &&
			      ret == NULL,
		      "adder %d (id %d) ended, every unlock succeeded", i,
		      tid[i]);
	return uthread_preemptions() - p0;
}

int main(void)
{
	unsigned want = NTHREADS * ITERS, n;

	check(uthread_init(1) == 0, "uthread_init(1)");
	n = run(1);
	printf("mutex: counter %u of %u, %u preemptions, taken %u times\n",
	       counter, want, n, lock.contended);
	check(counter == want, "with the mutex the counter is exact: %u",
	      counter);
	check(n >= 1000, "thousands of preemptions: %u", n);
	check(lock.contended > 0,
	      "some preemptions hit the critical section: the mutex was "
	      "found taken %u times",
	      lock.contended);
	check(!lock.locked && lock.owner == -1, "the mutex ends free");
	n = run(0);
	printf("no mutex: counter %u of %u, %u preemptions\n", counter, want,
	       n);
	check(counter < want, "without the mutex updates are lost: %u < %u",
	      counter, want);
	return check_done();
}
