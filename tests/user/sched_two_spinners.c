// Two spinning children both make progress; the parent still runs.
// expect: exit 0
// expect-output: ^parent: read 40 progress marks: A \d+, B \d+$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 30
//
// Each child spins (no system calls) and writes a mark to a shared pipe
// every few million iterations. If one of them were never rescheduled,
// the parent would see only the other's marks.
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define MARKS 40
#define SPIN  (1u << 21)

static void spinner(int wfd, char mark)
{
	for (;;) {
		for (volatile unsigned i = 0; i < SPIN; i++)
			;
		write(wfd, &mark, 1);
	}
}

int main(void)
{
	int fds[2], pids[2], st, na = 0, nb = 0;
	char c;

	pipe(fds);
	for (int i = 0; i < 2; i++) {
		pids[i] = fork();
		if (pids[i] == 0) {
			close(fds[0]);
			spinner(fds[1], "AB"[i]);
		}
		if (!check_ok("fork", pids[i]))
			return check_done();
	}
	close(fds[1]);
	for (int i = 0; i < MARKS && read(fds[0], &c, 1) == 1; i++) {
		na += c == 'A';
		nb += c == 'B';
	}
	printf("parent: read %d progress marks: A %d, B %d\n", na + nb, na, nb);
	check(na >= MARKS / 5 && nb >= MARKS / 5,
	      "both children progressed (at least %d marks each)", MARKS / 5);
	for (int i = 0; i < 2; i++) {
		kill(pids[i], SIGKILL);
		check(waitpid(pids[i], &st, 0) == pids[i] && WIFSIGNALED(st) &&
			      WTERMSIG(st) == SIGKILL,
		      "spinner %c killed by SIGKILL", "AB"[i]);
	}
	close(fds[0]);
	return check_done();
}
