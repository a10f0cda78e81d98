// A failed assert prints the expression, file, line and function, then
// calls abort, and the process dies of SIGABRT even though a SIGABRT
// handler returns. An assert that holds does nothing.
// expect: signal SIGABRT
// expect-output: ^assert_fail: tests/user/assert_fail\.c:\d+: main: Assertion `x == 2' failed\.$
// expect-output: ^handler ran$
// forbid-output: not reached
#include <assert.h>
#include <signal.h>
#include <stdio.h>

static void handler(int sig)
{
	(void)sig;
	printf("handler ran\n");
}

int main(void)
{
	int x = 1;

	signal(SIGABRT, handler);
	assert(x == 1);
	assert(x == 2);
	printf("not reached\n");
	return 0;
}
