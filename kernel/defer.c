/*
 * Deferred work: the part of an interrupt's work that can wait a moment
 * and should not run with interrupts masked. We follow the seeds' names:
 * the bottom half is the interrupt handler proper, which runs with
 * interrupts masked and does the minimum (acknowledge the device, move a
 * byte into a ring, call defer_schedule); the top half is everything that
 * runs with interrupts on: the deferred work here (line editing, echo,
 * wakeups, ^C), and the drivers' code that system calls run. (Linux uses
 * the words the other way round: its "bottom halves", softirqs and
 * tasklets, are this file's deferred work.)
 *
 * trap() calls defer_run on the way out of every hardware interrupt,
 * once the handler is done and the PIC has its EOI; the work then runs
 * with interrupts enabled, on the stack of whatever was interrupted
 * (a process in user mode or in a system call, or the idle scheduler),
 * so it may be interrupted in turn but must never sleep.
 */
#include "defs.h"
#include "x86.h"

static struct deferred *head, **tail = &head; /* the pending work, FIFO */
int defer_active;			      /* defer_run is draining */
static uint32_t nruns;

/*
 * Queues d to run soon with interrupts on. Called by bottom halves, with
 * interrupts off; queuing work that is already pending does nothing.
 */
void defer_schedule(struct deferred *d)
{
	intr_push();
	if (!d->pending) {
		d->pending = 1;
		d->next = NULL;
		*tail = d;
		tail = &d->next;
	}
	intr_pop();
}

/*
 * Runs the pending work, each item with interrupts enabled. Called with
 * interrupts off (and no push outstanding) from trap(); returns with them
 * off. An interrupt during the work queues more, which this same loop
 * runs: a nested call returns at once, so work never nests.
 */
void defer_run(void)
{
	struct deferred *d;

	if (defer_active || head == NULL)
		return;
	defer_active = 1;
	while ((d = head) != NULL) {
		head = d->next;
		if (head == NULL)
			tail = &head;
		d->pending = 0;
		nruns++;
		intr_enable();
		d->fn();
		intr_disable();
	}
	defer_active = 0;
}

/* Returns how many pieces of deferred work have run since boot. */
uint32_t defer_count(void)
{
	return nruns;
}
