/*
 * The system call gate's kernel side. syscall() copies the call's
 * arguments from the untrusted user stack (esp+4 up) into the kernel,
 * exactly as many words as the call has parameters in tools/syscalls.tbl,
 * then calls the generated dispatcher with that copy only; the dispatcher
 * hands them to sys_NAME typed as the table says (build/include/sysproto.h).
 * If the arguments cannot be read the caller dies of SIGSEGV, as a fault
 * in its own stack access would have killed it.
 */
#include "defs.h"
#include "kestrel/errno.h"
#include "kestrel/signal.h"
#include "memlayout.h"
#include "param.h"
#include "proc.h"
#include "syscall.h"
#include "sysdefs.h"
#include "trapframe.h"
#include "vm.h"

/* Handles int $T_SYSCALL from ring 3: eax holds the number, gets the result. */
void syscall(struct trapframe *tf)
{
	struct proc *p = curproc;
	uint32_t num = tf->eax, args[MAXSYSARGS] = {0};
	const struct syscall_desc *d;

	p->nsyscalls++;
	p->sig_eintr = 0;
	/* A call that a stop cut short runs again as the same call: a sleep
	 * still ends when it would have. */
	if (!p->sig_rerun)
		p->call_start = ticks;
	p->sig_rerun = 0;
	if (p->killsig) {
		/* Doomed before the call could start (a group kill during its
		 * fork, say): a process that must die does nothing more. Any
		 * other signal waits for the call's end, as on Linux. */
		tf->eax = (uint32_t)-EINTR;
		return;
	}
	if (num == 0 || num > SYS_MAX || syscall_table[num].fn == NULL) {
		tf->eax = (uint32_t)-ENOSYS;
		return;
	}
	d = &syscall_table[num];
	/* esp + 4 must not wrap around: check before adding. */
	if (d->nargs > 0 &&
	    (tf->esp >= USER_TOP - 4 ||
	     copyin(args, tf->esp + 4, (uint32_t)d->nargs * 4) < 0)) {
		kprintf("pid %d (%s): bad system call stack at esp 0x%08x "
			"(%s): killed by SIGSEGV\n",
			p->pid, p->name, tf->esp, d->name);
		p->killsig = SIGSEGV;
		return;
	}
	p->sig_syscall = num;
	if (p->trace.flags)
		trace_enter(p, num, args);
	tf->eax = (uint32_t)d->fn(args);
	if (p->trace.call)
		trace_exit(p, (int)tf->eax);
	/* Interrupted by a signal: the handler may ask for a restart (never
	 * for sigsuspend, which waits for the signal itself). */
	p->sig_eintr = tf->eax == (uint32_t)-EINTR && num != SYS_sigreturn &&
		       num != SYS_sigsuspend;
}
