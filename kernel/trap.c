/*
 * Trap dispatch: trap() is called by alltraps for every interrupt,
 * exception and system call, and hands the frame to the handler registered
 * for its vector. Hardware IRQs get end-of-interrupt here; a fault in ring
 * 3 ends the process with a signal; an unexpected trap in ring 0 panics
 * with a full dump, and a double fault (a kernel stack overflow) gets a
 * task and a stack of its own to say so. Every vector is counted.
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "memlayout.h"
#include "kestrel/signal.h"
#include "kestrel/sysinfo.h"
#include "mmu.h"
#include "proc.h"
#include "trapframe.h"
#include "traps.h"
#include "vm.h"
#include "x86.h"

#define DF_STACK_SIZE 4096

struct handler {
	trap_handler_t fn;
	const char *name;
	uint32_t count; /* how often the vector was taken */
};

static void page_fault(struct trapframe *tf);

/* Exceptions with a handler of their own; the IRQs register theirs. */
static struct handler handlers[NVECTORS] = {
	[T_PGFLT] = {page_fault, "page fault", 0},
};
int trap_irq_depth; /* IRQ handlers running: > 0 means "in an interrupt" */
int trap_nesting;   /* trap frames on the running kernel stack */
static int max_nesting;

static int trapframe_user_ok(struct trapframe *tf, struct proc *p);
static struct tss df_tss;
static uint8_t df_stack[DF_STACK_SIZE] __attribute__((aligned(16)));

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
	if (vec == T_SYSCALL)
		return "system call";
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

/* Returns how often vector vec was taken since boot. */
uint32_t trap_count(int vec)
{
	if (vec == T_SYSCALL) /* every process counts its own calls */
		return proc_nsyscalls() + handlers[vec].count;
	return vec >= 0 && vec < NVECTORS ? handlers[vec].count : 0;
}

static void trap_irq(struct trapframe *tf)
{
	int irq = tf->trapno - T_IRQ0;

	if (pic_is_spurious(irq))
		return; /* no EOI for a spurious IRQ 7; pic.c handles 15 */
	trap_irq_depth++;
	if (handlers[tf->trapno].fn)
		handlers[tf->trapno].fn(tf);
	trap_irq_depth--;
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
	case T_DEVICE: /* an FPU instruction on a CPU with no x87 (fpu.c) */
		return SIGILL;
	case T_ALIGN:
		return SIGBUS;
	case T_DEBUG:
		return SIGTRAP;
	default:
		return SIGSEGV; /* #GP #PF #SS #NP, #BR #OF, and the rest */
	}
}

/* The si_code a fault's signal carries. */
static int fault_code(struct trapframe *tf)
{
	switch (tf->trapno) {
	case T_PGFLT:
		return tf->err & PFE_P ? SEGV_ACCERR : SEGV_MAPERR;
	case T_DIVIDE:
		return FPE_INTDIV;
	case T_FPERR:
	case T_SIMDERR:
		return fpu_fault_code(curproc, tf->trapno);
	case T_ILLOP:
		return ILL_ILLOPC;
	case T_ALIGN:
		return BUS_ADRALN;
	case T_DEBUG:
		return TRAP_BRKPT;
	default:
		return SI_KERNEL;
	}
}

/*
 * A fault in ring 3 becomes a signal. If the process has a handler for
 * it, the handler gets it on the way out (with si_addr, the faulting
 * address of a page fault); else print one line about it and mark the
 * process to die.
 */
static void user_fault(struct trapframe *tf)
{
	struct proc *p = curproc;
	int sig = fault_signal(tf->trapno);
	uint32_t addr = 0;
	char what[112], err[80], name[40];

	p->nfaults++;
	if (tf->trapno == T_PGFLT)
		addr = mm_ops->user_addr(p->mm, read_cr2());
	if (sig_fault(p, sig, fault_code(tf), addr))
		return;
	/* "Page fault" becomes "page fault" in the middle of a sentence. */
	strncpy_safe(name, trap_name(tf->trapno), sizeof(name));
	if (name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'a')
		name[0] += 'a' - 'A';
	what[0] = 0;
	if (T_HAS_ERRCODE(tf->trapno)) {
		trap_describe_error(tf, err, sizeof(err));
		if (tf->trapno == T_PGFLT)
			ksnprintf(what, sizeof(what), " addr 0x%08x (%s)", addr,
				  err);
		else
			ksnprintf(what, sizeof(what), " (%s)", err);
	}
	/* The message takes a while (the screen may scroll): print it with
	 * interrupts on, as a system call would. The trap came from ring 3,
	 * so no kernel work is half done; cr2 has been read already. */
	p->killsig = sig;
	intr_enable();
	kprintf("pid %d (%s): %s at eip 0x%08x%s: killed by %s\n", p->pid,
		p->name, name, tf->eip, what, signame(sig));
	intr_disable();
}

/*
 * A page fault. The memory model may resolve it (a copy-on-write page
 * written, the stack grown by a page), and then the access runs again;
 * else a fault in ring 3 is the program's (a signal), and one in ring 0
 * a kernel bug, unless it is copyin or copyout reaching user memory
 * (vm_kernel_fault: resolved, or the copy fails with EFAULT). With no
 * frame left to resolve it, the process is killed (it could not run on).
 */
static void page_fault(struct trapframe *tf)
{
	struct proc *p = curproc;
	int r;

	if ((tf->cs & 3) != RPL_USER && vm_kernel_fault(tf, read_cr2()))
		return;
	if ((tf->cs & 3) != RPL_USER || p == NULL || p->mm == NULL)
		panic_trap(tf);
	r = mm_ops->fault(p->mm, read_cr2(), tf->err & PFE_W);
	if (r == 0)
		return;
	if (r != -ENOMEM) {
		user_fault(tf);
		return;
	}
	kprintf("pid %d (%s): page fault at eip 0x%08x addr 0x%08x: out of "
		"memory: killed by SIGKILL\n",
		p->pid, p->name, tf->eip, read_cr2());
	p->nfaults++;
	p->killsig = SIGKILL;
}

/*
 * Returns the deepest trap nesting seen, and resets it if asked: to the
 * depth of the caller itself (a system call's 1), so that the system
 * call path, which never nests, need not compare.
 */
int trap_max_nesting(int reset)
{
	int m = max_nesting;

	if (reset)
		max_nesting = trap_nesting;
	return m;
}

/* Does what the trap asked for: the handler, the system call, or a kill. */
static void dispatch(struct trapframe *tf, struct proc *p, int from_user)
{
	if (tf->trapno >= T_IRQ0 && tf->trapno < T_IRQ0 + NIRQ) {
		if (p)
			p->ninterrupts++;
		trap_irq(tf); /* with its EOI, even if the process is to die */
		/* The interrupted code had interrupts on: the deferred work
		 * may run now, with them on again. */
		defer_run();
	} else if (tf->eflags & FL_VM)
		; /* killed by trap(): nothing it asked for is done */
	else if (handlers[tf->trapno].fn)
		handlers[tf->trapno].fn(tf);
	else if (from_user && p)
		user_fault(tf);
	else
		panic_trap(tf);
}

/*
 * Called by alltraps with interrupts off (every gate is an interrupt
 * gate); tf is on the kernel stack: for a trap from ring 3, the current
 * process's own, through the TSS; for one in ring 0, whatever stack the
 * kernel was on, below the frame of the trap it interrupted.
 */
void TRAP_ENTRY trap(struct trapframe *tf)
{
	struct proc *p = curproc;
	/* Virtual-8086 mode is user mode too, whatever cs says. */
	int from_user = (tf->cs & 3) == RPL_USER || (tf->eflags & FL_VM);

	intr_off_begin(tf->eip);
	if (++trap_nesting > max_nesting)
		max_nesting = trap_nesting;
	handlers[tf->trapno & 0xff].count++;
	if ((tf->eflags & FL_VM) && p && !p->killsig) {
		/* QEMU lets a ring-3 iret enter it; real CPUs do not. */
		kprintf("pid %d (%s): entered virtual-8086 mode at eip 0x%08x: "
			"killed by SIGSEGV\n",
			p->pid, p->name, tf->eip);
		p->nfaults++;
		p->killsig = SIGSEGV;
	}
	if (p)
		proc_check_stack(p);
	dispatch(tf, p, from_user);
	if (from_user && p)
		trap_return_user(tf, p);
	trap_nesting--;
	/* iret puts back the interrupted code's IF. */
	if (tf->eflags & FL_IF)
		intr_off_end();
}

/*
 * On the way back to ring 3: die, or give way, if that is due, and make
 * sure the frame is safe to iret to: the program's eip inside its code
 * segment, and if the kernel rewrote the frame (exec, sigreturn, a signal
 * handler's entry), every field that gives privilege. Interrupts are off
 * on entry and on return. (A system call with nothing due skips this:
 * see syscall_trap.)
 */
void trap_return_user(struct trapframe *tf, struct proc *p)
{
	if (!p->killsig && p->resched)
		yield();
	if (!p->killsig)
		sig_deliver(tf); /* into a handler, or stopped, or to die */
	if (!p->killsig && !trapframe_user_ok(tf, p))
		p->killsig = SIGSEGV;
	if (p->killsig) {
		trap_nesting--;
		intr_enable(); /* freeing a large process takes a while */
		proc_exit(W_SIGNALED(p->killsig));
	}
	if (p->tf_changed) {
		trapframe_check(tf);
		p->tf_changed = 0;
	}
}

/*
 * Checks what a program can get wrong in its own frame: the return eip
 * must lie inside its code segment. Under base and bound iret checks eip
 * against the segment's limit while still in ring 0 (real CPUs and KVM
 * do; QEMU's TCG does not), and a #GP there would be the kernel's. A
 * system call made from the range's last bytes, a tick right after its
 * last instruction, or an sbrk that shrinks the range under the running
 * code can each leave eip at or past the bound. Returns 1 if the frame
 * is fine, else prints why the process dies and returns 0.
 */
static int trapframe_user_ok(struct trapframe *tf, struct proc *p)
{
	uint32_t limit = mm_ops->code_limit(p->mm);

	if (limit == 0 || tf->eip < limit)
		return 1;
	kprintf("pid %d (%s): return to eip 0x%08x outside its segment "
		"(bound 0x%08x): killed by SIGSEGV\n",
		p->pid, p->name, tf->eip, limit);
	p->nfaults++;
	return 0;
}

/*
 * A data segment register a program may hold: the null selector (any
 * RPL) or one of the two ring-3 segments with RPL 3. Programs load these
 * themselves; none of them gives any privilege.
 */
int trap_user_selector_ok(uint16_t sel)
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
	    !trap_user_selector_ok(tf->ds) || !trap_user_selector_ok(tf->es) ||
	    !trap_user_selector_ok(tf->fs) || !trap_user_selector_ok(tf->gs) ||
	    !(tf->eflags & FL_IF) || (tf->eflags & FL_IOPL) ||
	    (tf->eflags & FL_VM))
		panic("trapframe_check: unsafe return to user: cs 0x%x ss 0x%x "
		      "ds 0x%x es 0x%x fs 0x%x gs 0x%x eflags 0x%x",
		      tf->cs, tf->ss, tf->ds, tf->es, tf->fs, tf->gs,
		      tf->eflags);
}

/* The double-fault handler, entered by a task switch with a fresh stack. */
static void df_task(void) __attribute__((noreturn));
static void df_task(void)
{
	struct tss *t = tss_current();
	int slot = kstack_guard_slot(t->esp);
	struct proc *p = slot >= 0 && slot < NPROC ? &proc_table[slot] : NULL;

	kprintf("\nPANIC: double fault (vector %d)\n", T_DBLFLT);
	kprintf("  at eip 0x%08x, esp 0x%08x\n", t->eip, t->esp);
	if (p && p->state != UNUSED)
		kprintf("  kernel stack overflow: esp is in the guard page "
			"below pid %d (%s)'s kernel stack\n",
			p->pid, p->name);
	else if (slot >= 0)
		kprintf("  kernel stack overflow: esp is in the guard page "
			"below kernel stack slot %d\n",
			slot);
	kprintf("kernel halted\n");
	power_off(EXIT_PANIC);
}

/*
 * Sends the double fault through a task gate to df_task. A fault that
 * finds no room on the kernel stack for its frame becomes a double fault;
 * an interrupt gate would need that same stack, so only a task switch,
 * which loads a whole new register set (esp included) from df_tss, can
 * still run code. Runs once at boot.
 */
void trap_init_double_fault(void)
{
	df_tss.eip = (uint32_t)df_task;
	df_tss.esp = df_tss.esp0 = (uint32_t)df_stack + DF_STACK_SIZE;
	df_tss.cs = SEL_KCODE;
	df_tss.ds = df_tss.es = df_tss.fs = df_tss.gs = SEL_KDATA;
	df_tss.ss = df_tss.ss0 = SEL_KDATA;
	df_tss.cr3 = V2P(boot_pgdir);
	df_tss.eflags = FL_RESERVED; /* interrupts off */
	df_tss.iomb = sizeof(df_tss);
	gdt_set_tss(GDT_DFTSS, &df_tss);
	idt_set_task_gate(T_DBLFLT, SEL_DFTSS);
}
