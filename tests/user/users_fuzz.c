// 10,000 fuzzed system calls (seed 7) by an ordinary user, alice (uid
// 1000): no panic, no hang, no leak, and nothing the model did not
// expect. fuzz_short runs the fuzzer as root (halt left out: root's
// would power off); here halt is fuzzed too, and refused.
// expect: exit 0
// expect-output: ^fuzz: seed 7, 10000 calls
// expect-output: ^fuzz: 10000 calls, \d+ children, \d+ killed by signals, done$
// forbid-output: FAIL
// timeout: 120
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	char *argv[] = {"fuzz", "-s", "7", "-n", "10000", NULL};

	if (setgid(1000) < 0 || setuid(1000) < 0 || geteuid() != 1000) {
		printf("FAIL: cannot become alice: %s\n", strerror(errno));
		return 1;
	}
	execv("/bin/fuzz", argv);
	printf("FAIL: execv /bin/fuzz: %s\n", strerror(errno));
	return 1;
}
