// Masked signals stay pending and arrive once when unmasked: five raise()s
// of a blocked signal, and three kill()s from a child, give one delivery
// each, at the sigprocmask that unblocks them; several different blocked
// signals all arrive, lowest number first; sigpending shows exactly the
// blocked pending set; ignoring a pending signal discards it; the mask a
// handler ran with (its own signal and sa_mask added) is gone after it.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static volatile int hits[NSIG], order[8], norder;
static volatile sigset_t mask_inside;

static void on_sig(int sig)
{
	hits[sig]++;
	if (norder < 8)
		order[norder++] = sig;
	sigprocmask(SIG_BLOCK, NULL, (sigset_t *)&mask_inside);
}

static void handle(int sig, sigset_t mask)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sig;
	sa.sa_mask = mask;
	sigaction(sig, &sa, NULL);
}

static sigset_t set_of(int a, int b, int c)
{
	sigset_t s;

	sigemptyset(&s);
	if (a)
		sigaddset(&s, a);
	if (b)
		sigaddset(&s, b);
	if (c)
		sigaddset(&s, c);
	return s;
}

static void reset(void)
{
	memset((void *)hits, 0, sizeof(hits));
	norder = 0;
}

int main(void)
{
	sigset_t usr1 = set_of(SIGUSR1, 0, 0), three, pend, old, cur;
	int pid, st;

	handle(SIGUSR1, set_of(SIGTERM, 0, 0));
	handle(SIGUSR2, 0);
	handle(SIGHUP, 0);
	handle(SIGTERM, 0);

	check_ok("block SIGUSR1", sigprocmask(SIG_BLOCK, &usr1, &old));
	check(old == 0, "the mask was empty before (0x%x)", old);
	for (int i = 0; i < 5; i++)
		raise(SIGUSR1);
	check(hits[SIGUSR1] == 0, "five raise()s while blocked: no handler");
	sigpending(&pend);
	check(pend == usr1, "sigpending: exactly SIGUSR1 (0x%x)", pend);
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
	check(hits[SIGUSR1] == 1,
	      "unblocked: one delivery for the five (%d), before "
	      "sigprocmask returned",
	      hits[SIGUSR1]);
	check(mask_inside == set_of(SIGUSR1, SIGTERM, 0),
	      "inside the handler the mask was SIGUSR1 + its sa_mask "
	      "SIGTERM (0x%x)",
	      mask_inside);
	sigprocmask(SIG_BLOCK, NULL, &cur);
	check(cur == 0, "after it the mask is empty again (0x%x)", cur);
	sigpending(&pend);
	check(pend == 0, "nothing pending (0x%x)", pend);

	reset();
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	pid = fork();
	if (pid == 0) {
		for (int i = 0; i < 3; i++)
			kill(getppid(), SIGUSR1);
		_exit(0);
	}
	waitpid(pid, &st, 0);
	check(hits[SIGUSR1] == 0, "three kill()s from a child: no handler");
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
	check(hits[SIGUSR1] == 1, "unblocked: one delivery (%d)",
	      hits[SIGUSR1]);

	reset();
	three = set_of(SIGHUP, SIGUSR2, SIGTERM);
	sigprocmask(SIG_BLOCK, &three, NULL);
	raise(SIGTERM);
	raise(SIGUSR2);
	raise(SIGHUP);
	raise(SIGUSR2);
	sigpending(&pend);
	check(pend == three, "three signals pending (0x%x)", pend);
	sigprocmask(SIG_SETMASK, &usr1, NULL); /* unblock the three */
	check(hits[SIGHUP] == 1 && hits[SIGUSR2] == 1 && hits[SIGTERM] == 1,
	      "each arrived once: HUP %d USR2 %d TERM %d", hits[SIGHUP],
	      hits[SIGUSR2], hits[SIGTERM]);
	check(norder == 3 && order[0] == SIGHUP && order[1] == SIGUSR2 &&
		      order[2] == SIGTERM,
	      "lowest first: %d %d %d", order[0], order[1], order[2]);
	sigprocmask(SIG_BLOCK, NULL, &cur);
	check(cur == usr1, "the mask is what SIG_SETMASK set (0x%x)", cur);

	reset();
	raise(SIGUSR1);
	signal(SIGUSR1, SIG_IGN);
	sigpending(&pend);
	check(pend == 0, "ignoring a pending signal discards it (0x%x)", pend);
	handle(SIGUSR1, 0);
	sigprocmask(SIG_SETMASK, &cur, NULL);
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
	check(hits[SIGUSR1] == 0, "and it never arrives");

	/* Not blocked, a signal that is pending is not reported. */
	raise(SIGUSR1);
	sigpending(&pend);
	check(hits[SIGUSR1] == 1 && pend == 0,
	      "an unblocked signal is taken at once (%d) and not pending",
	      hits[SIGUSR1]);
	check_err("sigprocmask(how 7)", sigprocmask(7, &usr1, NULL), EINVAL);
	return check_done();
}
