// waitpid reports each child's exit code (low 8 bits).
// expect: exit 0
// expect-output: ^child exit\(42\): WIFEXITED, WEXITSTATUS 42$
// expect-output: ^child return 256: WIFEXITED, WEXITSTATUS 0$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static const int codes[] = {0, 1, 42, 127, 255, 256, -1, 1000};
#define NCODES ((int)(sizeof(codes) / sizeof(codes[0])))

int main(void)
{
	for (int i = 0; i < NCODES * 2; i++) {
		int code = codes[i % NCODES], by_return = i >= NCODES;
		int pid = fork(), st = -1;

		if (pid == 0) {
			if (by_return)
				return code;
			exit(code);
		}
		if (!check_ok("fork", pid))
			break;
		check(waitpid(pid, &st, 0) == pid, "waitpid returns the child");
		printf("child %s%d%s: %s, WEXITSTATUS %d\n",
		       by_return ? "return " : "exit(", code,
		       by_return ? "" : ")",
		       WIFEXITED(st) ? "WIFEXITED" : "not WIFEXITED",
		       WEXITSTATUS(st));
		check(WIFEXITED(st) && !WIFSIGNALED(st) &&
			      WEXITSTATUS(st) == (code & 0xff),
		      "status 0x%x means exit code %d", st, code & 0xff);
	}
	return check_done();
}
