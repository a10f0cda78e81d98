// O_ASYNC: the owner of a pipe's read end gets SIGIO when data arrives
// (and at end of file), and only then; F_GETFL/F_GETOWN report the
// settings; /bin/asyncio computes and reads only when told.
// expect: exit 0
// expect-output: ^asyncio: told by SIGIO, read: message 1$
// expect-output: ^asyncio: told by SIGIO, read: message 3$
// expect-output: ^asyncio: \d+ SIGIO, \d+ primes found meanwhile
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static volatile int nsigio;

static void on_sigio(int sig)
{
	(void)sig;
	nsigio++;
}

static void run_demo(void)
{
	char *argv[] = {"asyncio", NULL};
	int pid = fork(), st = -1;

	if (pid == 0) {
		execv("/bin/asyncio", argv);
		_exit(127);
	}
	check(waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
		      WEXITSTATUS(st) == 0,
	      "/bin/asyncio ran and exited 0 (status 0x%x)", st);
}

int main(void)
{
	int fds[2];

	signal(SIGIO, on_sigio);
	pipe(fds);
	write(fds[1], "x", 1);
	check(nsigio == 0, "no O_ASYNC: no SIGIO");
	check(fcntl(fds[0], F_SETOWN, getpid()) == 0 &&
		      fcntl(fds[0], F_GETOWN) == getpid(),
	      "F_SETOWN / F_GETOWN");
	check(fcntl(fds[0], F_SETFL, O_ASYNC) == 0 &&
		      (fcntl(fds[0], F_GETFL) & O_ASYNC),
	      "F_SETFL O_ASYNC is kept");
	write(fds[1], "y", 1);
	check(nsigio == 1, "a write to the pipe sent one SIGIO (%d)", nsigio);
	close(fds[1]);
	check(nsigio == 2, "end of file sent one more (%d)", nsigio);
	check_err("fcntl on a closed fd", fcntl(fds[1], F_GETFL), EBADF);
	{
		char c[4];
		int n;
		fcntl(fds[0], F_SETFL, O_NONBLOCK);
		n = read(fds[0], c, sizeof(c));
		check(n == 2, "the two bytes are there to read (%d)", n);
		check(read(fds[0], c, sizeof(c)) == 0, "then end of file");
	}
	check_err("an unknown command", fcntl(fds[0], 12345, 0), EINVAL);
	close(fds[0]);
	pipe(fds);
	fcntl(fds[0], F_SETFL, O_NONBLOCK);
	{
		char c;
		check_err("an empty pipe with O_NONBLOCK", read(fds[0], &c, 1),
			  EAGAIN);
	}
	close(fds[0]);
	close(fds[1]);
	run_demo();
	return check_done();
}
