/*
 * The system call gate's kernel side, from the trap entry to the return
 * to ring 3. Each call's generated dispatcher (build/kernel/systab.c)
 * copies the call's arguments from the untrusted user stack (esp+4 up)
 * into the kernel with syscall_args, exactly as many words as the call
 * has parameters in tools/syscalls.tbl, and hands that copy to sys_NAME
 * typed as the table says (build/include/sysproto.h). If the arguments
 * cannot be read the caller dies of SIGSEGV, as a fault in its own stack
 * access would have killed it. trap.c owns the full way back to ring 3.
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "kestrel/signal.h"
#include "memlayout.h"
#include "param.h"
#include "proc.h"
#include "syscall.h"
#include "sysdefs.h"
#include "trace.h"
#include "trapframe.h"
#include "vm.h"
#include "x86.h"

/*
 * The arguments of the running call could not be read from its stack
 * (syscall_args): says so and marks the caller to die. Returns -1.
 */
int syscall_args_bad(struct trapframe *tf)
{
	struct proc *p = curproc;

	kprintf("pid %d (%s): bad system call stack at esp 0x%08x (%s): "
		"killed by SIGSEGV\n",
		p->pid, p->name, tf->esp,
		syscall_table[tf->eax <= SYS_MAX ? tf->eax : 0].name);
	p->killsig = SIGSEGV;
	return -1;
}

/*
 * A call that a signal cut short (it returned -EINTR): the handler may
 * ask for it to run again, SA_RESTART, except for sigsuspend, which
 * waits for the signal itself, and sigreturn, whose -EINTR is the
 * interrupted program's own eax.
 */
static void note_eintr(struct proc *p, uint32_t num)
{
	p->sig_syscall = num;
	p->sig_eintr = num != SYS_sigreturn && num != SYS_sigsuspend;
}

/*
 * The tracer's look at call num of traced process p (trace=, the trace
 * call), before it runs: its arguments, copied from the user stack once
 * more. 0, or -1 if they cannot be read (the process is marked to die).
 */
static int trace_call(struct trapframe *tf, struct proc *p, uint32_t num)
{
	uint32_t args[MAXSYSARGS];

	if (syscall_args(tf, args, syscall_table[num].nargs) < 0)
		return -1;
	trace_enter(p, num, args);
	return 0;
}

/*
 * Has the program's eip gone past its code segment's bound (the segment
 * model: a call made from the range's last two bytes returns there)? The
 * full way out then kills it: the iret itself would fault in ring 0.
 */
static inline int eip_past_bound(struct trapframe *tf)
{
	return vm_code_limit != 0 && tf->eip >= vm_code_limit;
}

/*
 * The full way back to ring 3 (trap_return_user), for a call that found
 * something due. Interrupts are off; the stretch until the iret is
 * measured.
 */
static __attribute__((noinline)) void leave_slowly(struct trapframe *tf,
						   struct proc *p)
{
	intr_off_begin(tf->eip);
	trap_return_user(tf, p);
	intr_off_end();
}

/*
 * Runs a call for a process that the usual way does not suit: one that
 * must die before the call starts (killed on its way in: a process that
 * must die does nothing more; any other signal waits for the call's end,
 * as on Linux), one whose call a stop cut short (it runs again as the
 * same call: a sleep still ends when it would have), one that is
 * traced, or one under an allow-list (allow.c), whose refused call
 * returns -EPERM without running. Returns the call's result. Interrupts as for syscall_run.
 */
static __attribute__((noinline)) int run_unusual(struct trapframe *tf,
						 struct proc *p, uint32_t num)
{
	int r;

	if (p->killsig) {
		tf->eax = (uint32_t)-EINTR;
		return -EINTR;
	}
	if (p->sig_rerun)
		p->sig_rerun = 0;
	else
		p->call_start = ticks;
	sti();
	if (p->trace.flags && trace_table[num].name &&
	    trace_call(tf, p, num) < 0)
		r = -EFAULT; /* its arguments cannot be read: it dies */
	else if (allow_refuses(p, num))
		r = syscall_result(tf, -EPERM);
	else
		r = syscall_table[num].fn(tf);
	if (p->trace.call)
		trace_exit(p, r);
	cli();
	return r;
}

/*
 * Runs call num (at most SYS_MAX) that is not quick, and leaves for ring
 * 3 (see syscall_trap below): with interrupts on for the handler, off
 * again after it. Kept out of line, so that the quick calls' path saves
 * no registers for it.
 */
static __attribute__((noinline)) void syscall_run(struct trapframe *tf,
						  struct proc *p)
{
	uint32_t num = tf->eax;
	int r;

	if (intr_depth != 0)
		panic("syscall: %d intr_push calls outstanding on entry",
		      intr_depth);
	proc_check_stack(p);
	trap_nesting++;
	if (p->killsig | p->sig_rerun | p->trace.flags | p->allow.on)
		r = run_unusual(tf, p, num);
	else {
		p->call_start = ticks;
		sti(); /* intr_enable, checked above, not measured */
		r = syscall_table[num].fn(tf);
		cli();
	}
	if (r == -EINTR) {
		note_eintr(p, num);
		goto slow;
	}
	if (p->killsig | p->resched | (int)p->sig.pending | p->tf_changed ||
	    eip_past_bound(tf))
		goto slow;
	trap_nesting--;
	return;
slow:
	leave_slowly(tf, p);
	trap_nesting--;
}

/*
 * syscall_entry (trapasm.S) calls this for vector T_SYSCALL, the trap
 * every system call takes: eax holds the call's number and gets its
 * result; the process counts it (the vector's count is the sum). An
 * unknown number, and a quick call (the table says which: it only reads
 * a value, and nothing can become due while interrupts stay off), return
 * at once, with interrupts off all along (a quick call only if the
 * process is not traced and its eip is inside the segment's bound; an
 * unknown one is never traced). Any other runs with them on (a device
 * interrupt is taken at once, and nests on this stack); then the program
 * goes straight back to ring 3 unless something is due on the way (a
 * signal, the end of the time slice, death, a call cut short, a frame
 * the kernel rewrote, an eip past the segment's bound), for which
 * trap_return_user does the full work. This relies on each way to ring
 * 3 leaving nothing due behind it: that full work runs after every trap
 * that had something due, and before a new process's first entry
 * (forkret). Nothing a program does in ring 3 makes trapframe_check fail
 * (it guards against kernel bugs), so an untouched frame is not checked
 * again. The stretches with interrupts off here are a few dozen
 * instructions without a loop, so intr.c does not measure them; the full
 * way out is measured.
 */
void TRAP_ENTRY syscall_trap(struct trapframe *tf)
{
	struct proc *p = curproc;

	if (!(tf->cs & 3)) {
		trap(tf); /* int $T_SYSCALL in ring 0: a kernel bug; panics */
		return;
	}
	p->nsyscalls++;
	if (p->trace.flags || p->allow.on || eip_past_bound(tf)) {
		if (tf->eax > SYS_MAX)
			tf->eax = 0; /* the table's own unknown call */
		syscall_run(tf, p);
	} else if (tf->eax > SYS_MAX)
		tf->eax = (uint32_t)-ENOSYS; /* as quick as a call can be */
	else if (syscall_table[tf->eax].quick)
		syscall_table[tf->eax].fn(tf); /* eip does not move */
	else
		syscall_run(tf, p);
}
