/*
 * threads: the user-level thread library at work (user/lib/uthread.c),
 * preempted by a timer upcall every clock tick of user time. Shows three
 * things: two CPU-bound threads both make progress; a mutex keeps a
 * counter exact across the preemptions (and without it updates are
 * lost); a thread waiting on a condition variable costs no CPU.
 * "threads N" does N increments per thread (default 20000).
 */
#include <kestrel.h>
#include <stdio.h>
#include <stdlib.h>
#include <uthread.h>

#define NADDERS	    4	/* threads incrementing the shared counter */
#define WIDEN	    40	/* loop turns between reading and writing it */
#define SPIN_QUANTA 100 /* timer upcalls the spinners run for */

static volatile int stop;
static volatile unsigned long spins[2];
static volatile unsigned counter;
static int iters = 20000;
static struct uthread_mutex lock = UTHREAD_MUTEX_INIT;
static struct uthread_cond go = UTHREAD_COND_INIT;
static int ready, waiting;

/* CPU-bound: counts until told to stop; never yields. */
static void *spinner(void *arg)
{
	volatile unsigned long *n = arg;

	while (!stop)
		(*n)++;
	return NULL;
}

/* counter++ the slow way (a wide window for a preemption), under the
 * mutex if arg is not NULL. */
static void *adder(void *arg)
{
	for (int i = 0; i < iters; i++) {
		if (arg)
			uthread_mutex_lock(&lock);
		unsigned v = counter;
		for (volatile int d = 0; d < WIDEN; d++)
			;
		counter = v + 1;
		if (arg)
			uthread_mutex_unlock(&lock);
	}
	return NULL;
}

/* Waits on the condition variable until main sets ready. */
static void *waiter(void *arg)
{
	(void)arg;
	uthread_mutex_lock(&lock);
	waiting = 1;
	while (!ready)
		uthread_cond_wait(&go, &lock);
	uthread_mutex_unlock(&lock);
	return NULL;
}

/* Starts the two spinners, lets them run for n upcalls, stops them. */
static void spin_for(unsigned n, int tid[2])
{
	unsigned until = uthread_preemptions() + n;

	stop = 0;
	for (int i = 0; i < 2; i++)
		tid[i] = uthread_create(spinner, (void *)&spins[i]);
	while (uthread_preemptions() < until)
		uthread_yield();
	stop = 1;
}

static void show_spinners(void)
{
	struct uthread_stat st[2];
	int tid[2];

	spin_for(SPIN_QUANTA, tid);
	for (int i = 0; i < 2; i++)
		uthread_stat(tid[i], &st[i]);
	for (int i = 0; i < 2; i++) {
		uthread_join(tid[i], NULL);
		printf("spinner %d: %lu loops, preempted %u times\n", i,
		       spins[i], st[i].upcalls);
	}
}

/* Runs NADDERS adders, with or without the mutex. */
static void show_counter(int locked)
{
	unsigned p0 = uthread_preemptions(), want = NADDERS * (unsigned)iters;
	int tid[NADDERS];

	counter = 0;
	lock.contended = 0;
	for (int i = 0; i < NADDERS; i++)
		tid[i] = uthread_create(adder, locked ? &lock : NULL);
	for (int i = 0; i < NADDERS; i++)
		uthread_join(tid[i], NULL);
	printf("%s: %d threads x %d increments: counter %u, expected %u "
	       "(%s); %u preemptions",
	       locked ? "mutex" : "no mutex", NADDERS, iters, counter, want,
	       counter == want ? "exact" : "updates lost",
	       uthread_preemptions() - p0);
	if (locked)
		printf(", mutex found taken %u times", lock.contended);
	printf("\n");
}

static void show_condvar(void)
{
	struct uthread_stat before, after, me0, me1;
	int w, tid[2];
	unsigned p0;

	w = uthread_create(waiter, NULL);
	uthread_mutex_lock(&lock);
	while (!waiting) { /* then it is asleep in uthread_cond_wait */
		uthread_mutex_unlock(&lock);
		uthread_yield();
		uthread_mutex_lock(&lock);
	}
	uthread_mutex_unlock(&lock);
	uthread_stat(w, &before);
	uthread_stat(uthread_self(), &me0);
	p0 = uthread_preemptions();
	spin_for(SPIN_QUANTA, tid);
	uthread_stat(w, &after);
	uthread_stat(uthread_self(), &me1);
	uthread_join(tid[0], NULL);
	uthread_join(tid[1], NULL);
	printf("condvar: while it waited (%u preemptions of the others, main "
	       "scheduled %u times), the waiter was scheduled %u times and "
	       "preempted %u times\n",
	       uthread_preemptions() - p0, me1.runs - me0.runs,
	       after.runs - before.runs, after.upcalls - before.upcalls);
	uthread_mutex_lock(&lock);
	ready = 1;
	uthread_cond_signal(&go);
	uthread_mutex_unlock(&lock);
	uthread_join(w, NULL);
	printf("condvar: signalled, the waiter woke and ended\n");
}

int main(int argc, char *argv[])
{
	struct meminfo mi;

	if (argc > 1)
		iters = atoi(argv[1]);
	if (uthread_init(1) < 0) { /* one clock tick: the shortest there is */
		perror("threads: uthread_init");
		return 1;
	}
	if (meminfo(&mi) == 0)
		printf("threads: a timer upcall every %u us of CPU time (%u Hz)\n",
		       1000000 / mi.hz, mi.hz);
	show_spinners();
	show_counter(1);
	show_counter(0);
	show_condvar();
	printf("threads: %u preemptions in all\n", uthread_preemptions());
	return 0;
}
