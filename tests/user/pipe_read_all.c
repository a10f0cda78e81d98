// One read of a pipe returns all the data the pipe holds (up to the count
// asked for), not one kernel-sized chunk of it.
// expect: exit 0
// expect-output: ^ok: one read returned 3000 bytes$
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	static char out[3000], in[8000];
	int fds[2], n;

	memset(out, 'p', sizeof(out));
	if (pipe(fds) < 0 || write(fds[1], out, sizeof(out)) != sizeof(out)) {
		printf("FAIL: setup\n");
		return 1;
	}
	n = read(fds[0], in, sizeof(in));
	if (n != (int)sizeof(out) || memcmp(in, out, sizeof(out)) != 0) {
		printf("FAIL: read returned %d\n", n);
		return 1;
	}
	printf("ok: one read returned %d bytes\n", n);
	return 0;
}
