// Signals across execv: the program sets up its signals and runs itself
// again (/test/sig_exec with the argument "after"), which checks what came
// through. A handled signal (SIGUSR1) is back to SIG_DFL, flags and all,
// and its default action now ends a child; an ignored one (SIGUSR2) stays
// ignored; the blocked set (SIGTERM, SIGINT) is kept, and so is the
// pending SIGTERM, which arrives when the new program unblocks it; the
// alternate stack is gone; the ITIMER_REAL armed before goes on.
// expect: exit 0
// expect-output: ^before execv$
// expect-output: ^after execv$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/time.h>
#include <sys/wait.h>
#include "check.h"

#define BIT(sig) (1u << ((sig)-1))

static char altstk[SIGSTKSZ];
static volatile int term_hits;

static void on_sig(int sig)
{
	if (sig == SIGTERM)
		term_hits++;
}

static int before(void)
{
	struct sigaction sa;
	struct itimerval it = {{0, 0}, {60, 0}};
	stack_t ss = {(uint32_t)(uintptr_t)altstk, 0, sizeof(altstk)};
	sigset_t set;
	char *av[] = {"sig_exec", "after", NULL};

	printf("before execv\n");
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sig;
	sa.sa_flags = SA_RESTART | SA_ONSTACK | SA_NODEFER;
	sigaddset(&sa.sa_mask, SIGHUP);
	sigaction(SIGUSR1, &sa, NULL);
	signal(SIGUSR2, SIG_IGN);
	sigaltstack(&ss, NULL);
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigprocmask(SIG_BLOCK, &set, NULL);
	raise(SIGTERM); /* stays pending */
	setitimer(ITIMER_REAL, &it, NULL);
	execv("/test/sig_exec", av);
	printf("FAIL: execv returned, errno %s\n", errname(errno));
	return 1;
}

static int after(void)
{
	struct sigaction old;
	struct itimerval it;
	stack_t ss;
	sigset_t mask, pend, term;
	int pid, st = 0;

	printf("after execv\n");
	sigaction(SIGUSR1, NULL, &old);
	check(old.sa_handler == SIG_DFL && old.sa_flags == 0 &&
		      old.sa_mask == 0,
	      "the handled SIGUSR1 is SIG_DFL again (flags 0x%x mask 0x%x)",
	      old.sa_flags, old.sa_mask);
	sigaction(SIGUSR2, NULL, &old);
	check(old.sa_handler == SIG_IGN, "the ignored SIGUSR2 stays ignored");
	sigprocmask(SIG_BLOCK, NULL, &mask);
	check(mask == (BIT(SIGTERM) | BIT(SIGINT)),
	      "the mask is kept: SIGTERM and SIGINT (0x%x)", mask);
	sigpending(&pend);
	check(pend == BIT(SIGTERM), "SIGTERM is still pending (0x%x)", pend);
	sigaltstack(NULL, &ss);
	check(ss.ss_flags == SS_DISABLE, "no alternate stack (flags 0x%x)",
	      ss.ss_flags);
	getitimer(ITIMER_REAL, &it);
	check(it.it_value.tv_sec > 50 && it.it_value.tv_sec <= 60,
	      "the ITIMER_REAL goes on (%d s left)", it.it_value.tv_sec);

	raise(SIGUSR2);
	check(1, "raise(SIGUSR2): still here");
	pid = fork();
	if (pid == 0) {
		raise(SIGUSR1);
		_exit(0);
	}
	waitpid(pid, &st, 0);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGUSR1,
	      "SIGUSR1's default action ends a child (status 0x%x)", st);

	signal(SIGTERM, on_sig);
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	sigprocmask(SIG_UNBLOCK, &term, NULL);
	check(term_hits == 1,
	      "unblocked, the SIGTERM raised before execv arrived (%d)",
	      term_hits);
	it.it_value.tv_sec = it.it_value.tv_usec = 0;
	setitimer(ITIMER_REAL, &it, NULL);
	return check_done();
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "after") == 0)
		return after();
	return before();
}
