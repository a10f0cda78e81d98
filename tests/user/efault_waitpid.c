// waitpid with a kernel or wrapping status pointer: EFAULT; NULL is fine.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// After an EFAULT the child may have been reaped or may still be waitable
// (both are reasonable); either way a second waitpid must not hang or lie.
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "rawsys.h"

static const struct {
	const char *name;
	uint32_t addr;
} bad[] = {
	{"kernel text 0xc0100000", KERNEL_ADDR},
	{"USER_TOP itself", USER_TOP},
	{"wrapping 0xfffffffe", 0xfffffffeu},
	{"USER_TOP - 2, crossing into the kernel", USER_TOP - 2},
};
#define NBAD ((int)(sizeof(bad) / sizeof(bad[0])))

int main(void)
{
	char what[96];
	int pid, st, r;

	for (int i = 0; i < NBAD; i++) {
		pid = fork();
		if (pid == 0)
			_exit(7);
		if (!check_ok("fork", pid))
			return check_done();
		snprintf(what, sizeof(what), "waitpid(child, %s, 0)",
			 bad[i].name);
		check_raw_err(what,
			      raw_syscall3(SYS_waitpid, pid, bad[i].addr, 0),
			      EFAULT);
		st = -1;
		r = waitpid(pid, &st, 0);
		check((r == pid && WIFEXITED(st) && WEXITSTATUS(st) == 7) ||
			      (r == -1 && errno == ECHILD),
		      "then waitpid(child, good) gives the child or ECHILD: "
		      "%d",
		      r);
	}
	pid = fork();
	if (pid == 0)
		_exit(0);
	check(waitpid(pid, NULL, 0) == pid, "waitpid(child, NULL, 0) works");
	return check_done();
}
