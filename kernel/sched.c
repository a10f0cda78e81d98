/*
 * Who runs: the run queue, sleep and wakeup on wait channels, the context
 * switch and the time slice. proc.c owns the process table; this file
 * owns p->state's moves between RUNNING, RUNNABLE and SLEEPING.
 *
 * The runnable processes wait in a FIFO queue (round robin, and picking
 * the next one costs the same however many processes there are). A
 * process that gives up the CPU switches straight to the next one in the
 * queue; only when the queue is empty does it switch to the idle loop,
 * scheduler(), which halts until an interrupt makes someone runnable.
 * A sleeper waits on a channel (any address) in one of NWAITQ lists,
 * chosen by a hash of the channel, so that wakeup looks only at the
 * processes that may be sleeping on its channel.
 *
 * One CPU, and the kernel is never preempted against its will: a process
 * leaves the CPU only in sched. Interrupt handlers and deferred work
 * (defer.c) wake processes too, so the queues change with interrupts
 * masked (intr_push), which on one CPU is their lock.
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "memlayout.h"
#include "proc.h"
#include "vm.h"
#include "x86.h"

#define NWAITQ_BITS 6
#define NWAITQ	    (1 << NWAITQ_BITS) /* wait lists */
#define HASH_MUL    2654435761u	       /* 2^32 / golden ratio (Knuth) */

static struct proc *runq_head, *runq_tail; /* RUNNABLE, oldest first */
static struct proc *waitq[NWAITQ];	   /* SLEEPING, by chan_list */
static struct context *scheduler_context;  /* the idle loop's */

void swtch(struct context **old, struct context *new); /* swtch.S */

static uint32_t quantum; /* ticks in a time slice (scheduler sets it) */

/*
 * The wait list of chan: a multiplicative hash, whose top bits part near
 * addresses (a pipe's two channels are 4 bytes apart).
 */
static struct proc **chan_list(void *chan)
{
	return &waitq[((uint32_t)chan * HASH_MUL) >> (32 - NWAITQ_BITS)];
}

/* Makes p RUNNABLE at the tail of the run queue. Interrupts off. */
static void runq_put(struct proc *p)
{
	p->state = RUNNABLE;
	p->next_run = NULL;
	if (runq_tail)
		runq_tail->next_run = p;
	else
		runq_head = p;
	runq_tail = p;
}

/* Takes the oldest runnable process off the queue, or NULL. */
static struct proc *runq_get(void)
{
	struct proc *p = runq_head;

	if (p && (runq_head = p->next_run) == NULL)
		runq_tail = NULL;
	return p;
}

/* proc_ready with interrupts off. */
static void ready(struct proc *p)
{
	if (p->state == SLEEPING) {
		if ((*p->wait_pprev = p->next_wait) != NULL)
			p->next_wait->wait_pprev = p->wait_pprev;
		p->chan = NULL;
	}
	runq_put(p);
}

/*
 * Makes p runnable: a new process (fork, the first one), one that slept
 * (it leaves its wait list) or one that was stopped. Any context.
 */
void proc_ready(struct proc *p)
{
	intr_push();
	ready(p);
	intr_pop();
}

/*
 * Makes p the running process, leaving the context in *from (the
 * process's that gave the CPU up, or the idle loop's) for the next switch
 * back to it. Interrupts off.
 */
static void run(struct proc *p, struct context **from)
{
	curproc = p;
	p->state = RUNNING;
	p->quantum = quantum;
	p->resched = 0;
	/* Traps from ring 3 will land on the top of its kernel stack. */
	tss_set_esp0((uint32_t)p->kstack + KSTACK_SIZE);
	/* The idle loop leaves the last address space in place: running
	 * the same process again needs no switch (vm_switch sees that;
	 * exit and exec switch away from one they free). */
	vm_switch(p->mm);
	/* Only a bit is set here: the FPU's registers move on first use. */
	fpu_switch(p);
	swtch(from, p->context);
}

/*
 * The idle loop, forever: runs the next runnable process, and when none
 * is left, halts until an interrupt makes one runnable. Every pass first
 * lets pending interrupts in. Interrupts are off while it chooses and
 * switches, since a handler may change the queue. sti_hlt's sti takes
 * effect only after hlt starts, so no interrupt can slip in between the
 * check and the halt and leave the CPU asleep.
 */
void scheduler(void)
{
	struct proc *p;

	/* The timer runs by now: one quantum in its ticks, at least one. */
	quantum = timer_hz * QUANTUM_MS / 1000 > 0
			  ? timer_hz * QUANTUM_MS / 1000
			  : 1;
	for (;;) {
		intr_enable();
		intr_disable();
		if ((p = runq_get()) == NULL) {
			intr_off_end();
			sti_hlt(); /* idle: wait for an interrupt */
			continue;
		}
		run(p, &scheduler_context);
	}
}

/*
 * Gives the CPU to the next runnable process (or to the idle loop if
 * there is none; or back to the caller if it is the next); the caller
 * has already set the state it leaves in, and put itself on a queue if it
 * is to run again. Interrupts must be off, or a handler could run between
 * the state change and the switch. What the CPU holds for this kernel
 * stack, its intr_push state and trap nesting, is put aside for the
 * switch and given back after: the next process finds its own. Neither
 * an IRQ handler nor deferred work may get here: they run on the stack
 * of whatever they interrupted, and would deschedule it.
 */
void sched(void)
{
	struct proc *p = curproc, *next;
	struct intr_state is;
	int nesting;

	if (p == NULL)
		panic("sched: no current process");
	if (trap_in_irq() || defer_running())
		panic("sched: pid %d would sleep or yield "
		      "inside an interrupt handler or deferred work",
		      p->pid);
	if (p->state == RUNNING)
		panic("sched: pid %d still running", p->pid);
	if (read_eflags() & FL_IF)
		panic("sched: interrupts on");
	proc_check_stack(p);
	/* Voluntary: it waits (sleep, a stop). Involuntary: it could go on
	 * but must give way (its time slice ended; counted even when no
	 * one else is there to run). Exits are neither. */
	if (p->state == RUNNABLE)
		p->nivcsw++;
	else if (p->state != ZOMBIE)
		p->nvcsw++;
	is = intr_save();
	nesting = trap_nesting; /* the next stack finds its own */
	trap_nesting = 0;
	if ((next = runq_get()) == NULL) {
		curproc = NULL;
		swtch(&p->context, scheduler_context);
	} else if (next != p)
		run(next, &p->context);
	else {
		p->state = RUNNING; /* it yielded, and no one else waits */
		p->quantum = quantum;
		p->resched = 0;
	}
	trap_nesting = nesting;
	intr_restore(is);
}

/* Gives up the CPU for one round (at the end of a time slice). */
void yield(void)
{
	intr_push();
	if (curproc == NULL || curproc->state != RUNNING)
		panic("yield: no running process");
	runq_put(curproc);
	sched();
	intr_pop();
}

/*
 * Sleeps on chan until wakeup(chan) (or a signal: sig_post); callers
 * re-check their condition. The caller masks interrupts (intr_push) from
 * its check of the condition to here, so a wakeup from a handler cannot
 * come in between and be lost; sleep returns with them still masked.
 */
void sleep(void *chan)
{
	struct proc *p = curproc, **list = chan_list(chan);

	if (p == NULL || p->state != RUNNING || chan == NULL)
		panic("sleep: no running process, or no channel");
	if (read_eflags() & FL_IF)
		panic("sleep: pid %d: interrupts on (a wakeup could be lost)",
		      p->pid);
	p->chan = chan;
	p->state = SLEEPING;
	if ((p->next_wait = *list) != NULL)
		(*list)->wait_pprev = &p->next_wait;
	p->wait_pprev = list;
	*list = p;
	sched();
}

/*
 * Makes every process sleeping on chan runnable. Callable from handlers
 * and deferred work: it only changes states, and never switches. An
 * empty list needs no masking to be seen empty: only process context
 * adds to it, and that is us.
 */
void wakeup(void *chan)
{
	struct proc **list = chan_list(chan), *p, *next;

	if (*list == NULL)
		return;
	intr_push();
	for (p = *list; p; p = next) {
		next = p->next_wait;
		if (p->chan == chan)
			ready(p);
	}
	intr_pop();
}

/*
 * A safe point in a long kernel loop (a big copy, a fork, an exec): gives
 * the CPU away if the time slice is over, so no process keeps it from the
 * others however much work it asks for. Returns -EINTR if the process
 * has been killed meanwhile (the loop should stop and undo), else 0.
 * Only yields where that is safe: no push outstanding, interrupts on,
 * not in a handler or deferred work.
 */
int proc_preempt_point(void)
{
	proc_yield_point();
	return curproc && curproc->killsig ? -EINTR : 0;
}

/*
 * The same for work that must run to its end (freeing a dying process's
 * memory): gives way at the end of the time slice, and never stops.
 */
void proc_yield_point(void)
{
	struct proc *p = curproc;

	if (p && p->resched && p->state == RUNNING && intr_enabled() &&
	    intr_depth == 0 && !trap_in_irq() && !defer_running())
		yield();
}

/*
 * The scheduler's share of a timer tick (timer.c calls it): charges the
 * tick to the running process, user says whether it was in ring 3, and
 * ends its time slice when the quantum is used up. The yield itself
 * happens on the way back to ring 3 (trap.c), never inside the handler.
 */
void proc_tick(int user)
{
	struct proc *p = curproc;

	if (p == NULL)
		return;
	if (user) {
		p->ticks++;
		sig_user_tick(p);
	} else {
		p->kticks++;
	}
	if (p->quantum > 0)
		p->quantum--;
	if (p->quantum == 0)
		p->resched = 1;
}
