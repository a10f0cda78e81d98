// Upcalls: a handler runs for raise(), gets siginfo and the saved
// registers (SA_SIGINFO), and the program goes on after it returns;
// blocked signals stay pending until unblocked; SIGSEGV from a bad write
// reaches a handler with si_addr, which siglongjmps out.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <ucontext.h>
#include <unistd.h>
#include "check.h"

static volatile int hits, last_sig, last_code, last_pid;
static volatile uint32_t last_addr, saved_eip;
static sigjmp_buf escape;

static void on_usr1(int sig)
{
	hits++;
	last_sig = sig;
}

static void on_info(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	last_sig = sig;
	last_code = si->si_code;
	last_pid = si->si_pid;
	saved_eip = uc->uc_mcontext.gregs[REG_EIP];
}

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	last_sig = sig;
	last_addr = si->si_addr;
	siglongjmp(escape, 1);
}

int main(void)
{
	struct sigaction sa = {0};
	sigset_t set, pend;

	check(signal(SIGUSR1, on_usr1) != SIG_ERR, "signal(SIGUSR1)");
	raise(SIGUSR1);
	check(hits == 1 && last_sig == SIGUSR1,
	      "the handler ran once for raise (hits %d)", hits);

	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO;
	check_ok("sigaction(SIGUSR2, SA_SIGINFO)", sigaction(SIGUSR2, &sa, 0));
	kill(getpid(), SIGUSR2);
	check(last_sig == SIGUSR2 && last_code == SI_USER &&
		      last_pid == getpid(),
	      "siginfo: signo %d code %d pid %d", last_sig, last_code,
	      last_pid);
	check(saved_eip != 0, "the ucontext held the interrupted eip 0x%x",
	      saved_eip);

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	check_ok("block SIGUSR1", sigprocmask(SIG_BLOCK, &set, 0));
	raise(SIGUSR1);
	check(hits == 1, "blocked: the handler did not run");
	check(sigpending(&pend) == 0 && sigismember(&pend, SIGUSR1),
	      "SIGUSR1 is pending");
	check_ok("unblock", sigprocmask(SIG_UNBLOCK, &set, 0));
	check(hits == 2, "unblocked: it ran once (hits %d)", hits);

	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	check_ok("sigaction(SIGSEGV)", sigaction(SIGSEGV, &sa, 0));
	if (sigsetjmp(escape, 1) == 0) {
		*(volatile int *)0xc0001000 = 1; /* kernel memory */
		check(0, "the write to kernel memory went through");
	}
	check(last_sig == SIGSEGV, "SIGSEGV was caught");
	check(last_addr == 0xc0001000 || last_addr == 0, "si_addr 0x%x",
	      last_addr);
	return check_done();
}
