// Stop and continue cannot be seen by the process stopped: a nanosleep
// or a pipe read that SIGSTOP interrupts runs again after SIGCONT, with
// no EINTR, and the sleep still ends when it would have (the time spent
// stopped counts, as on Linux). waitpid with WUNTRACED reports the stop
// once, WCONTINUED the continue, and then the exit.
// expect: exit 0
// icount: yes
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

#define SLEEP_MS 600 /* the child's nanosleep */
#define STOP_AT	 200 /* ms after the fork: SIGSTOP */
#define STOP_FOR 200 /* ms stopped */

/* The child's side: one nanosleep, which must end as asked. */
static void sleeper(void)
{
	struct timespec req = {0, SLEEP_MS * 1000000}, rem = {0, 0};
	int t0 = uptime(), r, dt;

	r = nanosleep(&req, &rem);
	dt = uptime() - t0;
	check(r == 0, "child: nanosleep -> %d (errno %s), no EINTR", r,
	      r ? errname(errno) : "-");
	check(dt >= SLEEP_MS && dt <= SLEEP_MS + 50,
	      "child: the sleep took %d ms, %d..%d: it ended when it would "
	      "have, the time stopped included",
	      dt, SLEEP_MS, SLEEP_MS + 50);
	_exit(check_done());
}

/* The child's side: one read from the pipe, which must get the byte. */
static void reader(int fd)
{
	char c = 0;
	int r = read(fd, &c, 1);

	check(r == 1 && c == 'x', "child: read -> %d (errno %s) '%c'", r,
	      r < 0 ? errname(errno) : "-", c ? c : '?');
	_exit(check_done());
}

/* Stops child pid, checks the reports, and continues it after a while. */
static void stop_and_continue(int pid)
{
	int st = 0, r;

	check_ok("kill(child, SIGSTOP)", kill(pid, SIGSTOP));
	r = waitpid(pid, &st, WUNTRACED);
	check(r == pid && WIFSTOPPED(st) && WSTOPSIG(st) == SIGSTOP,
	      "waitpid WUNTRACED: stopped by SIGSTOP (-> %d, status 0x%x)", r,
	      st);
	r = waitpid(pid, &st, WUNTRACED | WNOHANG);
	check(r == 0, "the stop is reported once (then -> %d)", r);
	usleep(STOP_FOR * 1000);
	check_ok("kill(child, SIGCONT)", kill(pid, SIGCONT));
	r = waitpid(pid, &st, WCONTINUED);
	check(r == pid && WIFCONTINUED(st),
	      "waitpid WCONTINUED: continued (-> %d, status 0x%x)", r, st);
}

/* Waits for child pid's end, which must be exit 0 (its checks passed). */
static void check_exit(int pid, const char *who)
{
	int st = 0, r = waitpid(pid, &st, 0);

	check(r == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "%s exited 0 (-> %d, status 0x%x)", who, r, st);
}

int main(void)
{
	int pid, fds[2];

	pid = fork();
	if (pid == 0)
		sleeper();
	if (check_ok("fork the sleeper", pid)) {
		usleep(STOP_AT * 1000);
		stop_and_continue(pid);
		check_exit(pid, "the sleeper");
	}

	if (!check_ok("pipe", pipe(fds)))
		return check_done();
	pid = fork();
	if (pid == 0)
		reader(fds[0]);
	if (check_ok("fork the reader", pid)) {
		usleep(STOP_AT * 1000); /* it is blocked in read by now */
		stop_and_continue(pid);
		check_ok("write the byte", write(fds[1], "x", 1));
		check_exit(pid, "the reader");
	}
	return check_done();
}
