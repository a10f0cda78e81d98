// Tests that a pipe keeps bytes in order across many writes of varying sizes.
// expect: exit 0
// expect-output: ^reader: 100000 bytes in order$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define TOTAL 100000

static unsigned char pattern(int i)
{
	return (unsigned char)(i % 251);
}

int main(void)
{
	int fds[2], pid, st = -1, got = 0, bad = -1, n;
	unsigned char buf[700];

	check_ok("pipe", pipe(fds));
	pid = fork();
	if (pid == 0) {
		int sent = 0, size = 1;

		close(fds[0]);
		while (sent < TOTAL) {
			int k = size < TOTAL - sent ? size : TOTAL - sent;

			for (int j = 0; j < k; j++)
				buf[j] = pattern(sent + j);
			if (write(fds[1], buf, k) != k)
				_exit(1);
			sent += k;
			size = size * 7 % 691 + 1; /* 1..691, irregular */
		}
		_exit(0);
	}
	if (!check_ok("fork", pid))
		return check_done();
	close(fds[1]);
	while ((n = read(fds[0], buf, 333)) > 0) {
		for (int j = 0; j < n && bad < 0; j++)
			if (buf[j] != pattern(got + j))
				bad = got + j;
		got += n;
	}
	check(n == 0, "read ends with 0 (EOF)");
	check(bad < 0, "every byte in order (first bad at %d)", bad);
	check(got == TOTAL, "received %d bytes, expected %d", got, TOTAL);
	if (bad < 0 && got == TOTAL)
		printf("reader: %d bytes in order\n", got);
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0, "writer wrote everything");
	return check_done();
}
