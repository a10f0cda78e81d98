// A handler rewrites the FPU state that sigreturn will load, each case
// in a child of its own: an mxcsr with reserved bits set (fxrstor would
// raise #GP inside the kernel) and fpregs pointing into the kernel or
// wrapping past 4 GiB are refused, and the child dies of SIGSEGV; x87
// garbage with every exception unmasked and pending is loaded, and the
// child's next x87 instruction raises SIGFPE in user mode; a good state
// at an odd address is taken as it is. The kernel survives all of them.
// expect: exit 0
// expect-output: ^ok: mxcsr 0xffffffff: child killed by SIGSEGV$
// expect-output: ^ok: fpregs in the kernel: child killed by SIGSEGV$
// expect-output: ^ok: fpregs wrapping past 4 GiB: child killed by SIGSEGV$
// expect-output: ^ok: x87 garbage, exceptions pending: child killed by SIGFPE$
// expect-output: ^ok: a good state at an odd address: restored$
// expect-output: ^all checks passed$
// expect-kernel: bad signal frame
// forbid-output: FAIL
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include "check.h"

#define CW_MINE 0x0e7f /* masked, 53-bit, round toward zero */

enum forge { BAD_MXCSR, KERNEL_PTR, WRAP_PTR, X87_GARBAGE, ODD_COPY };

static int how;
static char odd_copy[FPSTATE_SIZE + 1];

static void on_usr1(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	struct kfpstate *fp = (struct kfpstate *)uc->uc_mcontext.fpregs;

	(void)sig;
	(void)si;
	switch (how) {
	case BAD_MXCSR:
		fp->mxcsr = 0xffffffff;
		break;
	case KERNEL_PTR:
		uc->uc_mcontext.fpregs = 0xc0001000;
		break;
	case WRAP_PTR:
		uc->uc_mcontext.fpregs = 0xffffff00;
		break;
	case X87_GARBAGE:
		memset(fp, 0xff, sizeof(*fp));
		fp->fcw = 0x0040;   /* every exception unmasked */
		fp->fsw = 0x80bf;   /* ... and every one pending */
		fp->mxcsr = 0x1f80; /* a valid mxcsr */
		break;
	case ODD_COPY:
		memcpy(odd_copy + 1, fp, FPSTATE_SIZE);
		memset(fp, 0, sizeof(*fp)); /* the frame's own is not used */
		uc->uc_mcontext.fpregs = (uint32_t)(odd_copy + 1);
		break;
	}
}

static uint16_t get_cw(void)
{
	uint16_t cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

/* The child: uses the FPU, takes the signal, and reports what is left. */
static void child(int forge)
{
	uint16_t cw = CW_MINE;
	struct sigaction sa;

	how = forge;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_usr1;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);
	__asm__ volatile("fninit\n\t"
			 "fldcw %0" ::"m"(cw));
	raise(SIGUSR1);
	__asm__ volatile("fwait");
	_exit(get_cw() == CW_MINE ? 0 : 3);
}

static void run(const char *what, int forge, int sig)
{
	int pid = fork(), st = -1;

	if (pid == 0)
		child(forge);
	waitpid(pid, &st, 0);
	if (sig)
		check(WIFSIGNALED(st) && WTERMSIG(st) == sig,
		      "%s: child killed by %s", what, signame(sig));
	else
		check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s: restored",
		      what);
}

int main(void)
{
	run("mxcsr 0xffffffff", BAD_MXCSR, SIGSEGV);
	run("fpregs in the kernel", KERNEL_PTR, SIGSEGV);
	run("fpregs wrapping past 4 GiB", WRAP_PTR, SIGSEGV);
	run("x87 garbage, exceptions pending", X87_GARBAGE, SIGFPE);
	run("a good state at an odd address", ODD_COPY, 0);
	return check_done();
}
