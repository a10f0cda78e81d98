// kill(getpid(), SIGKILL) ends the process before kill returns.
// expect: signal SIGKILL
// expect-output: ^killing myself$
// forbid-output: FAIL
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	int r;

	printf("killing myself\n");
	r = kill(getpid(), SIGKILL);
	printf("FAIL: kill returned %d\n", r);
	return 1;
}
