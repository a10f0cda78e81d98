// Stop and continue. SIGSTOP stops a child that writes a byte every
// 10 ms: waitpid(WUNTRACED) reports WIFSTOPPED with WSTOPSIG SIGSTOP
// (once), nothing comes while it is stopped, SIGCONT makes waitpid
// (WCONTINUED) report WIFCONTINUED (once) and the bytes flow again;
// SIGTSTP stops it the same way by default; a SIGTERM sent while it is
// stopped waits for the SIGCONT and then ends it; SIGKILL ends a stopped
// child at once. The parent's SIGCHLD handler hears of the stop
// (CLD_STOPPED, si_status the signal), but not under SA_NOCLDSTOP. A
// child blocked in a pipe read, stopped and continued with no handler
// involved, goes on waiting and gets the data: the stop is not an error
// (no EINTR). A handled signal sent to a stopped child waits for the
// SIGCONT, and then runs, as does the child's SIGCONT handler.
// expect: exit 0
// icount: yes
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/time.h>
#include <sys/wait.h>
#include "check.h"

static volatile int alarms, chld_code, chld_status, chld_pid, chlds;

static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

static void on_chld(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	chlds++;
	chld_code = si->si_code;
	chld_status = si->si_status;
	chld_pid = si->si_pid;
}

/* Reads one byte from fd, or gives up after ms: 1, or 0 if none came. */
static int byte_within(int fd, int ms)
{
	struct itimerval it = {{0, 0}, {0, ms * 1000}}, off = {{0, 0}, {0, 0}};
	struct sigaction sa;
	char c;
	int r;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	setitimer(ITIMER_REAL, &it, NULL);
	r = (int)read(fd, &c, 1);
	setitimer(ITIMER_REAL, &off, NULL);
	return r == 1;
}

/* Reads whatever the pipe holds now (the child writes one at a time). */
static void drain(int fd)
{
	while (byte_within(fd, 20))
		;
}

static void catch_chld(int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_chld;
	sa.sa_flags = SA_SIGINFO | SA_RESTART | flags;
	sigaction(SIGCHLD, &sa, NULL);
	chlds = 0;
}

static void stop_and_go(int pid, int fd, int sig)
{
	int r, st = 0;

	kill(pid, sig);
	r = waitpid(pid, &st, WUNTRACED);
	check(r == pid && WIFSTOPPED(st) && WSTOPSIG(st) == sig,
	      "%s: waitpid(WUNTRACED) says stopped by %s (status 0x%x)",
	      signame(sig), signame(WSTOPSIG(st)), st);
	check(chlds == 1 && chld_code == CLD_STOPPED && chld_status == sig &&
		      chld_pid == pid,
	      "SIGCHLD: code %d status %d pid %d", chld_code, chld_status,
	      chld_pid);
	r = waitpid(pid, &st, WUNTRACED | WNOHANG);
	check(r == 0, "reported once: waitpid(WNOHANG) now returns %d", r);
	drain(fd);
	check(!byte_within(fd, 100), "nothing from it in 100 ms");
	kill(pid, SIGCONT);
	r = waitpid(pid, &st, WCONTINUED);
	check(r == pid && WIFCONTINUED(st),
	      "SIGCONT: waitpid(WCONTINUED) says continued (status 0x%x)", st);
	check(byte_within(fd, 100), "and it writes again");
	chlds = 0;
}

static int spawn_writer(int fds[2])
{
	int pid;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		for (;;) {
			write(fds[1], "b", 1);
			usleep(10000);
		}
	}
	close(fds[1]);
	return pid;
}

static void test_stop_continue(void)
{
	int fds[2], pid, st = 0, r;

	catch_chld(0);
	pid = spawn_writer(fds);
	check(byte_within(fds[0], 100), "the child writes");
	stop_and_go(pid, fds[0], SIGSTOP);
	stop_and_go(pid, fds[0], SIGTSTP);

	kill(pid, SIGSTOP);
	waitpid(pid, &st, WUNTRACED);
	kill(pid, SIGTERM);
	usleep(50000);
	r = waitpid(pid, &st, WNOHANG);
	check(r == 0, "SIGTERM while stopped: still there (%d)", r);
	kill(pid, SIGCONT);
	r = waitpid(pid, &st, 0);
	check(r == pid && WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM,
	      "after SIGCONT the pending SIGTERM ends it (status 0x%x)", st);
	close(fds[0]);

	pid = spawn_writer(fds);
	kill(pid, SIGSTOP);
	waitpid(pid, &st, WUNTRACED);
	kill(pid, SIGKILL);
	r = waitpid(pid, &st, 0);
	check(r == pid && WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL,
	      "SIGKILL ends a stopped child (status 0x%x)", st);
	close(fds[0]);
}

static void test_nocldstop(void)
{
	int fds[2], pid, st = 0;

	catch_chld(SA_NOCLDSTOP);
	pid = spawn_writer(fds);
	kill(pid, SIGSTOP);
	waitpid(pid, &st, WUNTRACED);
	check(WIFSTOPPED(st) && chlds == 0,
	      "SA_NOCLDSTOP: stopped, and no SIGCHLD for it (%d)", chlds);
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	check(chlds == 1 && chld_code == CLD_KILLED && chld_status == SIGKILL,
	      "but one for its death: code %d status %d", chld_code,
	      chld_status);
	close(fds[0]);
	signal(SIGCHLD, SIG_DFL);
}

/* A read that a stop and a continue come through, with no handler. */
static void test_read_survives_stop(void)
{
	int fds[2], pid, st = 0;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		char c = 0;
		int r;

		close(fds[1]);
		r = (int)read(fds[0], &c, 1);
		if (r == 1 && c == 'x')
			_exit(0);
		printf("child: read returned %d errno %s\n", r, errname(errno));
		_exit(1);
	}
	close(fds[0]);
	usleep(50000); /* it is in read() now */
	kill(pid, SIGSTOP);
	waitpid(pid, &st, WUNTRACED);
	kill(pid, SIGCONT);
	waitpid(pid, &st, WCONTINUED);
	usleep(50000);
	write(fds[1], "x", 1);
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "a read stopped and continued went on and got the byte "
	      "(status 0x%x)",
	      st);
	close(fds[1]);
}

static int report_fd;

static void tell(int sig)
{
	write(report_fd, sig == SIGCONT ? "c" : "u", 1);
}

/* Handlers of a stopped child run once it continues. */
static void test_handlers_wait(void)
{
	int fds[2], pid, st = 0;
	char got[3] = "";

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		report_fd = fds[1];
		signal(SIGUSR1, tell);
		signal(SIGCONT, tell);
		write(fds[1], "r", 1);
		for (;;)
			pause();
	}
	close(fds[1]);
	read(fds[0], got, 1);
	kill(pid, SIGSTOP);
	waitpid(pid, &st, WUNTRACED);
	kill(pid, SIGUSR1);
	check(!byte_within(fds[0], 100),
	      "a stopped child does not run its SIGUSR1 handler");
	kill(pid, SIGCONT);
	read(fds[0], got, 1);
	read(fds[0], got + 1, 1);
	/* SIGUSR1's frame comes first (lowest number), but SIGCONT's
	 * handler runs on top of it at its first system call: "cu". */
	check(strcmp(got, "cu") == 0 || strcmp(got, "uc") == 0,
	      "continued, it ran both handlers (%s)", got);
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	close(fds[0]);
}

int main(void)
{
	test_stop_continue();
	test_nocldstop();
	test_read_survives_stop();
	test_handlers_wait();
	return check_done();
}
