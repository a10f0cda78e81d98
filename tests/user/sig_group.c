// kill(0, sig) reaches every process of the caller's group, the caller
// too, and no one outside it; kill(-pgid, sig) reaches every process of
// group pgid (here two children killed by SIGTERM's default action) and
// not the caller in another group; kill(-pgid) with no such group is
// ESRCH; kill(pid, 0) only checks that pid exists.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static volatile int usr1, usr2, term;

static void on_sig(int sig)
{
	if (sig == SIGUSR1)
		usr1++;
	else if (sig == SIGUSR2)
		usr2++;
	else if (sig == SIGTERM)
		term++;
}

/*
 * A child that tells the parent it is ready on fd, then waits for
 * SIGUSR2 and exits with how many SIGUSR1s it got (plus 0x10).
 */
static int waiter(int fd)
{
	int pid = fork();

	if (pid == 0) {
		sigset_t none;

		sigemptyset(&none);
		write(fd, "r", 1);
		while (usr2 == 0)
			sigsuspend(&none);
		_exit(0x10 + usr1);
	}
	return pid;
}

static int exit_code(int pid)
{
	int st = 0;

	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

static void test_kill_zero(int fds[2])
{
	sigset_t block, old;
	int a, b, c;
	char ch;

	/* Block SIGUSR2 around the forks, so none is lost before a child
	 * waits for it (sigsuspend unblocks it). */
	sigemptyset(&block);
	sigaddset(&block, SIGUSR2);
	sigprocmask(SIG_BLOCK, &block, &old);
	a = waiter(fds[1]);
	b = waiter(fds[1]);
	c = waiter(fds[1]);
	setpgid(c, c); /* outside our group */
	for (int i = 0; i < 3; i++)
		read(fds[0], &ch, 1);
	sigprocmask(SIG_SETMASK, &old, NULL);

	check_ok("kill(0, SIGUSR1)", kill(0, SIGUSR1));
	check(usr1 == 1, "the caller got it too (%d)", usr1);
	kill(a, SIGUSR2);
	kill(b, SIGUSR2);
	kill(c, SIGUSR2);
	check(exit_code(a) == 0x11 && exit_code(b) == 0x11,
	      "both children in the group (%d %d) got one SIGUSR1", a, b);
	check(exit_code(c) == 0x10, "the child in its own group (%d) none", c);
}

static void test_kill_group(void)
{
	int d, e, st = 0, r;

	/* The children take SIGTERM's default action; we keep a handler. */
	signal(SIGTERM, SIG_DFL);
	d = fork();
	if (d == 0)
		for (;;)
			pause();
	e = fork();
	if (e == 0)
		for (;;)
			pause();
	signal(SIGTERM, on_sig);
	check_ok("setpgid(d, d)", setpgid(d, d));
	check_ok("setpgid(e, d)", setpgid(e, d));
	check_ok("kill(-d, SIGTERM)", kill(-d, SIGTERM));
	r = waitpid(d, &st, 0);
	check(r == d && WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM,
	      "the group's leader died of SIGTERM (status 0x%x)", st);
	r = waitpid(e, &st, 0);
	check(r == e && WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM,
	      "and its other member too (status 0x%x)", st);
	check(term == 0, "the caller, in another group, did not get it");
	check_err("kill(-d, SIGTERM) with the group gone", kill(-d, SIGTERM),
		  ESRCH);
	check_ok("kill(self, 0)", kill(getpid(), 0));
	check_err("kill(d, 0) once d is reaped", kill(d, 0), ESRCH);
}

int main(void)
{
	int fds[2];

	signal(SIGUSR1, on_sig);
	signal(SIGUSR2, on_sig);
	signal(SIGTERM, on_sig);
	check_ok("setpgid(0, 0)", setpgid(0, 0));
	pipe(fds);
	test_kill_zero(fds);
	test_kill_group();
	return check_done();
}
