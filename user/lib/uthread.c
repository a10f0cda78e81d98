/*
 * User-level threads: the thread table, a round-robin scheduler that
 * switches stacks with swtch (kernel/swtch.S, the kernel's own), sleep
 * and wakeup on channels, join, mutexes and condition variables, and preemption by a
 * timer upcall. Signals play the interrupts: the library masks them all
 * (sigprocmask) while it reads or changes its tables, as the kernel masks
 * interrupts (intr_push), and the SIGVTALRM handler is its timer
 * interrupt: it yields, on the stack of the thread it interrupted.
 *
 * The rule that makes the switch work: sched() is only ever entered with
 * every signal masked, and each thread unmasks its own way when it runs
 * again: a yield, lock or wait by restoring the mask it saved on entry; a
 * preempted thread by returning from its handler (sigreturn puts back the
 * mask of the interrupted code); a new thread in thread_start, with the
 * mask of its creator (the kernel's forkret).
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <uthread.h>

#define USEC_PER_SEC 1000000

enum ustate { FREE, RUNNABLE, RUNNING, BLOCKED, ZOMBIE };

/* What swtch leaves on the stack of a thread that is switched away. */
struct uswtch_frame {
	uint32_t edi, esi, ebx, ebp;
	uint32_t eip; /* the return address of its swtch call */
};

struct uthread {
	enum ustate state;
	struct uswtch_frame *sp; /* while not running: where swtch left it */
	void *stack;		 /* malloc'd; NULL for thread 0 */
	void *(*fn)(void *);	 /* what a new thread runs */
	void *arg;
	void *retval;  /* what it ended with, for uthread_join */
	sigset_t mask; /* the mask a new thread starts with */
	int detached;  /* no join will come: reaped when it has ended */
	void *chan;    /* what a BLOCKED thread waits for */
	struct uthread_stat stat;
};

/* The kernel's context switch (kernel/swtch.S), linked into libc too. */
void swtch(struct uswtch_frame **old, struct uswtch_frame *new);

static struct uthread threads[UTHREAD_MAX];
static struct uthread *cur = &threads[0]; /* the running thread */
static sigset_t idle_mask; /* while nothing can run: all but the timer */
static volatile unsigned preemptions; /* timer upcalls taken */

/* Masks every signal (the library's intr_push); returns the old mask. */
static sigset_t sig_block_all(void)
{
	sigset_t all, old;

	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	return old;
}

/* Puts back the mask sig_block_all returned (the library's intr_pop). */
static void sig_restore(sigset_t old)
{
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/* The next RUNNABLE thread after cur, round robin (cur itself last). */
static struct uthread *pick(void)
{
	int me = (int)(cur - threads);

	for (int i = 1; i <= UTHREAD_MAX; i++) {
		struct uthread *t = &threads[(me + i) % UTHREAD_MAX];
		if (t->state == RUNNABLE)
			return t;
	}
	return NULL;
}

/*
 * Nothing can run: waits until a handler has run (it may have woken a
 * thread), as the kernel's idle loop halts until an interrupt. sigsuspend
 * unmasks and waits in one step, like sti; hlt: a signal that came since
 * the masking is taken at once, not lost. The timer stays masked, it
 * would find no thread to preempt. With no thread left that could ever
 * run again, the process is over.
 */
static void idle(void)
{
	for (int i = 0; i < UTHREAD_MAX; i++)
		if (threads[i].state == BLOCKED) {
			sigsuspend(&idle_mask);
			return;
		}
	exit(0);
}

/*
 * Switches to the next runnable thread; the caller has masked signals and
 * set cur's state (RUNNABLE to yield, BLOCKED, ZOMBIE). Returns when cur
 * is picked again, with its errno. The kernel's sched and scheduler in one.
 */
static void sched(void)
{
	struct uthread *old = cur, *t;
	int saved_errno = errno;

	while ((t = pick()) == NULL)
		idle();
	t->state = RUNNING;
	if (t != old) {
		t->stat.runs++;
		cur = t;
		swtch(&old->sp, t->sp);
	}
	errno = saved_errno;
}

/* Blocks cur until wake(chan). Signals masked: no wakeup can be lost. */
static void block_on(void *chan)
{
	cur->chan = chan;
	cur->state = BLOCKED;
	sched();
	cur->chan = NULL;
}

/* Makes the threads blocked on chan runnable: all of them, or the first.
 * Signals masked; never switches, so handlers may call it. */
static void wake(void *chan, int all)
{
	for (int i = 0; i < UTHREAD_MAX; i++)
		if (threads[i].state == BLOCKED && threads[i].chan == chan) {
			threads[i].state = RUNNABLE;
			if (!all)
				return;
		}
}

/*
 * The timer upcall: charges the quantum to the thread it interrupted and
 * yields. Signals are open only outside the library, so it never lands
 * in the middle of a switch; it switches on the interrupted thread's
 * stack, and returns through this frame when that thread runs again.
 */
static void on_timer(int sig)
{
	(void)sig;
	preemptions++;
	cur->stat.upcalls++;
	uthread_yield();
}

/* Makes the caller thread 0; arms the timer if quantum_usec > 0. */
int uthread_init(unsigned quantum_usec)
{
	struct sigaction sa;
	struct itimerval it;

	if (threads[0].state != FREE)
		return 0;
	threads[0].state = RUNNING;
	sigprocmask(SIG_BLOCK, NULL, &idle_mask);
	sigaddset(&idle_mask, SIGVTALRM);
	if (quantum_usec == 0)
		return 0;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_timer;
	sa.sa_flags = SA_RESTART; /* never an EINTR for a thread's call */
	it.it_value.tv_sec = (int32_t)(quantum_usec / USEC_PER_SEC);
	it.it_value.tv_usec = (int32_t)(quantum_usec % USEC_PER_SEC);
	it.it_interval = it.it_value;
	if (sigaction(SIGVTALRM, &sa, NULL) < 0 ||
	    setitimer(ITIMER_VIRTUAL, &it, NULL) < 0)
		return -1;
	return 0;
}

/* Where a new thread begins: its first switch "returns" here. */
static void thread_start(void)
{
	sig_restore(cur->mask);
	uthread_exit(cur->fn(cur->arg));
}

/* A free slot other than thread 0's, with a stack; or NULL and errno. */
static struct uthread *alloc_thread(void)
{
	for (int i = 1; i < UTHREAD_MAX; i++) {
		struct uthread *t = &threads[i];
		if (t->state == ZOMBIE && t->detached) {
			free(t->stack); /* it can be freed now it is not in use */
			t->stack = NULL;
			t->state = FREE;
		}
		if (t->state != FREE)
			continue;
		t->detached = 0;
		if ((t->stack = malloc(UTHREAD_STACK)) == NULL)
			errno = ENOMEM;
		return t->stack ? t : NULL;
	}
	errno = EAGAIN;
	return NULL;
}

/*
 * Starts fn(arg) in a new thread, runnable but not yet running. Its stack
 * gets what swtch would have left there, returning into thread_start
 * (esp + 4 16-aligned there, as after a call; a null return address).
 */
int uthread_create(void *(*fn)(void *), void *arg)
{
	struct uthread *t;
	uintptr_t top;
	sigset_t old;

	if (uthread_init(0) < 0)
		return -1;
	old = sig_block_all();
	if ((t = alloc_thread()) == NULL) {
		sig_restore(old);
		return -1;
	}
	top = ((uintptr_t)t->stack + UTHREAD_STACK) & ~(uintptr_t)15;
	*(uint32_t *)(top - 4) = 0;
	t->sp = (struct uswtch_frame *)(top - 4) - 1;
	memset(t->sp, 0, sizeof(*t->sp));
	t->sp->eip = (uint32_t)thread_start;
	t->fn = fn;
	t->arg = arg;
	t->mask = old;
	memset(&t->stat, 0, sizeof(t->stat));
	t->state = RUNNABLE;
	sig_restore(old);
	return (int)(t - threads);
}

void uthread_yield(void)
{
	sigset_t old = sig_block_all();

	cur->state = RUNNABLE;
	sched();
	sig_restore(old);
}

/* Becomes a zombie for uthread_join, which frees the stack this runs on. */
void uthread_exit(void *ret)
{
	sig_block_all();
	cur->retval = ret;
	cur->state = ZOMBIE;
	wake(cur, 1);
	sched();
	__builtin_unreachable();
}

int uthread_join(int tid, void **ret)
{
	struct uthread *t;
	sigset_t old;
	int err = 0;

	if (tid < 0 || tid >= UTHREAD_MAX) {
		errno = ESRCH;
		return -1;
	}
	t = &threads[tid];
	old = sig_block_all();
	while (t != cur && !t->detached && t->state != ZOMBIE &&
	       t->state != FREE)
		block_on(t);
	if (t == cur || t->detached || t->state == FREE) {
		err = t->state == FREE ? ESRCH : EINVAL;
	} else {
		if (ret)
			*ret = t->retval;
		free(t->stack);
		t->stack = NULL;
		t->state = FREE;
	}
	sig_restore(old);
	if (err)
		errno = err;
	return err ? -1 : 0;
}

int uthread_detach(int tid)
{
	sigset_t old = sig_block_all();
	struct uthread *t =
		tid >= 0 && tid < UTHREAD_MAX ? &threads[tid] : NULL;
	int err = 0;

	if (t == NULL || t->state == FREE)
		err = ESRCH;
	else if (t->detached)
		err = EINVAL;
	else
		t->detached = 1;
	/* An ended thread's stack is freed by the next uthread_create: the
	 * caller may be that thread, still running on it (its exit path). */
	sig_restore(old);
	if (err)
		errno = err;
	return err ? -1 : 0;
}

int uthread_self(void)
{
	return (int)(cur - threads);
}

/* Takes m, blocking while another thread holds it. Signals masked. */
static void acquire(struct uthread_mutex *m)
{
	while (m->locked) {
		m->contended++;
		block_on(m);
	}
	m->locked = 1;
	m->owner = uthread_self();
}

/* Gives m up and wakes one thread waiting for it. Signals masked. */
static void release(struct uthread_mutex *m)
{
	m->locked = 0;
	m->owner = -1;
	wake(m, 0);
}

void uthread_mutex_init(struct uthread_mutex *m)
{
	m->locked = 0;
	m->owner = -1;
	m->contended = 0;
}

void uthread_mutex_lock(struct uthread_mutex *m)
{
	sigset_t old = sig_block_all();

	acquire(m);
	sig_restore(old);
}

int uthread_mutex_trylock(struct uthread_mutex *m)
{
	sigset_t old = sig_block_all();
	int taken = m->locked;

	if (!taken) {
		m->locked = 1;
		m->owner = uthread_self();
	}
	sig_restore(old);
	if (taken)
		errno = EBUSY;
	return taken ? -1 : 0;
}

int uthread_mutex_unlock(struct uthread_mutex *m)
{
	sigset_t old = sig_block_all();
	int mine = m->locked && m->owner == uthread_self();

	if (mine)
		release(m);
	sig_restore(old);
	if (!mine)
		errno = EPERM;
	return mine ? 0 : -1;
}

void uthread_cond_init(struct uthread_cond *c)
{
	c->unused = 0;
}

/* Masked from the release to the block: no signal can come in between. */
void uthread_cond_wait(struct uthread_cond *c, struct uthread_mutex *m)
{
	sigset_t old = sig_block_all();

	release(m);
	block_on(c);
	acquire(m);
	sig_restore(old);
}

void uthread_cond_signal(struct uthread_cond *c)
{
	sigset_t old = sig_block_all();

	wake(c, 0);
	sig_restore(old);
}

void uthread_cond_broadcast(struct uthread_cond *c)
{
	sigset_t old = sig_block_all();

	wake(c, 1);
	sig_restore(old);
}

int uthread_stat(int tid, struct uthread_stat *st)
{
	sigset_t old;
	int ok = tid >= 0 && tid < UTHREAD_MAX && threads[tid].state != FREE;

	old = sig_block_all();
	if (ok)
		*st = threads[tid].stat;
	sig_restore(old);
	if (!ok)
		errno = ESRCH;
	return ok ? 0 : -1;
}

unsigned uthread_preemptions(void)
{
	return preemptions;
}
