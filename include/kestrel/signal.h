/*
 * Signals: the numbers (Linux's values), the wait-status encoding, and
 * the upcall ABI shared by the kernel and the user C library: the
 * sigaction the kernel takes, siginfo, the saved user state (ucontext,
 * with Linux's i386 register layout), the alternate stack, and timers.
 */
#ifndef KESTREL_SIGNAL_H
#define KESTREL_SIGNAL_H

#include <stdint.h>

#define SIGHUP	  1
#define SIGINT	  2 /* ^C on the console */
#define SIGQUIT	  3
#define SIGILL	  4 /* invalid opcode (#UD) */
#define SIGTRAP	  5 /* debug trap (#DB) */
#define SIGABRT	  6 /* abort() */
#define SIGBUS	  7 /* alignment check (#AC) */
#define SIGFPE	  8 /* divide error (#DE), x87/SIMD errors */
#define SIGKILL	  9 /* cannot be caught, blocked or ignored */
#define SIGUSR1	  10
#define SIGSEGV	  11 /* #GP, #PF, #SS, #NP: bad memory or privilege */
#define SIGUSR2	  12
#define SIGPIPE	  13 /* write to a pipe with no reader */
#define SIGALRM	  14 /* alarm(), ITIMER_REAL */
#define SIGTERM	  15
#define SIGSTKFLT 16
#define SIGCHLD	  17 /* a child ended or stopped; ignored by default */
#define SIGCONT	  18 /* continue if stopped */
#define SIGSTOP	  19 /* stop; cannot be caught, blocked or ignored */
#define SIGTSTP	  20 /* ^Z on the console */
#define SIGTTIN	  21
#define SIGTTOU	  22
#define SIGURG	  23
#define SIGXCPU	  24
#define SIGXFSZ	  25
#define SIGVTALRM 26 /* ITIMER_VIRTUAL */
#define SIGPROF	  27
#define SIGWINCH  28
#define SIGIO	  29 /* I/O possible (O_ASYNC) */
#define SIGPWR	  30
#define SIGSYS	  31
#define NSIG	  32 /* signals are 1 .. NSIG - 1 */

/* A signal's bit in a signal set (sigset_t is 32 bits). */
#define SIGBIT(sig) (1u << ((sig)-1))

/* Wait status: exit code in bits 8-15, or the killing signal in bits
 * 0-6; a stopped child: 0x7f, and the stopping signal in bits 8-15. */
#define W_EXITCODE(code) (((code)&0xff) << 8)
#define W_SIGNALED(sig)	 ((sig)&0x7f)
#define W_STOPCODE(sig)	 ((((sig)&0xff) << 8) | 0x7f)
#define W_CONTINUED	 0xffff

#define WNOHANG	   1 /* waitpid option: do not block */
#define WUNTRACED  2 /* waitpid option: report stopped children too */
#define WCONTINUED 8 /* waitpid option: report continued children too */

/* The handler values with a meaning of their own. */
#define SIGH_DFL 0 /* the default action */
#define SIGH_IGN 1 /* ignore */

/* sigaction flags (Linux's values). */
#define SA_NOCLDSTOP 0x00000001 /* no SIGCHLD when a child stops */
#define SA_SIGINFO   0x00000004 /* handler(sig, siginfo *, ucontext *) */
#define SA_RESTORER  0x04000000 /* restorer is the return trampoline */
#define SA_ONSTACK   0x08000000 /* run on the alternate stack */
#define SA_RESTART   0x10000000 /* restart an interrupted system call */
#define SA_NODEFER   0x40000000 /* do not block the signal in its handler */
#define SA_RESETHAND 0x80000000 /* back to the default after one delivery */

/* sigprocmask's how. */
#define SIG_BLOCK   0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

/* What the sigaction system call takes and gives: all plain words. */
struct ksigaction {
	uint32_t handler;  /* SIGH_DFL, SIGH_IGN, or the handler's address */
	uint32_t flags;	   /* SA_* */
	uint32_t restorer; /* where the handler returns: calls sigreturn */
	uint32_t mask;	   /* blocked, besides the signal, while it runs */
};

/* si_code values. */
#define SI_USER	      0	   /* kill, raise */
#define SI_KERNEL     0x80 /* sent by the kernel (SIGPIPE, ^C ...) */
#define SI_TIMER      (-2) /* a timer expired */
#define ILL_ILLOPC    1	   /* illegal opcode */
#define FPE_INTDIV    1	   /* integer divide by zero */
#define FPE_FLTDIV    3	   /* floating-point divide by zero */
#define FPE_FLTOVF    4	   /* floating-point overflow */
#define FPE_FLTUND    5	   /* floating-point underflow (or denormal) */
#define FPE_FLTRES    6	   /* floating-point inexact result */
#define FPE_FLTINV    7	   /* invalid floating-point operation */
#define SEGV_MAPERR   1	   /* address not mapped */
#define SEGV_ACCERR   2	   /* no permission for the mapped address */
#define BUS_ADRALN    1	   /* misaligned address */
#define TRAP_BRKPT    1	   /* breakpoint or single step */
#define CLD_EXITED    1
#define CLD_KILLED    2
#define CLD_STOPPED   5
#define CLD_CONTINUED 6
#define POLL_IN	      1 /* SIGIO: input available */

/* What a handler learns about the signal (siginfo_t). */
struct ksiginfo {
	int32_t si_signo;
	int32_t si_errno;
	int32_t si_code;
	int32_t si_pid; /* sender (kill) or the child (SIGCHLD) */
	int32_t si_uid;
	uint32_t si_addr;  /* the faulting address (SIGSEGV, SIGBUS...) */
	int32_t si_status; /* SIGCHLD: exit code or signal */
	int32_t si_band;   /* SIGIO */
	int32_t si_fd;	   /* SIGIO */
	uint32_t pad[7];
};

/* The alternate signal stack (stack_t). */
#define SS_ONSTACK  1 /* in use: the process runs on it */
#define SS_DISABLE  2 /* none */
#define MINSIGSTKSZ 2048
#define SIGSTKSZ    8192
struct kstack {
	uint32_t ss_sp;
	int32_t ss_flags;
	uint32_t ss_size;
};

/* The saved registers, indexed as Linux's i386 gregset_t. */
#define REG_GS	   0
#define REG_FS	   1
#define REG_ES	   2
#define REG_DS	   3
#define REG_EDI	   4
#define REG_ESI	   5
#define REG_EBP	   6
#define REG_ESP	   7 /* as pushal saw it: ignored */
#define REG_EBX	   8
#define REG_EDX	   9
#define REG_ECX	   10
#define REG_EAX	   11
#define REG_TRAPNO 12
#define REG_ERR	   13
#define REG_EIP	   14
#define REG_CS	   15
#define REG_EFL	   16
#define REG_UESP   17 /* the interrupted user stack pointer */
#define REG_SS	   18
#define NGREG	   19

/*
 * The saved FPU state (fpregs below points at one): the 512 bytes that
 * fxsave stores, 16-aligned. On a CPU without fxsave (none since the
 * Pentium II) its first 108 bytes hold fnsave's smaller image instead.
 * sigreturn refuses an mxcsr with a bit set outside mxcsr_mask (fxrstor
 * would fault on it).
 */
#define FPSTATE_SIZE 512
struct kfpstate {
	uint16_t fcw; /* x87 control word: masks, precision, rounding */
	uint16_t fsw; /* x87 status word: the exception flags */
	uint8_t ftw;  /* which registers are in use, one bit each */
	uint8_t pad1;
	uint16_t fop; /* the last x87 opcode */
	uint32_t fip; /* ... its address */
	uint16_t fcs, pad2;
	uint32_t fdp; /* ... and its operand's */
	uint16_t fds, pad3;
	uint32_t mxcsr;	     /* SSE control and status */
	uint32_t mxcsr_mask; /* the mxcsr bits this CPU has */
	uint8_t st[8][16];   /* st(0) .. st(7), 80 bits each */
	uint8_t xmm[8][16];  /* xmm0 .. xmm7 */
	uint8_t reserved[224];
} __attribute__((aligned(16)));

struct kmcontext {
	uint32_t gregs[NGREG];
	uint32_t fpregs;  /* the saved struct kfpstate, or 0: FPU unused */
	uint32_t oldmask; /* the blocked set before the handler */
	uint32_t cr2;	  /* the faulting address of a page fault */
};

/* The interrupted state, the third argument of an SA_SIGINFO handler. */
struct kucontext {
	uint32_t uc_flags;
	uint32_t uc_link;
	struct kstack uc_stack;
	struct kmcontext uc_mcontext;
	uint32_t uc_sigmask; /* restored by sigreturn */
};

/*
 * The frame the kernel builds on the user stack for a handler, lowest
 * address first: the handler is entered as if called with (signo, info,
 * uc) and returns to restorer, which calls sigreturn.
 */
struct ksigframe {
	uint32_t retaddr; /* the restorer */
	int32_t signo;
	uint32_t info; /* &this->si */
	uint32_t uc;   /* &this->ucontext */
	struct ksiginfo si;
	struct kucontext ucontext;
};

/* Interval timers. */
#define ITIMER_REAL    0 /* real time: SIGALRM */
#define ITIMER_VIRTUAL 1 /* user time of the process: SIGVTALRM */
#define ITIMER_PROF    2 /* not supported: EINVAL */
struct ktimeval {
	int32_t tv_sec;
	int32_t tv_usec;
};
struct kitimerval {
	struct ktimeval it_interval;
	struct ktimeval it_value;
};
struct ktimespec {
	int32_t tv_sec;
	int32_t tv_nsec;
};

/* The clocks clock_gettime reads (Linux's numbers). */
#define CLOCK_REALTIME	0 /* seconds since 1970-01-01 00:00 UTC */
#define CLOCK_MONOTONIC 1 /* seconds since boot: never set back */

#endif
