// 20,000 fuzzed system calls (seed 1): no panic, no hang, no leak.
// expect: exit 0
// expect-output: ^fuzz: seed 1, 20000 calls
// expect-output: ^fuzz: 20000 calls, \d+ children, \d+ killed by signals, done$
// forbid-output: FAIL
// timeout: 120
//
// Runs /bin/fuzz (user/fuzz.c), which checks each answer it can predict
// and prints FAIL lines with a replay command. Its summary line shows the
// kernel survived every call; init's free-frames line, which the harness
// checks, shows no frame leaked. Alone it takes about 6-12 s per memory
// model under TCG; the timeout allows for a loaded machine. Replay by
// hand with init=/bin/fuzz -s 1 -n 20000 (add -k CHILD -v for one child).
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	char *argv[] = {"fuzz", "-s", "1", "-n", "20000", NULL};

	execv("/bin/fuzz", argv);
	printf("FAIL: execv /bin/fuzz: %s\n", strerror(errno));
	return 1;
}
