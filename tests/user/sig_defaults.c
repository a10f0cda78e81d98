// Default actions and the signals that cannot be changed. sigaction on
// SIGKILL or SIGSTOP with any action (a handler, SIG_IGN, even SIG_DFL)
// fails with EINVAL, reading it works; sigprocmask and sigsuspend leave
// them out of the mask without a word; a child that blocks and ignores
// every other signal and waits in sigsuspend with a full mask still
// stops at SIGSTOP, continues at SIGCONT (which it ignores) and dies of
// SIGKILL. SIGCHLD is ignored by default: a child's exit does not cut a
// nanosleep short, and nothing is left pending; with a handler it does
// (EINTR) and the handler hears CLD_EXITED or CLD_KILLED. SIGURG and
// SIGWINCH are ignored by default; SIGHUP, SIGUSR1, SIGALRM, SIGTERM and
// SIGVTALRM end the process. Bad signal numbers are EINVAL.
// expect: exit 0
// icount: yes
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define BIT(sig) (1u << ((sig)-1))

static void nothing(int sig)
{
	(void)sig;
}

static void test_cannot_change(void)
{
	static const int sigs[] = {SIGKILL, SIGSTOP};
	struct sigaction sa, old;
	sigset_t all, cur;
	char what[64];

	for (int i = 0; i < 2; i++) {
		int sig = sigs[i];

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = nothing;
		snprintf(what, sizeof(what), "sigaction(%s, handler)",
			 signame(sig));
		check_err(what, sigaction(sig, &sa, NULL), EINVAL);
		sa.sa_handler = SIG_IGN;
		snprintf(what, sizeof(what), "sigaction(%s, SIG_IGN)",
			 signame(sig));
		check_err(what, sigaction(sig, &sa, NULL), EINVAL);
		sa.sa_handler = SIG_DFL;
		snprintf(what, sizeof(what), "sigaction(%s, SIG_DFL)",
			 signame(sig));
		check_err(what, sigaction(sig, &sa, NULL), EINVAL);
		old.sa_handler = nothing;
		check(sigaction(sig, NULL, &old) == 0 &&
			      old.sa_handler == SIG_DFL,
		      "sigaction(%s, NULL, &old): SIG_DFL", signame(sig));
		check(signal(sig, SIG_IGN) == SIG_ERR,
		      "signal(%s, SIG_IGN): SIG_ERR", signame(sig));
	}
	sigfillset(&all);
	sigprocmask(SIG_SETMASK, &all, NULL);
	sigprocmask(SIG_BLOCK, NULL, &cur);
	check(cur == (0x7fffffffu & ~(BIT(SIGKILL) | BIT(SIGSTOP))),
	      "SIG_SETMASK with every signal: all but SIGKILL and SIGSTOP "
	      "(0x%x)",
	      cur);
	sigemptyset(&cur);
	sigprocmask(SIG_SETMASK, &cur, NULL);
	check_err("sigaction(0)", sigaction(0, NULL, NULL), EINVAL);
	check_err("sigaction(NSIG)", sigaction(NSIG, NULL, NULL), EINVAL);
	check_err("kill(self, NSIG)", kill(getpid(), NSIG), EINVAL);
	check_err("sigaddset(NSIG)", sigaddset(&cur, NSIG), EINVAL);
}

/* A child that blocks and ignores all it can, in sigsuspend. */
static void test_cannot_escape(void)
{
	int pid, st = 0, r, fds[2];
	char c;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		sigset_t all;

		sigfillset(&all);
		sigprocmask(SIG_SETMASK, &all, NULL);
		for (int sig = 1; sig < NSIG; sig++)
			if (sig != SIGKILL && sig != SIGSTOP)
				signal(sig, SIG_IGN);
		write(fds[1], "r", 1);
		for (;;)
			sigsuspend(&all);
	}
	read(fds[0], &c, 1);
	kill(pid, SIGSTOP);
	r = waitpid(pid, &st, WUNTRACED);
	check(r == pid && WIFSTOPPED(st) && WSTOPSIG(st) == SIGSTOP,
	      "everything blocked and ignored: SIGSTOP still stops it "
	      "(status 0x%x)",
	      st);
	kill(pid, SIGCONT);
	r = waitpid(pid, &st, WCONTINUED);
	check(r == pid && WIFCONTINUED(st),
	      "SIGCONT, ignored and blocked, still continues it (status 0x%x)",
	      st);
	kill(pid, SIGKILL);
	r = waitpid(pid, &st, 0);
	check(r == pid && WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL,
	      "and SIGKILL ends it, in sigsuspend with a full mask (status "
	      "0x%x)",
	      st);
	close(fds[0]);
	close(fds[1]);
}

static volatile int chld_hits, chld_code, chld_status, chld_pid;

static void on_chld(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	chld_hits++;
	chld_code = si->si_code;
	chld_status = si->si_status;
	chld_pid = si->si_pid;
}

static void test_sigchld(void)
{
	struct timespec req = {0, 200000000}, rem;
	struct sigaction sa;
	sigset_t pend;
	int pid, r, st = 0;

	pid = fork();
	if (pid == 0) {
		usleep(50000);
		_exit(3);
	}
	r = nanosleep(&req, &rem);
	check(r == 0,
	      "SIGCHLD by default: a child's exit did not cut the "
	      "sleep short (%d)",
	      r);
	sigpending(&pend);
	check(pend == 0, "and left nothing pending (0x%x)", pend);
	check(waitpid(pid, &st, 0) == pid && WEXITSTATUS(st) == 3,
	      "the child is there to reap");

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_chld;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGCHLD, &sa, NULL);
	pid = fork();
	if (pid == 0) {
		usleep(50000);
		_exit(3);
	}
	r = nanosleep(&req, &rem);
	check(r == -1 && errno == EINTR && chld_hits == 1 &&
		      chld_code == CLD_EXITED && chld_status == 3 &&
		      chld_pid == pid,
	      "with a handler: the sleep ends, EINTR; CLD_EXITED status %d "
	      "pid %d",
	      chld_status, chld_pid);
	waitpid(pid, &st, 0);

	pid = fork();
	if (pid == 0)
		for (;;)
			pause();
	kill(pid, SIGTERM);
	waitpid(pid, &st, 0);
	check(chld_hits == 2 && chld_code == CLD_KILLED &&
		      chld_status == SIGTERM,
	      "a child killed by SIGTERM: CLD_KILLED status %d", chld_status);
	signal(SIGCHLD, SIG_DFL);
}

static void test_default_actions(void)
{
	static const struct {
		int sig, dies;
	} cases[] = {
		{SIGURG, 0},  {SIGWINCH, 0}, {SIGHUP, 1},    {SIGUSR1, 1},
		{SIGALRM, 1}, {SIGTERM, 1},  {SIGVTALRM, 1},
	};

	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int sig = cases[i].sig, pid, st = 0;

		pid = fork();
		if (pid == 0) {
			raise(sig);
			_exit(0);
		}
		waitpid(pid, &st, 0);
		if (cases[i].dies)
			check(WIFSIGNALED(st) && WTERMSIG(st) == sig,
			      "%s by default: ends the process (status 0x%x)",
			      signame(sig), st);
		else
			check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
			      "%s by default: ignored (status 0x%x)",
			      signame(sig), st);
	}
}

int main(void)
{
	test_cannot_change();
	test_cannot_escape();
	test_sigchld();
	test_default_actions();
	return check_done();
}
