// A writer blocks on a full pipe until the reader drains it.
// expect: exit 0
// expect-output: ^writer: write of 65536 bytes returned 65536 after \d+ ms$
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// The pipe buffer is smaller than 64 KiB (4096 bytes assumed, but the test
// does not depend on the size), and the reader starts only after 300 ms,
// so the writer must block.
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define TOTAL	 65536
#define DELAY_MS 300

static unsigned char data[TOTAL];

int main(void)
{
	int fds[2], pid, st = -1, t0, dt, r;

	for (int i = 0; i < TOTAL; i++)
		data[i] = (unsigned char)(i * 7 + i / 256);
	pipe(fds);
	pid = fork();
	if (pid == 0) {
		int got = 0, n;
		unsigned char buf[1000];

		close(fds[1]);
		usleep(DELAY_MS * 1000);
		while ((n = read(fds[0], buf, sizeof(buf))) > 0) {
			for (int j = 0; j < n; j++)
				if (got + j >= TOTAL || buf[j] != data[got + j])
					_exit(2);
			got += n;
		}
		_exit(got == TOTAL ? 0 : 3);
	}
	if (!check_ok("fork", pid))
		return check_done();
	close(fds[0]);
	t0 = uptime();
	r = write(fds[1], data, TOTAL);
	dt = uptime() - t0;
	printf("writer: write of %d bytes returned %d after %d ms\n", TOTAL, r,
	       dt);
	check(r == TOTAL, "write returned the whole count");
	check(dt >= DELAY_MS - 50, "the write blocked until the reader ran");
	close(fds[1]);
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "reader got all %d bytes in order (exit code %d)", TOTAL,
	      WEXITSTATUS(st));
	return check_done();
}
