/*
 * Signals and upcalls: posting a signal to a process, masking, and
 * delivery on the way back to user mode, where the kernel "calls up"
 * into the process the way the CPU calls the kernel on an interrupt:
 * the handler table plays the interrupt vector table, the alternate
 * signal stack the interrupt stack, the blocked set the interrupt mask,
 * and sigreturn the iret. Also the interval timers that post SIGALRM and
 * SIGVTALRM. proc.c keeps the table; this file owns p->sig.
 *
 * A signal is posted (sig_post) from anywhere: a system call (kill), a
 * fault, a handler's deferred work (^C, the timers). It stays pending
 * until the process next returns to user mode unblocked; sig_deliver then
 * takes the default action (end, stop, ignore) or builds a frame on the
 * user stack and sends the process into its handler.
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "kestrel/signal.h"
#include "memlayout.h"
#include "mmu.h"
#include "proc.h"
#include "syscall.h"
#include "sysproto.h"
#include "trapframe.h"
#include "traps.h"
#include "vm.h"

#define UNCATCHABLE (SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))
#define STOPSIGS                                                               \
	(SIGBIT(SIGSTOP) | SIGBIT(SIGTSTP) | SIGBIT(SIGTTIN) | SIGBIT(SIGTTOU))
#define DFL_IGNORED                                                            \
	(SIGBIT(SIGCHLD) | SIGBIT(SIGURG) | SIGBIT(SIGWINCH) | SIGBIT(SIGCONT))
#define ALLSIGS 0x7fffffffu /* signals 1 .. 31 */
/* The flags a program may change in sigreturn; IF, IOPL, VM, NT never. */
#define USER_FLAGS                                                             \
	(FL_CF | FL_PF | FL_AF | FL_ZF | FL_SF | FL_TF | FL_DF | FL_OF |       \
	 FL_AC | FL_RF)

/* Is sig one that its action ignores (so posting it does nothing)? */
static int ignored(struct proc *p, int sig)
{
	uint32_t h = p->sig.action[sig].handler;

	if (SIGBIT(sig) & UNCATCHABLE)
		return 0;
	return h == SIGH_IGN || (h == SIGH_DFL && (SIGBIT(sig) & DFL_IGNORED));
}

/* Continues a stopped process (SIGCONT or SIGKILL). Interrupts off. */
static void cont(struct proc *p)
{
	p->sig.pending &= ~STOPSIGS;
	if (p->state != STOPPED)
		return;
	proc_ready(p);
	p->sig.report = W_CONTINUED;
	if (p->parent)
		wakeup(p->parent);
}

/*
 * Posts sig to p, with info (NULL: sent by the kernel). An ignored signal
 * is dropped; SIGKILL also marks p to die; a sleeping process that would
 * take the signal is woken (its system call returns EINTR). Any context.
 */
void sig_post(struct proc *p, int sig, const struct ksiginfo *info)
{
	if (sig <= 0 || sig >= NSIG)
		return;
	intr_push();
	if (p->state == UNUSED || p->state == ZOMBIE)
		goto out;
	if (sig == SIGCONT || sig == SIGKILL)
		cont(p);
	if (SIGBIT(sig) & STOPSIGS)
		p->sig.pending &= ~SIGBIT(SIGCONT);
	if (ignored(p, sig))
		goto out;
	p->sig.pending |= SIGBIT(sig);
	if (info)
		p->sig.info[sig] = *info;
	else {
		memset(&p->sig.info[sig], 0, sizeof(p->sig.info[sig]));
		p->sig.info[sig].si_code = SI_KERNEL;
	}
	p->sig.info[sig].si_signo = sig;
	/* SIGKILL, or a signal whose default action ends the process and
	 * that is not blocked: it will die on its way out, whatever it does
	 * first, so it is marked now (its system calls stop at once). */
	if (sig == SIGKILL || (!(p->sig.blocked & SIGBIT(sig)) &&
			       p->sig.action[sig].handler == SIGH_DFL &&
			       !(SIGBIT(sig) & (STOPSIGS | DFL_IGNORED))))
		p->killsig = sig;
	if (p->state == SLEEPING && sig_interrupts(p))
		proc_ready(p);
out:
	intr_pop();
}

/* Posts sig as kill(2) does: from the calling process. */
void sig_send(struct proc *p, int sig)
{
	struct ksiginfo info;

	memset(&info, 0, sizeof(info));
	info.si_code = SI_USER;
	info.si_pid = curproc ? curproc->pid : 0;
	sig_post(p, sig, &info);
}

/* Returns the lowest pending unblocked signal, or 0. */
static int next_signal(struct proc *p)
{
	uint32_t ready = p->sig.pending & ~p->sig.blocked;

	if (ready == 0)
		return 0;
	if (ready & SIGBIT(SIGKILL))
		return SIGKILL;
	return __builtin_ctz(ready) + 1; /* SIGBIT(sig) is bit sig - 1 */
}

/*
 * A fault in ring 3 becomes sig for the process, with si_addr. Returns
 * nonzero if a handler will take it; else the process is to die (a
 * fault's signal that is blocked or ignored cannot be taken: the default
 * comes back, as on Linux, or the fault would repeat forever).
 */
int sig_fault(struct proc *p, int sig, int code, uint32_t addr)
{
	struct ksiginfo info;
	struct ksigaction *a = &p->sig.action[sig];

	memset(&info, 0, sizeof(info));
	info.si_code = code;
	info.si_addr = addr;
	if ((p->sig.blocked & SIGBIT(sig)) || a->handler == SIGH_IGN) {
		a->handler = SIGH_DFL;
		p->sig.blocked &= ~SIGBIT(sig);
	}
	sig_post(p, sig, &info);
	return a->handler != SIGH_DFL;
}

/* Stops the current process for sig until SIGCONT. Interrupts off. */
static void stop(struct proc *p, int sig)
{
	struct ksiginfo info;

	p->sig.stopsig = sig;
	p->sig.report = W_STOPCODE(sig);
	p->state = STOPPED;
	if (p->parent) {
		if (!(p->parent->sig.action[SIGCHLD].flags & SA_NOCLDSTOP)) {
			memset(&info, 0, sizeof(info));
			info.si_code = CLD_STOPPED;
			info.si_pid = p->pid;
			info.si_status = sig;
			sig_post(p->parent, SIGCHLD, &info);
		}
		wakeup(p->parent);
	}
	proc_stopped();
}

/* Fills uc with the interrupted state in tf and the mask to restore. */
static void save_context(struct kucontext *uc, struct trapframe *tf,
			 uint32_t mask, uint32_t cr2)
{
	uint32_t *g = uc->uc_mcontext.gregs;

	memset(uc, 0, sizeof(*uc));
	g[REG_GS] = tf->gs;
	g[REG_FS] = tf->fs;
	g[REG_ES] = tf->es;
	g[REG_DS] = tf->ds;
	g[REG_EDI] = tf->edi;
	g[REG_ESI] = tf->esi;
	g[REG_EBP] = tf->ebp;
	g[REG_ESP] = tf->oesp;
	g[REG_EBX] = tf->ebx;
	g[REG_EDX] = tf->edx;
	g[REG_ECX] = tf->ecx;
	g[REG_EAX] = tf->eax;
	g[REG_TRAPNO] = tf->trapno;
	g[REG_ERR] = tf->err;
	g[REG_EIP] = tf->eip;
	g[REG_CS] = tf->cs;
	g[REG_EFL] = tf->eflags;
	g[REG_UESP] = tf->esp;
	g[REG_SS] = tf->ss;
	uc->uc_mcontext.oldmask = mask;
	uc->uc_mcontext.cr2 = cr2;
	uc->uc_sigmask = mask;
}

/* Is sp on p's alternate signal stack? */
static int on_altstack(struct proc *p, uint32_t sp)
{
	struct kstack *s = &p->sig.altstack;

	return !(s->ss_flags & SS_DISABLE) && sp - s->ss_sp <= s->ss_size;
}

/*
 * Builds the handler's frame (struct ksigframe) below the interrupted
 * stack pointer, or at the top of the alternate stack, and aims tf at the
 * handler. Returns 0, or -EFAULT if the frame cannot be written there or
 * would overflow the alternate stack it is nested on.
 */
static int build_frame(struct proc *p, struct trapframe *tf, int sig,
		       const struct ksigaction *a, uint32_t mask)
{
	struct ksigframe f;
	uint32_t sp = tf->esp, fpaddr = 0;

	if ((a->flags & SA_ONSTACK) &&
	    !(p->sig.altstack.ss_flags & SS_DISABLE) && !on_altstack(p, sp))
		sp = p->sig.altstack.ss_sp + p->sig.altstack.ss_size;
	/* The FPU state above the frame, 16-aligned as fxsave stores it. */
	if (fpu_in_use(p))
		sp = fpaddr = (sp - FPSTATE_SIZE) & ~15u;
	/* As after a call: the return address at sp, sp + 4 16-aligned. */
	sp = ((sp - sizeof(f) - 16) & ~15u) + 12;
	memset(&f, 0, sizeof(f));
	f.retaddr = a->restorer;
	f.signo = sig;
	f.info = sp + (uint32_t) __builtin_offsetof(struct ksigframe, si);
	f.uc = sp + (uint32_t) __builtin_offsetof(struct ksigframe, ucontext);
	f.si = p->sig.info[sig];
	save_context(&f.ucontext, tf, mask,
		     sig == SIGSEGV ? p->sig.info[sig].si_addr : 0);
	f.ucontext.uc_mcontext.fpregs = fpaddr;
	f.ucontext.uc_stack = p->sig.altstack;
	if (on_altstack(p, tf->esp))
		f.ucontext.uc_stack.ss_flags |= SS_ONSTACK;
	if (sp > tf->esp && !on_altstack(p, sp)) /* wrapped */
		return -EFAULT;
	/* Nested on the alternate stack and past its bottom: it overflowed
	 * (going back to its top would loop, over the live frames). */
	if (on_altstack(p, tf->esp) && !on_altstack(p, sp))
		return -EFAULT;
	if (copyout(sp, &f, sizeof(f)) < 0)
		return -EFAULT;
	if (fpaddr && fpu_sig_save(p, fpaddr) < 0)
		return -EFAULT;
	tf->esp = sp;
	tf->eip = a->handler;
	p->tf_changed = 1;
	tf->eflags &= ~(FL_TF | FL_DF); /* the ABI's direction, no tracing */
	tf->cs = SEL_UCODE;
	tf->ds = tf->es = tf->fs = tf->gs = tf->ss = SEL_UDATA;
	return 0;
}

/*
 * The calls that SA_RESTART never restarts (as on Linux): sigsuspend
 * waits for a signal, and run again it would wait for another one (pause()
 * would never return); the sleeps would start their whole time again, and
 * a periodic timer could keep them asleep for ever.
 */
static int restartable(uint32_t num)
{
	return num != SYS_sigsuspend && num != SYS_nanosleep &&
	       num != SYS_usleep;
}

/*
 * Makes the interrupted system call run again when tf is resumed: eip
 * back over the 2-byte int $T_SYSCALL, the call's number in eax.
 */
static void restart_syscall(struct proc *p, struct trapframe *tf)
{
	tf->eax = p->sig_syscall;
	tf->eip -= 2;
	p->tf_changed = 1;
	p->sig_eintr = 0;
}

/*
 * After a system call that a signal interrupted (it returned -EINTR):
 * with SA_RESTART, the call runs again once the handler returns.
 */
static void maybe_restart(struct proc *p, struct trapframe *tf,
			  const struct ksigaction *a)
{
	if (p->sig_eintr && (a->flags & SA_RESTART) &&
	    restartable(p->sig_syscall))
		restart_syscall(p, tf);
	p->sig_eintr = 0;
}

/*
 * After a system call that a stop interrupted (it returned -EINTR, and no
 * handler ran): the call runs again once the process continues, as on
 * Linux, so that stop and continue cannot be seen; a sleep keeps its end
 * (syscall.c keeps the call's start time for a rerun).
 */
static void rerun(struct proc *p, struct trapframe *tf)
{
	tf->eax = p->sig_syscall;
	tf->eip -= 2;
	p->tf_changed = 1;
	p->sig_rerun = 1;
}

/* Runs sig's handler: the frame, the mask, SA_RESETHAND. */
static void take(struct proc *p, struct trapframe *tf, int sig)
{
	struct ksigaction a = p->sig.action[sig];
	uint32_t mask =
		p->sig.in_suspend ? p->sig.suspend_saved : p->sig.blocked;

	p->sig_rerun = 0; /* a rerun from an earlier delivery starts over */
	maybe_restart(p, tf, &a);
	if (build_frame(p, tf, sig, &a, mask) < 0) {
		kprintf("pid %d (%s): cannot deliver %s: no room for its frame "
			"at esp 0x%08x: killed by SIGSEGV\n",
			p->pid, p->name, signame(sig), tf->esp);
		p->killsig = SIGSEGV;
		return;
	}
	p->sig.in_suspend = 0;
	p->sig.blocked = mask | a.mask;
	if (!(a.flags & SA_NODEFER))
		p->sig.blocked |= SIGBIT(sig);
	p->sig.blocked &= ~UNCATCHABLE;
	if (a.flags & SA_RESETHAND) {
		p->sig.action[sig].handler = SIGH_DFL;
		p->sig.action[sig].flags &= ~SA_SIGINFO;
	}
}

/*
 * Acts on the pending unblocked signals, lowest first, until one needs
 * the process to leave for it. Returns 1 if it must (to die, or into a
 * handler), 0 if none is left.
 */
static int deliver_pending(struct proc *p, struct trapframe *tf)
{
	int sig;

	while (!p->killsig && (sig = next_signal(p)) != 0) {
		p->sig.pending &= ~SIGBIT(sig);
		if (p->trace.flags)
			trace_signal(p, sig);
		if (p->sig.action[sig].handler == SIGH_DFL) {
			if (SIGBIT(sig) & (DFL_IGNORED))
				continue;
			if (SIGBIT(sig) & STOPSIGS) {
				stop(p, sig);
				continue;
			}
			p->killsig = sig;
			return 1;
		}
		if (p->sig.action[sig].handler == SIGH_IGN)
			continue;
		take(p, tf, sig);
		return 1;
	}
	return 0;
}

/*
 * On every return to user mode: acts on the pending unblocked signals,
 * lowest first. A default action ends the process (p->killsig, which the
 * caller acts on), stops it, or does nothing; a handler gets a frame and
 * is where the process goes next (one at a time: the rest come when it
 * returns through sigreturn). If sigsuspend ends with no handler run, its
 * mask goes back, and what that mask lets through is due on this same
 * return (left pending, it would make the next system call fail with
 * EINTR before it ran). Interrupts are off.
 */
void sig_deliver(struct trapframe *tf)
{
	struct proc *p = curproc;

	while (!deliver_pending(p, tf)) {
		/* Interrupted, but no handler ran (a stop and a continue,
		 * say): nothing was caught, so it is no error: the call runs
		 * again, as on Linux, and a sleep keeps its end. */
		if (p->sig_eintr && !p->killsig)
			rerun(p, tf);
		p->sig_eintr = 0;
		if (!p->sig.in_suspend)
			return;
		p->sig.blocked = p->sig.suspend_saved;
		p->sig.in_suspend = 0;
	}
}

/* A new process (fork) has its parent's actions, mask and stack. */
void sig_fork(struct proc *child, struct proc *parent)
{
	child->sig = parent->sig;
	child->sig.pending = 0;
	child->sig.in_suspend = 0;
	child->sig.real_at = child->sig.real_interval = 0;
	child->sig.virt_left = child->sig.virt_interval = 0;
	child->sig.report = 0;
}

/*
 * A new program (execv): caught signals go back to the default (their
 * handlers are gone); ignored ones stay ignored; the mask, the pending
 * set and the timers stay; the alternate stack is gone.
 */
void sig_exec(struct proc *p)
{
	for (int sig = 1; sig < NSIG; sig++) {
		struct ksigaction *a = &p->sig.action[sig];
		if (a->handler != SIGH_IGN)
			a->handler = SIGH_DFL;
		a->flags = a->restorer = a->mask = 0;
	}
	p->sig.altstack.ss_sp = p->sig.altstack.ss_size = 0;
	p->sig.altstack.ss_flags = SS_DISABLE;
}

/* Sets up the signal state of the first process. */
void sig_init(struct proc *p)
{
	memset(&p->sig, 0, sizeof(p->sig));
	p->sig.altstack.ss_flags = SS_DISABLE;
}

/*
 * The real-time timers, once a tick, from the timer's deferred work:
 * posts SIGALRM to each process whose ITIMER_REAL is due, and rearms it
 * with its interval (or disarms it).
 */
void sig_timers_tick(void)
{
	struct ksiginfo info;

	memset(&info, 0, sizeof(info));
	info.si_code = SI_TIMER;
	for (struct proc *p = proc_table; p < &proc_table[NPROC]; p++) {
		intr_push();
		if (p->state != UNUSED && p->state != ZOMBIE &&
		    p->sig.real_at && (int32_t)(ticks - p->sig.real_at) >= 0) {
			p->sig.real_at = p->sig.real_interval
						 ? ticks + p->sig.real_interval
						 : 0;
			if (p->sig.real_interval && p->sig.real_at == 0)
				p->sig.real_at = 1;
			sig_post(p, SIGALRM, &info);
		}
		intr_pop();
	}
}

/*
 * A tick of user time for p (the timer's bottom half): ITIMER_VIRTUAL
 * counts only these, and posts SIGVTALRM when it runs out.
 */
void sig_user_tick(struct proc *p)
{
	struct ksiginfo info;

	if (p->sig.virt_left == 0 || --p->sig.virt_left > 0)
		return;
	p->sig.virt_left = p->sig.virt_interval;
	memset(&info, 0, sizeof(info));
	info.si_code = SI_TIMER;
	sig_post(p, SIGVTALRM, &info);
}
