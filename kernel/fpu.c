/*
 * The floating-point unit: each process's own x87 and SSE registers,
 * switched lazily. sched.c calls fpu_switch on every context switch,
 * trap.c sends #NM here and asks for the si_code of #MF and #XM, and
 * fork, exec, exit and the signal frames copy, reset or carry the state.
 * The kernel itself never computes with the FPU (it is built without).
 *
 * Why lazily: the FPU's registers are 512 bytes (fxsave's image), many
 * times the integer ones, and most programs (the shell, cat, ls) never
 * touch them. Saving and loading them on every switch would make every
 * switch pay. Instead the switch only sets CR0.TS, one bit, and the FPU
 * keeps whatever registers it holds. The first FPU instruction a process
 * then runs raises #NM (device not available); fpu_trap clears TS, saves
 * the registers into the process they belong to (fpu_owner), loads the
 * current process's, and the instruction runs again. A process that never
 * uses the FPU never traps; a process alone in using it traps once, since
 * a switch back to the owner leaves TS clear.
 */
#include "defs.h"
#include "fpu.h"
#include "kestrel/errno.h"
#include "mmu.h"
#include "proc.h"
#include "trapframe.h"
#include "traps.h"
#include "vm.h"
#include "x86.h"

#define MXCSR_DEFAULT 0x1f80 /* SSE exceptions masked, round to nearest */
#define MXCSR_MASK_DEFAULT                                                     \
	0xffbf		   /* what a zero mxcsr_mask means: all but DAZ */
#define MXCSR_MASK_SHIFT 7 /* mxcsr's masks sit 7 bits above its flags */

/* The exception bits, the same in fsw, fcw (as masks) and mxcsr. */
#define FP_IE 0x01 /* invalid operation (or x87 stack overflow) */
#define FP_DE 0x02 /* denormal operand */
#define FP_ZE 0x04 /* divide by zero */
#define FP_OE 0x08 /* overflow */
#define FP_UE 0x10 /* underflow */
#define FP_PE 0x20 /* inexact result (precision) */

static int have_fpu;	       /* an x87: else programs get no FPU */
static int have_fxsr;	       /* fxsave and fxrstor: else fnsave, frstor */
static uint32_t mxcsr_ok;      /* the mxcsr bits this CPU has */
static union fpustate clean;   /* the state after fninit: a first use's */
static struct proc *fpu_owner; /* whose registers the FPU holds, or NULL */

/* Stores the FPU's registers in s (fnsave then resets the FPU). */
static void hw_save(union fpustate *s)
{
	if (have_fxsr)
		fxsave(s);
	else
		fnsave(s);
}

/*
 * Loads the FPU's registers from s. frstor, unlike fxrstor, first waits
 * for an unmasked exception pending in what the FPU holds (a #MF in the
 * kernel), so the FPU is reset before it.
 */
static void hw_load(const union fpustate *s)
{
	if (have_fxsr) {
		fxrstor(s);
	} else {
		fninit();
		frstor(s);
	}
}

/* Sets CR0.TS: the next FPU instruction raises #NM. */
static void set_ts(void)
{
	uint32_t cr0 = read_cr0();

	if (!(cr0 & CR0_TS))
		write_cr0(cr0 | CR0_TS);
}

/*
 * #NM: the current process ran an FPU instruction with CR0.TS set, its
 * first since it got the CPU. Gives it the FPU: the registers there go
 * back to their process, and its own come in (a clean state if it never
 * used the FPU). Returning runs the instruction again. Interrupts off.
 */
static void fpu_trap(struct trapframe *tf)
{
	struct proc *p = curproc;

	if ((tf->cs & 3) != RPL_USER || p == NULL)
		panic_trap(tf); /* the kernel never uses the FPU */
	clts();
	if (fpu_owner == p)
		return;
	if (fpu_owner)
		hw_save(&fpu_owner->fpu);
	if (!p->fpu_used) {
		p->fpu = clean;
		p->fpu_used = 1;
	}
	hw_load(&p->fpu);
	fpu_owner = p;
}

/*
 * Turns the FPU on for programs, at boot: x87 errors as #MF (CR0.NE),
 * not through the PIC's IRQ 13; SSE with fxsave (CR4.OSFXSR) and its
 * errors as #XM (CR4.OSXMMEXCPT); CR0.TS set, so each process's first
 * FPU instruction comes to fpu_trap. A CPU with no x87 keeps CR0.EM:
 * FPU instructions raise #NM with no handler, and the program dies of
 * SIGILL.
 */
void fpu_init(void)
{
	uint32_t a, b, c, d;

	cpuid(1, &a, &b, &c, &d);
	if (!(d & CPUID_FPU)) {
		write_cr0((read_cr0() | CR0_EM) & ~CR0_MP);
		return;
	}
	have_fpu = 1;
	have_fxsr = (d & CPUID_FXSR) != 0;
	/* MP: wait and fwait raise #NM too while TS is set. */
	write_cr0((read_cr0() & ~(CR0_EM | CR0_TS)) | CR0_MP | CR0_NE);
	if (have_fxsr)
		write_cr4(read_cr4() | CR4_OSFXSR |
			  (d & CPUID_SSE ? CR4_OSXMMEXCPT : 0));
	fninit();
	if (d & CPUID_SSE)
		ldmxcsr(MXCSR_DEFAULT);
	hw_save(&clean);
	mxcsr_ok =
		clean.fx.mxcsr_mask ? clean.fx.mxcsr_mask : MXCSR_MASK_DEFAULT;
	trap_register(T_DEVICE, fpu_trap, "FPU switch");
	set_ts();
}

/*
 * On every context switch to p (sched.c, interrupts off). Nothing is
 * saved or loaded: if the FPU holds p's registers already, p may use it
 * at once; else TS makes p's first FPU instruction trap to fpu_trap.
 */
void fpu_switch(struct proc *p)
{
	if (!have_fpu)
		return;
	if (p == fpu_owner)
		clts();
	else
		set_ts();
}

/* Brings p->fpu up to date if the FPU holds p's registers (p runs). */
static void sync(struct proc *p)
{
	if (p != fpu_owner)
		return;
	hw_save(&p->fpu);
	if (!have_fxsr)
		hw_load(&p->fpu); /* fnsave reset the FPU */
}

/*
 * Takes the FPU away from p (the running process), dropping the
 * registers it holds: TS makes p's next FPU instruction load p->fpu.
 */
static void release(struct proc *p)
{
	if (p != fpu_owner)
		return;
	fpu_owner = NULL;
	set_ts();
}

/* fork: the child starts with a copy of the parent's FPU state. */
void fpu_fork(struct proc *child, struct proc *parent)
{
	sync(parent);
	child->fpu = parent->fpu;
	child->fpu_used = parent->fpu_used;
}

/* exec: the new program starts with no FPU state (clean at first use). */
void fpu_exec(struct proc *p)
{
	release(p);
	p->fpu_used = 0;
}

/* exit: the FPU's registers, if p's, belong to no one now. */
void fpu_exit(struct proc *p)
{
	release(p);
}

/* Has p FPU state (it used the FPU since its exec or signal handler)? */
int fpu_in_use(struct proc *p)
{
	return p->fpu_used;
}

/*
 * The si_code of the SIGFPE for a floating-point error that p, running,
 * made in ring 3: #MF (an x87 instruction) or #XM (SSE). The exception
 * flags raised and not masked say which; the worst one wins, as on Linux.
 */
int fpu_fault_code(struct proc *p, int vec)
{
	uint32_t flags;

	sync(p);
	if (vec == T_SIMDERR)
		flags = p->fpu.fx.mxcsr &
			~(p->fpu.fx.mxcsr >> MXCSR_MASK_SHIFT);
	else if (have_fxsr)
		flags = p->fpu.fx.fsw & ~p->fpu.fx.fcw;
	else
		flags = p->fpu.fn.fsw & ~p->fpu.fn.fcw;
	if (flags & FP_IE)
		return FPE_FLTINV;
	if (flags & FP_ZE)
		return FPE_FLTDIV;
	if (flags & FP_OE)
		return FPE_FLTOVF;
	if (flags & (FP_UE | FP_DE))
		return FPE_FLTUND;
	if (flags & FP_PE)
		return FPE_FLTRES;
	return SI_KERNEL;
}

/*
 * For a signal handler's frame: copies p's FPU state out to uaddr (a
 * struct kfpstate), then gives the handler a clean FPU, as a new program
 * has, so that the interrupted code's unmasked exceptions or full
 * register stack cannot trip it up. p has FPU state. Returns 0 or
 * -EFAULT.
 */
int fpu_sig_save(struct proc *p, uint32_t uaddr)
{
	sync(p);
	if (copyout(uaddr, &p->fpu, sizeof(p->fpu)) < 0)
		return -EFAULT;
	release(p);
	p->fpu_used = 0;
	return 0;
}

/*
 * sigreturn: the interrupted code's FPU state comes back from uaddr, or
 * with uaddr 0 the none it had (it had not used the FPU); the handler's
 * is dropped. The kernel's copy is checked before the FPU sees it:
 * fxrstor of an mxcsr with a reserved bit set raises #GP, in the kernel.
 * The x87 part needs no check: a pending exception in it comes as #MF at
 * the program's next FPU instruction. Returns 0, or -EFAULT or -EINVAL
 * (p is left with no FPU state, and the caller kills it).
 */
int fpu_sig_restore(struct proc *p, uint32_t uaddr)
{
	release(p);
	p->fpu_used = 0;
	if (uaddr == 0)
		return 0;
	if (copyin(&p->fpu, uaddr, sizeof(p->fpu)) < 0)
		return -EFAULT;
	if (have_fxsr && (p->fpu.fx.mxcsr & ~mxcsr_ok))
		return -EINVAL;
	p->fpu_used = 1;
	return 0;
}
