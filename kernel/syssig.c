/*
 * System calls about signals and time: sigaction, the blocked set,
 * sigsuspend, the alternate stack, sigreturn (the end of every handler),
 * the interval timers and nanosleep. Each copies its user arguments in,
 * checks the copy, and acts on p->sig (signal.c delivers).
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "kestrel/signal.h"
#include "mmu.h"
#include "proc.h"
#include "sysproto.h"
#include "trapframe.h"
#include "vm.h"

#define UNCATCHABLE	(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))
#define ALLSIGS		0x7fffffffu /* signals 1 .. 31 */
#define USEC_PER_SEC	1000000
#define MAX_TIMER_TICKS 0x7fffffffu /* ticks - deadline stays signed */
/* The flags a handler may change in the saved state; IF, IOPL, VM, NT never. */
#define USER_FLAGS                                                             \
	(FL_CF | FL_PF | FL_AF | FL_ZF | FL_SF | FL_TF | FL_DF | FL_OF |       \
	 FL_AC | FL_RF)

/*
 * __sigaction(sig, act, oldact): the C library's sigaction passes its
 * restorer (the trampoline that calls sigreturn) in act. SIGKILL and
 * SIGSTOP cannot be caught or ignored (EINVAL). Ignoring a pending
 * signal discards it.
 */
int sys_sigaction(int sig, uint32_t uact, uint32_t uold)
{
	struct proc *p = curproc;
	struct ksigaction act;

	if (sig <= 0 || sig >= NSIG)
		return -EINVAL;
	if (uact && copyin(&act, uact, sizeof(act)) < 0)
		return -EFAULT;
	if (uact && (SIGBIT(sig) & UNCATCHABLE))
		return -EINVAL;
	if (uold && copyout(uold, &p->sig.action[sig], sizeof(act)) < 0)
		return -EFAULT;
	if (!uact)
		return 0;
	act.mask &= ALLSIGS & ~UNCATCHABLE;
	intr_push();
	p->sig.action[sig] = act;
	if (act.handler == SIGH_IGN ||
	    (act.handler == SIGH_DFL &&
	     (sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH)))
		p->sig.pending &= ~SIGBIT(sig);
	intr_pop();
	return 0;
}

/* sigprocmask(how, set, oldset): SIGKILL and SIGSTOP stay unblocked. */
int sys_sigprocmask(int how, uint32_t uset, uint32_t uold)
{
	struct proc *p = curproc;
	uint32_t set, old = p->sig.blocked;

	if (uset && copyin(&set, uset, sizeof(set)) < 0)
		return -EFAULT;
	if (uset && how != SIG_BLOCK && how != SIG_UNBLOCK &&
	    how != SIG_SETMASK)
		return -EINVAL;
	if (uold && copyout(uold, &old, sizeof(old)) < 0)
		return -EFAULT;
	if (!uset)
		return 0;
	if (how == SIG_BLOCK)
		set = old | set;
	else if (how == SIG_UNBLOCK)
		set = old & ~set;
	p->sig.blocked = set & ALLSIGS & ~UNCATCHABLE;
	return 0;
}

/* sigpending(set): the signals posted and blocked. */
int sys_sigpending(uint32_t uset)
{
	uint32_t set = curproc->sig.pending & curproc->sig.blocked;

	return copyout(uset, &set, sizeof(set));
}

/*
 * sigsuspend(mask): waits with mask as the blocked set until a signal is
 * taken; always -EINTR. The old set comes back when the handler returns
 * (the frame saves it), or at once if no handler runs.
 */
int sys_sigsuspend(uint32_t umask)
{
	struct proc *p = curproc;
	uint32_t mask;

	if (copyin(&mask, umask, sizeof(mask)) < 0)
		return -EFAULT;
	intr_push();
	p->sig.suspend_saved = p->sig.blocked;
	p->sig.in_suspend = 1;
	p->sig.blocked = mask & ALLSIGS & ~UNCATCHABLE;
	while (!sig_interrupts(p))
		sleep(&p->sig);
	intr_pop();
	return -EINTR;
}

/* Is sp on the alternate signal stack s? */
static int on_stack(const struct kstack *s, uint32_t sp)
{
	return !(s->ss_flags & SS_DISABLE) && sp - s->ss_sp <= s->ss_size;
}

/*
 * sigaltstack(ss, old): where handlers with SA_ONSTACK run. EPERM while
 * running on it; ENOMEM below MINSIGSTKSZ; the stack must be user memory.
 */
int sys_sigaltstack(uint32_t uss, uint32_t uold)
{
	struct proc *p = curproc;
	struct kstack ss, old = p->sig.altstack;
	int on = on_stack(&old, p->tf->esp);

	if (uss && copyin(&ss, uss, sizeof(ss)) < 0)
		return -EFAULT;
	if (on)
		old.ss_flags |= SS_ONSTACK;
	if (uold && copyout(uold, &old, sizeof(old)) < 0)
		return -EFAULT;
	if (!uss)
		return 0;
	if (on)
		return -EPERM;
	if (ss.ss_flags & ~SS_DISABLE)
		return -EINVAL;
	if (ss.ss_flags & SS_DISABLE) {
		p->sig.altstack.ss_flags = SS_DISABLE;
		p->sig.altstack.ss_sp = p->sig.altstack.ss_size = 0;
		return 0;
	}
	if (ss.ss_size < MINSIGSTKSZ)
		return -ENOMEM;
	if (!uaccess_ok(ss.ss_sp, ss.ss_size, 1))
		return -EFAULT;
	p->sig.altstack = ss;
	return 0;
}

/*
 * Restores tf from a saved context, or refuses it: only user selectors,
 * only the flags a program may change (IF stays set, IOPL 0, no VM, no
 * NT). Returns 0, or -1 for a forged context.
 */
static int restore_context(struct trapframe *tf, const struct kucontext *uc)
{
	const uint32_t *g = uc->uc_mcontext.gregs;

	if (g[REG_CS] != SEL_UCODE || g[REG_SS] != SEL_UDATA ||
	    !trap_user_selector_ok((uint16_t)g[REG_DS]) ||
	    !trap_user_selector_ok((uint16_t)g[REG_ES]) ||
	    !trap_user_selector_ok((uint16_t)g[REG_FS]) ||
	    !trap_user_selector_ok((uint16_t)g[REG_GS]) || g[REG_DS] > 0xffff ||
	    g[REG_ES] > 0xffff || g[REG_FS] > 0xffff || g[REG_GS] > 0xffff)
		return -1;
	tf->gs = (uint16_t)g[REG_GS];
	tf->fs = (uint16_t)g[REG_FS];
	tf->es = (uint16_t)g[REG_ES];
	tf->ds = (uint16_t)g[REG_DS];
	tf->edi = g[REG_EDI];
	tf->esi = g[REG_ESI];
	tf->ebp = g[REG_EBP];
	tf->ebx = g[REG_EBX];
	tf->edx = g[REG_EDX];
	tf->ecx = g[REG_ECX];
	tf->eax = g[REG_EAX];
	tf->eip = g[REG_EIP];
	tf->cs = SEL_UCODE;
	tf->eflags = (g[REG_EFL] & USER_FLAGS) | FL_IF | FL_RESERVED;
	tf->esp = g[REG_UESP];
	tf->ss = SEL_UDATA;
	return 0;
}

/*
 * __sigreturn(): the end of a handler. Its restorer runs this with esp
 * just past the frame's return address (at signo), so the context's
 * address is at esp + 8. The saved state comes back, registers and FPU,
 * checked (a forged frame cannot raise privilege, nor hand fxrstor a bad
 * mxcsr: the process dies of SIGSEGV), and so does the blocked set.
 * Returns the restored eax, which syscall() puts back.
 */
int sys_sigreturn(void)
{
	struct proc *p = curproc;
	struct trapframe *tf = p->tf;
	struct kucontext uc;
	uint32_t ucaddr;

	p->tf_changed = 1; /* checked again on the way out */
	if (copyin(&ucaddr, tf->esp + 8, sizeof(ucaddr)) < 0 ||
	    copyin(&uc, ucaddr, sizeof(uc)) < 0 ||
	    restore_context(tf, &uc) < 0 ||
	    fpu_sig_restore(p, uc.uc_mcontext.fpregs) < 0) {
		kprintf("pid %d (%s): bad signal frame at esp 0x%08x: killed by "
			"SIGSEGV\n",
			p->pid, p->name, tf->esp);
		p->killsig = SIGSEGV;
		return (int)tf->eax;
	}
	p->sig.blocked = uc.uc_sigmask & ALLSIGS & ~UNCATCHABLE;
	return (int)tf->eax;
}

/*
 * A time in ticks, rounded up: a timer never fires early. Longer than
 * MAX_TIMER_TICKS is that much (some 248 days at 100 Hz): cut to 32 bits,
 * 42949673 s at 100 Hz would be 4 ticks, and the timers compare deadlines
 * as signed differences.
 */
static uint32_t to_ticks(const struct ktimeval *tv)
{
	uint64_t us =
		(uint64_t)tv->tv_sec * USEC_PER_SEC + (uint32_t)tv->tv_usec;
	uint64_t t = (us * timer_hz + USEC_PER_SEC - 1) / USEC_PER_SEC;

	return t > MAX_TIMER_TICKS ? MAX_TIMER_TICKS : (uint32_t)t;
}

static void from_ticks(uint32_t t, struct ktimeval *tv)
{
	tv->tv_sec = (int32_t)(t / timer_hz);
	tv->tv_usec = (int32_t)((t % timer_hz) * (USEC_PER_SEC / timer_hz));
}

static int bad_timeval(const struct ktimeval *tv)
{
	return tv->tv_sec < 0 || tv->tv_usec < 0 || tv->tv_usec >= USEC_PER_SEC;
}

/* The timer which of p, as an itimerval. */
static void get_timer(struct proc *p, int which, struct kitimerval *v)
{
	uint32_t left = 0, interval;

	if (which == ITIMER_REAL) {
		if (p->sig.real_at)
			left = p->sig.real_at - ticks;
		interval = p->sig.real_interval;
	} else {
		left = p->sig.virt_left;
		interval = p->sig.virt_interval;
	}
	from_ticks(left, &v->it_value);
	from_ticks(interval, &v->it_interval);
}

/* getitimer(which, value): ITIMER_REAL or ITIMER_VIRTUAL. */
int sys_getitimer(int which, uint32_t uval)
{
	struct kitimerval v;

	if (which != ITIMER_REAL && which != ITIMER_VIRTUAL)
		return -EINVAL;
	get_timer(curproc, which, &v);
	return copyout(uval, &v, sizeof(v));
}

/*
 * setitimer(which, value, old): arms (or, with a zero value, disarms)
 * the real-time timer (SIGALRM) or the user-time one (SIGVTALRM).
 */
int sys_setitimer(int which, uint32_t uval, uint32_t uold)
{
	struct proc *p = curproc;
	struct kitimerval v, old;
	uint32_t value, interval;

	if (which != ITIMER_REAL && which != ITIMER_VIRTUAL)
		return -EINVAL;
	if (copyin(&v, uval, sizeof(v)) < 0)
		return -EFAULT;
	if (bad_timeval(&v.it_value) || bad_timeval(&v.it_interval))
		return -EINVAL;
	get_timer(p, which, &old);
	if (uold && copyout(uold, &old, sizeof(old)) < 0)
		return -EFAULT;
	value = to_ticks(&v.it_value);
	interval = to_ticks(&v.it_interval);
	if (value == 0 && (v.it_value.tv_sec || v.it_value.tv_usec))
		value = 1;
	intr_push();
	if (which == ITIMER_REAL) {
		p->sig.real_at = value ? ticks + value : 0;
		if (p->sig.real_at == 0 && value)
			p->sig.real_at = 1; /* 0 means disarmed */
		p->sig.real_interval = interval;
	} else {
		p->sig.virt_left = value;
		p->sig.virt_interval = interval;
	}
	intr_pop();
	return 0;
}

/*
 * nanosleep(req, rem): sleeps at least req (in whole ticks, one more for
 * the one under way); a signal to take ends it early with -EINTR and the
 * time left in *rem. A stop and continue do not: signal.c runs the call
 * again, and it ends when it would have.
 */
int sys_nanosleep(uint32_t ureq, uint32_t urem)
{
	struct ktimespec req, rem;
	uint64_t ns;
	uint32_t n, start = curproc->call_start, left; /* a rerun keeps it */

	if (copyin(&req, ureq, sizeof(req)) < 0)
		return -EFAULT;
	if (req.tv_sec < 0 || req.tv_nsec < 0 || req.tv_nsec >= 1000000000)
		return -EINVAL;
	ns = (uint64_t)req.tv_sec * 1000000000u + (uint32_t)req.tv_nsec;
	n = (uint32_t)((ns * timer_hz + 999999999u) / 1000000000u);
	if (n > 0)
		n++;
	intr_push();
	while (ticks - start < n && !sig_interrupts(curproc))
		sleep((void *)&ticks);
	intr_pop();
	if (ticks - start >= n)
		return 0;
	left = n - (ticks - start);
	rem.tv_sec = (int32_t)(left / timer_hz);
	rem.tv_nsec = (int32_t)((left % timer_hz) * (1000000000u / timer_hz));
	if (urem && copyout(urem, &rem, sizeof(rem)) < 0)
		return -EFAULT;
	return -EINTR;
}
