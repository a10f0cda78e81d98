/*
 * Trap dispatch: trap() is called by alltraps for every interrupt,
 * exception and system call, and hands the frame to the handler registered
 * for its vector. Hardware IRQs get end-of-interrupt here; an unexpected
 * trap in ring 0 panics with a full dump.
 */
#include "defs.h"
#include "kestrel/signal.h"
#include "mmu.h"
#include "proc.h"
#include "trapframe.h"
#include "traps.h"
#include "vm.h"
#include "x86.h"

struct handler {
	trap_handler_t fn;
	const char *name;
};

static struct handler handlers[NVECTORS];
uint32_t trap_counts[NVECTORS]; /* how often each vector was taken */

static const char *const exc_names[T_NEXCEPT] = {
	"Divide error",
	"Debug",
	"Non-maskable interrupt",
	"Breakpoint",
	"Overflow",
	"BOUND range exceeded",
	"Invalid opcode",
	"Device not available",
	"Double fault",
	"Coprocessor segment overrun",
	"Invalid TSS",
	"Segment not present",
	"Stack-segment fault",
	"General protection",
	"Page fault",
	"Reserved (15)",
	"x87 floating-point error",
	"Alignment check",
	"Machine check",
	"SIMD floating-point",
	"Virtualization",
	"Control protection",
};

static const char *const exc_mnemonics[T_NEXCEPT] = {
	"#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM",
	"#DF", "",    "#TS", "#NP", "#SS", "#GP", "#PF", "",
	"#MF", "#AC", "#MC", "#XM", "#VE", "#CP",
};

/* Returns a human name for a vector: the exception, the IRQ, or "int N". */
const char *trap_name(int vec)
{
	if (vec >= 0 && vec < T_NEXCEPT && exc_names[vec])
		return exc_names[vec];
	if (vec >= 0 && vec < NVECTORS && handlers[vec].name)
		return handlers[vec].name;
	if (vec >= T_IRQ0 && vec < T_IRQ0 + NIRQ)
		return "IRQ";
	return vec < T_NEXCEPT ? "Reserved" : "Software interrupt";
}

/* Returns the short mnemonic (#PF, #GP, ...) of an exception, or "". */
const char *trap_mnemonic(int vec)
{
	if (vec >= 0 && vec < T_NEXCEPT && exc_mnemonics[vec])
		return exc_mnemonics[vec];
	return "";
}

/* Makes fn the handler for vector vec; name shows in dumps and lists. */
void trap_register(int vec, trap_handler_t fn, const char *name)
{
	if (vec < 0 || vec >= NVECTORS)
		panic("trap_register: bad vector %d", vec);
	handlers[vec].fn = fn;
	handlers[vec].name = name;
}

/* Makes fn the handler for PIC line irq and unmasks that line. */
void irq_register(int irq, trap_handler_t fn, const char *name)
{
	trap_register(T_IRQ0 + irq, fn, name);
	pic_enable(irq);
}

static void trap_irq(struct trapframe *tf)
{
	int irq = tf->trapno - T_IRQ0;

	if (pic_is_spurious(irq))
		return; /* no EOI for a spurious IRQ 7; pic.c handles 15 */
	if (handlers[tf->trapno].fn)
		handlers[tf->trapno].fn(tf);
	pic_eoi(irq);
}

/* The signal a fault in ring 3 ends the process with. */
static int fault_signal(int vec)
{
	switch (vec) {
	case T_DIVIDE:
	case T_FPERR:
	case T_SIMDERR:
		return SIGFPE;
	case T_ILLOP:
	case T_DEVICE: /* x87 and MMX: programs have no FPU (CR0.EM) */
		return SIGILL;
	case T_ALIGN:
		return SIGBUS;
	case T_DEBUG:
		return SIGTRAP;
	default:
		return SIGSEGV; /* #GP #PF #SS #NP, #BR #OF, and the rest */
	}
}

/* Returns "SIGSEGV" and so on for the signals the kernel sends. */
const char *signal_name(int sig)
{
	static const char *const names[NSIG] = {
		[SIGHUP] = "SIGHUP",   [SIGINT] = "SIGINT",
		[SIGQUIT] = "SIGQUIT", [SIGILL] = "SIGILL",
		[SIGTRAP] = "SIGTRAP", [SIGABRT] = "SIGABRT",
		[SIGBUS] = "SIGBUS",   [SIGFPE] = "SIGFPE",
		[SIGKILL] = "SIGKILL", [SIGUSR1] = "SIGUSR1",
		[SIGSEGV] = "SIGSEGV", [SIGUSR2] = "SIGUSR2",
		[SIGPIPE] = "SIGPIPE", [SIGALRM] = "SIGALRM",
		[SIGTERM] = "SIGTERM", [SIGCHLD] = "SIGCHLD",
	};

	if (sig > 0 && sig < NSIG && names[sig])
		return names[sig];
	return "signal";
}

/* A fault in ring 3: print one line about it and mark the process killed. */
static void user_fault(struct trapframe *tf)
{
	struct proc *p = curproc;
	int sig = fault_signal(tf->trapno);
	char what[96], name[40];

	p->nfaults++;
	/* "Page fault" becomes "page fault" in the middle of a sentence. */
	strncpy_safe(name, trap_name(tf->trapno), sizeof(name));
	if (name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'a')
		name[0] += 'a' - 'A';
	if (tf->trapno == T_PGFLT)
		ksnprintf(what, sizeof(what), " addr 0x%08x (%s %s, %s)",
			  mm_ops->user_addr(p->mm, read_cr2()),
			  tf->err & 4 ? "user" : "kernel",
			  tf->err & 16	? "fetch"
			  : tf->err & 2 ? "write"
					: "read",
			  tf->err & 1 ? "protection" : "not present");
	else if (T_HAS_ERRCODE(tf->trapno)) {
		char err[80];
		trap_describe_error(tf, err, sizeof(err));
		ksnprintf(what, sizeof(what), " (%s)", err);
	} else
		what[0] = 0;
	kprintf("pid %d (%s): %s at eip 0x%08x%s: killed by %s\n", p->pid,
		p->name, name, tf->eip, what, signal_name(sig));
	p->killed = sig;
}

/*
 * Called by alltraps with interrupts off; tf is on the kernel stack (for
 * a trap from ring 3, the current process's own, through the TSS).
 */
void trap(struct trapframe *tf)
{
	struct proc *p = curproc;
	/* Virtual-8086 mode is user mode too, whatever cs says. */
	int from_user = (tf->cs & 3) == RPL_USER || (tf->eflags & FL_VM);

	trap_counts[tf->trapno & 0xff]++;
	if ((tf->eflags & FL_VM) && p && !p->killed) {
		/* QEMU lets a ring-3 iret enter it; real CPUs do not. */
		kprintf("pid %d (%s): entered virtual-8086 mode at eip 0x%08x: "
			"killed by SIGSEGV\n",
			p->pid, p->name, tf->eip);
		p->nfaults++;
		p->killed = SIGSEGV;
	}
	if (p)
		proc_check_stack(p);
	if (tf->trapno >= T_IRQ0 && tf->trapno < T_IRQ0 + NIRQ) {
		if (p)
			p->ninterrupts++;
		trap_irq(tf); /* with its EOI, even if the process is to die */
	} else if (tf->eflags & FL_VM)
		; /* killed above: nothing it asked for is done */
	else if (tf->trapno == T_SYSCALL && from_user)
		syscall(tf);
	else if (handlers[tf->trapno].fn)
		handlers[tf->trapno].fn(tf);
	else if (from_user && p)
		user_fault(tf);
	else
		panic_trap(tf);

	if (!from_user || p == NULL)
		return;
	if (p->killed)
		proc_exit(W_SIGNALED(p->killed));
	if (tf->trapno == T_IRQ0 + IRQ_TIMER && p->quantum == 0)
		yield();
	if (p->killed)
		proc_exit(W_SIGNALED(p->killed));
	trapframe_check(tf);
}

/*
 * A data segment register a program may hold: the null selector (any
 * RPL) or one of the two ring-3 segments with RPL 3. Programs load these
 * themselves; none of them gives any privilege.
 */
static int user_data_sel(uint16_t sel)
{
	uint16_t slot = sel & ~3; /* any RPL: it cannot raise the privilege */

	return slot == 0 || slot == (SEL_UDATA & ~3) ||
	       slot == (SEL_UCODE & ~3);
}

/*
 * Panics unless tf is safe to iret to ring 3: user code and stack
 * selectors, harmless data selectors, interrupts on, I/O privilege 0, not
 * virtual-8086 mode. Nothing a program does can make this fail; it guards
 * against kernel bugs that would hand ring 3 more than it should have.
 */
void trapframe_check(struct trapframe *tf)
{
	if (tf->cs != SEL_UCODE || tf->ss != SEL_UDATA ||
	    !user_data_sel(tf->ds) || !user_data_sel(tf->es) ||
	    !user_data_sel(tf->fs) || !user_data_sel(tf->gs) ||
	    !(tf->eflags & FL_IF) || (tf->eflags & FL_IOPL) ||
	    (tf->eflags & FL_VM))
		panic("trapframe_check: unsafe return to user: cs 0x%x ss 0x%x "
		      "ds 0x%x es 0x%x fs 0x%x gs 0x%x eflags 0x%x",
		      tf->cs, tf->ss, tf->ds, tf->es, tf->fs, tf->gs,
		      tf->eflags);
}
