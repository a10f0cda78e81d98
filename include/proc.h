/*
 * The process control block and the process table. proc.c owns the table
 * and the scheduler; vm*.c own p->mm; file.c owns the open-file entries.
 */
#ifndef PROC_H
#define PROC_H

#include <stdint.h>
#include "cred.h"
#include "kestrel/signal.h"
#include "kestrel/sysinfo.h"
#include "fpu.h"
#include "param.h"
#include "trace.h"

#define KSTACK_SIZE   (KSTACK_PAGES * 4096)
#define KSTACK_CANARY 0x57ac4ca7u /* at the stack's lowest word */

struct trapframe;
struct file;
struct mm;
struct inode;
struct initrd_file;

enum procstate {
	UNUSED = PSTATE_UNUSED,
	EMBRYO = PSTATE_EMBRYO,
	RUNNABLE = PSTATE_RUNNABLE,
	RUNNING = PSTATE_RUNNING,
	SLEEPING = PSTATE_SLEEPING,
	ZOMBIE = PSTATE_ZOMBIE,
	STOPPED = PSTATE_STOPPED,
};

/* A process's signals (signal.c owns them). */
struct sigstate {
	uint32_t pending;		/* SIGBIT set of signals posted */
	uint32_t blocked;		/* SIGBIT set not delivered now */
	struct ksigaction action[NSIG]; /* what each signal does */
	struct ksiginfo info[NSIG];	/* about the pending ones */
	struct kstack altstack;		/* sigaltstack; SS_DISABLE: none */
	uint32_t suspend_saved;		/* blocked set before sigsuspend */
	int in_suspend;			/* sigsuspend's mask is in force */
	uint32_t real_at;		/* ITIMER_REAL: the tick it fires */
	uint32_t real_interval;		/* ... then every this many ticks */
	uint32_t virt_left;		/* ITIMER_VIRTUAL: user ticks left */
	uint32_t virt_interval;
	int stopsig; /* the signal that stopped it */
	int report;  /* stop/continue not yet waited for */
};

/* Callee-saved registers of a kernel context, saved by swtch on its stack. */
struct context {
	uint32_t edi;
	uint32_t esi;
	uint32_t ebx;
	uint32_t ebp;
	uint32_t eip; /* pushed by the call to swtch */
};

struct proc {
	int pid;
	enum procstate state;
	char name[PROC_NAME_MAX]; /* last component of the program's path */
	struct proc *parent;
	int pgid;    /* process group: ^C goes to the console's group */
	int xstatus; /* wait status once a zombie */
	int killsig; /* the signal that ends it on its way out, or 0 */
	void *chan;  /* wait channel while SLEEPING */
	struct proc *next_run;	  /* the run queue, while RUNNABLE (sched.c) */
	struct proc *next_wait;	  /* its wait list, while SLEEPING */
	struct proc **wait_pprev; /* what points at it in that list */
	uint8_t *kstack;	  /* lowest address of the kernel stack */
	struct context *context;  /* saved kernel context, for swtch */
	struct trapframe *tf;	  /* user state, at the top of kstack */
	struct mm *mm;		  /* user memory (vm.c) */
	struct file *ofile[NOFILE];
	uint32_t quantum;     /* ticks left in its time slice (proc_tick) */
	int resched;	      /* slice over: yield on the way to ring 3 */
	uint32_t nsyscalls;   /* system calls made */
	uint32_t ninterrupts; /* interrupts taken while it ran */
	uint32_t nfaults;     /* exceptions it caused */
	uint32_t ticks;	      /* timer ticks while it ran in user mode */
	uint32_t kticks;      /* ... and in the kernel, on its behalf */
	uint32_t nvcsw;	      /* context switches: it waited (voluntary) */
	uint32_t nivcsw;      /* ... it was preempted (involuntary) */
	struct sigstate sig;  /* signals: handlers, mask, pending, timers */
	uint32_t sig_syscall; /* the system call running, for SA_RESTART */
	int sig_eintr;	      /* it returned -EINTR: may be restarted */
	int sig_rerun;	      /* a stop cut it short: it runs again, as one */
	uint32_t call_start;  /* the tick the system call began (sleeps) */
	int tf_changed; /* the kernel rewrote tf: check it on the way out */
	struct tracestate trace; /* system-call tracing (trace.c) */
	struct inode *cwd;	 /* current directory on the disk; NULL: root */
	const struct initrd_file *icwd; /* ... in the initrd; NULL: root */
	uint32_t umask;			/* permissions new files do not get */
	int fpu_used;	    /* has FPU state; else its first use starts clean */
	union fpustate fpu; /* its FPU registers, when not in the FPU (fpu.c) */
	struct cred cred;   /* its user and groups (cred.c) */
	struct allow allow; /* the calls it may make (allow.c) */
};

extern struct proc proc_table[NPROC];
extern struct proc *curproc; /* the running process, or NULL in the scheduler */

void proc_stack_overflow(struct proc *p) __attribute__((noreturn));

/*
 * Does p have a signal to take now (pending and not blocked), or must it
 * die? Blocking calls return EINTR when it does (signal.c owns p->sig).
 */
static inline int sig_interrupts(struct proc *p)
{
	return p->killsig || (p->sig.pending & ~p->sig.blocked);
}

/*
 * Has the current process a signal to take (or must it die)? Blocking
 * calls stop waiting and return -EINTR when it has. No process: no.
 */
static inline int proc_interrupted(void)
{
	return curproc && sig_interrupts(curproc);
}

/* Panics if p's kernel stack has run over its lowest word (the canary). */
static inline void proc_check_stack(struct proc *p)
{
	if (*(uint32_t *)p->kstack != KSTACK_CANARY)
		proc_stack_overflow(p);
}

#endif
