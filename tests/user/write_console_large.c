// One write of 8000 bytes to the console returns 8000 and prints them all.
// expect: exit 0
// expect-output: ^x{98}\|$
// expect-output: ^ok: write returned 8000$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static char buf[8000];

int main(void)
{
	int r;

	/* 80 lines of 98 'x', a '|' and a newline. */
	memset(buf, 'x', sizeof(buf));
	for (int i = 99; i < (int)sizeof(buf); i += 100) {
		buf[i - 1] = '|';
		buf[i] = '\n';
	}
	r = write(1, buf, sizeof(buf));
	check(r == (int)sizeof(buf), "write returned %d", r);
	return check_done();
}
