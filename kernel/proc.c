/*
 * Processes: the table, creation (fork), exit, wait, kill, sleep and
 * wakeup, and the round-robin scheduler with its context switch and the
 * time slice. There is one CPU and the kernel is never preempted against
 * its will: a process leaves the CPU only in sleep or yield. What else
 * runs meanwhile are interrupt handlers and the deferred work after them
 * (defer.c), and these touch the table too (wakeup, ^C's signal, the
 * tick). So the code here changes a process's state with interrupts
 * masked (intr_push), which on one CPU is the table's lock.
 */
#include "defs.h"
#include "file.h"
#include "kestrel/errno.h"
#include "kestrel/signal.h"
#include "memlayout.h"
#include "mmu.h"
#include "proc.h"
#include "trapframe.h"
#include "vm.h"
#include "x86.h"

struct proc proc_table[NPROC];
struct proc *curproc;
struct proc *initproc;
static struct context *scheduler_context;
static int nextpid = 1;
static uint32_t nsyscalls_gone; /* system calls of the processes freed */

void trapret(void); /* trapasm.S */
static void forkret(void);
void swtch(struct context **old, struct context *new); /* swtch.S */

/* Returns the number of timer ticks in one quantum (at least one). */
static uint32_t quantum_ticks(void)
{
	uint32_t q = timer_hz * QUANTUM_MS / 1000;

	return q > 0 ? q : 1;
}

/*
 * Finds an unused slot, gives it a pid and a kernel stack laid out so that
 * the first switch to it "returns" into trapret with its trap frame.
 * Returns NULL if the table is full or memory is short.
 *
 * Why trapret: a new process has never trapped, so it has no kernel call
 * chain to return through. Its stack is built to look as if it had: the
 * trap frame at the top (fork copies the parent's, exec aims it at the
 * entry point), below it the address of trapret, and below that a
 * context whose saved eip is forkret. The scheduler's swtch pops that
 * context and "returns" into forkret, which returns into trapret, which
 * pops the trap frame and irets: that iret is how every process first
 * enters ring 3.
 */
struct proc *proc_alloc(void)
{
	struct proc *p;
	uint8_t *sp;

	intr_push();
	for (p = proc_table; p < &proc_table[NPROC]; p++)
		if (p->state == UNUSED)
			break;
	if (p == &proc_table[NPROC]) {
		intr_pop();
		return NULL;
	}
	p->state = EMBRYO; /* ours now */
	p->pid = nextpid++;
	intr_pop();
	p->kstack = kstack_alloc((int)(p - proc_table));
	if (p->kstack == NULL) {
		memset(p, 0, sizeof(*p)); /* UNUSED again */
		return NULL;
	}
	*(uint32_t *)p->kstack = KSTACK_CANARY;

	sp = p->kstack + KSTACK_SIZE;
	sp -= sizeof(*p->tf);
	p->tf = (struct trapframe *)sp;
	sp -= 4;
	*(uint32_t *)sp = (uint32_t)trapret; /* where forkret returns */
	sp -= sizeof(*p->context);
	p->context = (struct context *)sp;
	memset(p->context, 0, sizeof(*p->context));
	p->context->eip = (uint32_t)forkret;
	return p;
}

/*
 * A new process's first code, entered from the scheduler's swtch with
 * interrupts off. It has never trapped, but it leaves for ring 3 as if
 * from a trap: what became due meanwhile (a signal, a kill, a frame exec
 * built) is done first, as on every way to ring 3. Its iret (in trapret,
 * where this returns) turns interrupts on, which ends the stretch with
 * them off.
 */
static void forkret(void)
{
	struct proc *p = curproc;

	trap_nesting++; /* its frame is on its stack, as after a trap */
	trap_return_user(p->tf, p);
	trap_nesting--;
	intr_off_end();
}

/* Returns an EMBRYO or ZOMBIE slot to UNUSED, freeing what it held. */
static void proc_free(struct proc *p)
{
	kstack_free(p->kstack);
	if (p->mm)
		mm_ops->destroy(p->mm);
	intr_push();
	nsyscalls_gone += p->nsyscalls;
	memset(p, 0, sizeof(*p));
	intr_pop();
}

/* Panics about p's kernel stack, run over its lowest word (proc.h). */
void proc_stack_overflow(struct proc *p)
{
	panic("kernel stack overflow in pid %d (%s)", p->pid, p->name);
}

/* Sets p's name from the last component of path. */
void proc_set_name(struct proc *p, const char *path)
{
	const char *s = path;

	for (const char *q = path; *q; q++)
		if (*q == '/')
			s = q + 1;
	strncpy_safe(p->name, s, sizeof(p->name));
}

/* Starts /bin/init as pid 1 with argv; panics if it cannot. */
void proc_start_init(char **argv, int argc)
{
	struct proc *p = proc_alloc();
	int r;

	if (p == NULL)
		panic("proc_start_init: no process slot");
	initproc = p;
	sig_init(p);
	file_open_console(p);
	r = exec_load(p, "/bin/init", argv, argc);
	if (r < 0)
		panic("proc_start_init: cannot run /bin/init (error %d)", -r);
	p->pgid = p->pid;
	p->state = RUNNABLE;
}

/*
 * Runs forever: picks the next runnable process in turn and switches to
 * it. Every pass first lets pending interrupts in: a process made
 * runnable by nothing but a tick must not wait for the CPU to go idle.
 * Interrupts are off while it chooses and switches, since a handler may
 * change the states it reads. With nothing to run it waits in sti_hlt,
 * whose sti takes effect only after hlt starts, so no interrupt can slip
 * in between the check and the halt and leave the CPU asleep.
 */
void scheduler(void)
{
	static int last = NPROC - 1;
	struct proc *p;

	for (;;) {
		intr_enable();
		intr_disable();
		p = NULL;
		for (int i = 1; i <= NPROC; i++) {
			struct proc *q = &proc_table[(last + i) % NPROC];
			if (q->state == RUNNABLE) {
				p = q;
				last = (int)(q - proc_table);
				break;
			}
		}
		if (p == NULL) {
			intr_off_end();
			sti_hlt(); /* idle: wait for an interrupt */
			continue;
		}
		curproc = p;
		p->state = RUNNING;
		p->quantum = quantum_ticks();
		p->resched = 0;
		/* Traps from ring 3 will land on the top of its kernel stack. */
		tss_set_esp0((uint32_t)p->kstack + KSTACK_SIZE);
		vm_switch(p->mm);
		swtch(&scheduler_context, p->context);
		vm_switch(NULL);
		curproc = NULL;
	}
}

/*
 * Switches from the current process back to the scheduler; its caller
 * has already set the state it leaves in. Interrupts must be off, or a
 * handler could run between the state change and the switch. What the
 * CPU holds for this kernel stack, its intr_push state and trap nesting,
 * is put aside for the switch and given back after: the scheduler starts
 * from none, and this process finds its own again when it runs. Neither
 * an IRQ handler nor deferred work may get here: they run on the stack
 * of whatever they interrupted, and would deschedule it.
 */
static void sched(void)
{
	struct proc *p = curproc;
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
	if (intr_enabled())
		panic("sched: interrupts on");
	proc_check_stack(p);
	is = intr_save();
	nesting = trap_nesting_save();
	swtch(&p->context, scheduler_context);
	trap_nesting_restore(nesting);
	intr_restore(is);
}

/* Gives up the CPU for one round (at the end of a time slice). */
void yield(void)
{
	intr_push();
	if (curproc == NULL || curproc->state != RUNNING)
		panic("yield: no running process");
	curproc->state = RUNNABLE;
	sched();
	intr_pop();
}

/*
 * Sleeps on chan until wakeup(chan); callers re-check their condition.
 * The caller masks interrupts (intr_push) from its check of the condition
 * to here, so a wakeup from a handler cannot come in between and be lost;
 * sleep returns with them still masked.
 */
void sleep(void *chan)
{
	if (curproc == NULL || curproc->state != RUNNING || chan == NULL)
		panic("sleep: no running process, or no channel");
	if (intr_enabled())
		panic("sleep: pid %d: interrupts on (a wakeup could be lost)",
		      curproc->pid);
	curproc->chan = chan;
	curproc->state = SLEEPING;
	sched();
	curproc->chan = NULL;
}

/*
 * Makes every process sleeping on chan runnable. Callable from handlers
 * and deferred work: it only changes states, and never switches.
 */
void wakeup(void *chan)
{
	intr_push();
	for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++)
		if (p->state == SLEEPING && p->chan == chan)
			p->state = RUNNABLE;
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
 * Has the current process a signal to take (or must it die)? Blocking
 * calls stop waiting and return -EINTR when it has. No process: no.
 */
int proc_interrupted(void)
{
	return curproc && sig_interrupts(curproc);
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
	}
	if (p->quantum > 0)
		p->quantum--;
	if (p->quantum == 0)
		p->resched = 1;
}

/* Creates a copy of the current process; returns the child's pid or -errno. */
int proc_fork(void)
{
	struct proc *p = curproc, *np;

	if ((np = proc_alloc()) == NULL)
		return proc_nfree() > 0 ? -ENOMEM
					: -EAGAIN; /* no stack, or no slot */
	/* Who it is comes first: copying a large process may yield, and
	 * meanwhile ps shows the child, and a kill of the group reaches it. */
	memcpy(np->name, p->name, sizeof(np->name));
	np->parent = p;
	np->pgid = p->pgid;
	sig_fork(np, p);
	trace_fork(np, p);
	if ((np->mm = mm_ops->clone(p->mm)) == NULL) {
		proc_free(np);
		return p->killsig ? -EINTR : -ENOMEM;
	}
	*np->tf = *p->tf;
	np->tf->eax = 0; /* fork returns 0 in the child */
	for (int fd = 0; fd < NOFILE; fd++)
		if (p->ofile[fd])
			np->ofile[fd] = file_dup(p->ofile[fd]);
	intr_push();
	np->state = RUNNABLE;
	intr_pop();
	return np->pid;
}

/* Posts SIGCHLD (ignored unless the parent asked) and wakes the parent. */
static void tell_parent(struct proc *p, int xstatus)
{
	struct ksiginfo info;

	memset(&info, 0, sizeof(info));
	info.si_code = (xstatus & 0x7f) ? CLD_KILLED : CLD_EXITED;
	info.si_pid = p->pid;
	info.si_status =
		(xstatus & 0x7f) ? (xstatus & 0x7f) : (xstatus >> 8) & 0xff;
	sig_post(p->parent, SIGCHLD, &info);
	wakeup(p->parent);
}

/* Ends the current process with wait status xstatus. Does not return. */
void proc_exit(int xstatus)
{
	struct proc *p = curproc;
	struct mm *mm;

	if (p == initproc)
		panic("init exited (wait status 0x%x)", xstatus);
	if (p->trace.flags)
		trace_end(p, xstatus);
	for (int fd = 0; fd < NOFILE; fd++)
		if (p->ofile[fd]) {
			file_close(p->ofile[fd]);
			p->ofile[fd] = NULL;
		}
	/* Leave the address space before freeing it, and let go of it
	 * first: freeing a large one may yield, and the scheduler must not
	 * switch back into what is half freed. */
	mm = p->mm;
	p->mm = NULL;
	vm_switch(NULL);
	mm_ops->destroy(mm);
	intr_push(); /* popped by whoever runs next: a zombie never returns */
	for (struct proc *c = proc_table; c < &proc_table[NPROC]; c++)
		if (c->parent == p) {
			c->parent = initproc;
			if (c->state == ZOMBIE)
				wakeup(initproc);
		}
	p->xstatus = xstatus;
	p->state = ZOMBIE;
	tell_parent(p, xstatus);
	sched();
	panic("proc_exit: zombie pid %d ran", p->pid);
}

/*
 * Does a pid argument of waitpid or kill select p? > 0: the process with
 * that pid; -1: every process; 0: the caller's process group; < -1: the
 * group -pid (none for INT32_MIN, whose negation overflows).
 */
static int pid_selects(int pid, struct proc *p)
{
	if (pid > 0)
		return p->pid == pid;
	if (pid == INT32_MIN)
		return 0;
	if (pid == -1)
		return 1;
	return p->pgid == (pid == 0 ? curproc->pgid : -pid);
}

/*
 * Looks for the caller's children that pid selects: sets *zombie to one
 * that has ended (else NULL) and returns 0, or -ECHILD if there is none.
 */
static int wait_find(int pid, int options, struct proc **found_one)
{
	int found = 0;

	*found_one = NULL;
	for (struct proc *c = proc_table; c < &proc_table[NPROC]; c++) {
		if (c->parent != curproc || !pid_selects(pid, c))
			continue;
		found = 1;
		if (c->state == ZOMBIE ||
		    (c->sig.report == W_CONTINUED && (options & WCONTINUED)) ||
		    (c->sig.report && c->sig.report != W_CONTINUED &&
		     c->state == STOPPED && (options & WUNTRACED))) {
			*found_one = c;
			return 0;
		}
	}
	return found ? 0 : -ECHILD;
}

/*
 * Waits for a child matching pid (> 0: that one, -1: any, 0 or < -1: a
 * process group) to end; reaps it and returns its pid, with its wait
 * status in *status. WNOHANG: returns 0 if none has ended yet. WUNTRACED
 * also reports a child that stopped, WCONTINUED one that continued (each
 * once), without reaping it. A signal to take makes it return -EINTR.
 */
int proc_wait(int pid, int *status, int options)
{
	struct proc *p = curproc, *c;
	int r;

	intr_push();
	for (;;) {
		r = wait_find(pid, options, &c);
		if (c || r < 0 || (options & WNOHANG))
			break;
		if (sig_interrupts(p)) {
			r = -EINTR;
			break;
		}
		sleep(p);
	}
	if (c && c->state != ZOMBIE) {
		*status = c->sig.report; /* stopped or continued */
		c->sig.report = 0;
		intr_pop();
		return c->pid;
	}
	intr_pop();
	if (c) {
		r = c->pid;
		*status = c->xstatus;
		proc_free(c);
	}
	return r;
}

/*
 * The current process has stopped (signal.c set STOPPED): gives up the
 * CPU until SIGCONT or SIGKILL makes it runnable. Interrupts off.
 */
void proc_stopped(void)
{
	sched();
}

/*
 * Sends sig (which ends the target in this kernel) to pid: > 0 that
 * process, 0 the caller's group, < -1 group -pid, -1 everyone but init and
 * the caller. Init cannot be signalled. sig 0 only checks that it exists.
 */
int proc_kill(int pid, int sig)
{
	int hit = 0;

	if (sig < 0 || sig >= NSIG)
		return -EINVAL;
	for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++) {
		if (p->state == UNUSED || !pid_selects(pid, p))
			continue;
		if (pid == -1 && (p == curproc || p == initproc))
			continue; /* "everyone" spares the caller and init */
		hit++;
		if (p == initproc && pid > 0)
			return -EPERM;
		if (p != initproc)
			sig_send(p, sig);
	}
	return hit ? 0 : -ESRCH;
}

/* Sends sig to every process of group pgid (the console's ^C). */
void proc_signal_group(int pgid, int sig)
{
	if (pgid <= 1)
		return;
	for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++)
		if (p->state != UNUSED && p->pgid == pgid && p != initproc)
			sig_post(p, sig, NULL);
}

/* Returns nonzero if a live (not zombie) process is in group pgid. */
int proc_group_exists(int pgid)
{
	for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++)
		if (p->state != UNUSED && p->state != ZOMBIE && p->pgid == pgid)
			return 1;
	return 0;
}

/* Returns the process with this pid, or NULL. */
struct proc *proc_find(int pid)
{
	for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++)
		if (p->state != UNUSED && p->pid == pid)
			return p;
	return NULL;
}

/*
 * Returns how many system calls have been made since boot: the vector's
 * count, which the system call path leaves to each process's own.
 */
uint32_t proc_nsyscalls(void)
{
	uint32_t n = nsyscalls_gone;

	for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++)
		n += p->nsyscalls;
	return n;
}

/* Returns the number of unused process slots. */
int proc_nfree(void)
{
	int n = 0;

	for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++)
		n += p->state == UNUSED;
	return n;
}
