/*
 * Processes: the table, creation (fork), exit, wait and kill; sched.c
 * decides who runs, and sleep and wakeup. There is one CPU and the kernel
 * is never preempted against its will: a process leaves the CPU only in
 * sched. What else runs meanwhile are interrupt handlers and the deferred
 * work after them (defer.c), and these touch the table too (wakeup, ^C's
 * signal, the tick). So the code here changes a process's state with
 * interrupts masked (intr_push), which on one CPU is the table's lock.
 */
#include "defs.h"
#include "exec.h"
#include "file.h"
#include "fs.h"
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
static int nextpid = 1;
static uint32_t nsyscalls_gone; /* system calls of the processes freed */

void trapret(void); /* trapasm.S */
static void forkret(void);

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

/* Starts /bin/init as pid 1 with the strings of ea; panics if it cannot. */
void proc_start_init(const struct execargs *ea)
{
	struct proc *p = proc_alloc();
	int r;

	if (p == NULL)
		panic("proc_start_init: no process slot");
	initproc = p;
	sig_init(p);
	cred_init(p);
	file_open_console(p);
	fs_proc_init(p);
	r = exec_load(p, "/bin/init", ea);
	if (r < 0 && ext2_mounted() && initrd_lookup("/bin/init")) {
		/* A damaged disk is no reason to stop: the initrd has one. */
		kprintf("init: cannot run /bin/init from the disk (%s): the "
			"initrd is the root\n",
			errno_name(-r) ? errno_name(-r) : "error");
		ext2_unmount();
		r = exec_load(p, "/bin/init", ea);
	}
	if (r < 0)
		panic("proc_start_init: cannot run /bin/init (error %d)", -r);
	p->pgid = p->pid;
	proc_ready(p);
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
	cred_fork(np, p);
	trace_fork(np, p);
	if ((np->mm = mm_ops->clone(p->mm)) == NULL) {
		proc_free(np);
		return p->killsig ? -EINTR : -ENOMEM;
	}
	fpu_fork(np, p);
	*np->tf = *p->tf;
	np->tf->eax = 0; /* fork returns 0 in the child */
	for (int fd = 0; fd < NOFILE; fd++)
		if (p->ofile[fd])
			np->ofile[fd] = file_dup(p->ofile[fd]);
	fs_proc_fork(np, p);
	proc_ready(np);
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
	fpu_exit(p);
	for (int fd = 0; fd < NOFILE; fd++)
		if (p->ofile[fd]) {
			file_close(p->ofile[fd]);
			p->ofile[fd] = NULL;
		}
	fs_proc_exit(p);
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
 * the caller. Init cannot be signalled, nor another user's process unless
 * the caller is root (cred_may_signal): -EPERM if that leaves none of
 * those selected. sig 0 only checks that it exists.
 */
int proc_kill(int pid, int sig)
{
	int hit = 0, sent = 0, refused = 0;

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
		if (p == initproc)
			continue;
		if (!cred_may_signal(p)) {
			refused++; /* another user's (cred.c) */
			continue;
		}
		sent++;
		sig_send(p, sig);
	}
	if (refused && !sent)
		return -EPERM;
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
