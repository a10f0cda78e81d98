// Children that exit before their parent, unwaited, are reaped by init.
// expect: exit 0
// expect-output: ^parent: exiting with 5 unwaited zombie children$
// forbid-output: FAIL
//
// The parent never waits; init must adopt the zombies and reap them, or
// the leak check after the run shows their memory missing.
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	for (int i = 0; i < 5; i++) {
		int pid = fork();

		if (pid == 0)
			_exit(i);
		if (pid < 0) {
			printf("FAIL: fork\n");
			return 1;
		}
	}
	usleep(100000); /* they have all exited by now */
	printf("parent: exiting with 5 unwaited zombie children\n");
	return 0;
}
