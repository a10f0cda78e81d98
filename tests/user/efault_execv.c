// execv with a kernel or wrapping path, argv or argv[i]: EFAULT.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// The good path is /bin/echo: if a bad exec were accepted, echo would
// replace this program and "all checks passed" would never appear.
//
// NULL is tested in the *_paging variant: in the segment model address 0
// is the first byte of the process's own memory, so NULL is a good pointer.
#include <stdio.h>
#include <unistd.h>
#include "check.h"
#include "rawsys.h"

static const struct {
	const char *name;
	uint32_t addr;
} bad[] = {
	{"kernel text 0xc0100000", KERNEL_ADDR},
	{"USER_TOP itself", USER_TOP},
	{"wrapping 0xfffffffe", 0xfffffffeu},
};
#define NBAD ((int)(sizeof(bad) / sizeof(bad[0])))

static char *good_argv[] = {"echo", "FAIL: exec succeeded", NULL};

int main(void)
{
	char what[96];

	for (int i = 0; i < NBAD; i++) {
		char *elem_argv[] = {"echo", (char *)bad[i].addr, NULL};

		snprintf(what, sizeof(what), "execv(path %s)", bad[i].name);
		check_raw_err(what,
			      raw_syscall2(SYS_execve, bad[i].addr,
					   (uint32_t)good_argv),
			      EFAULT);
		snprintf(what, sizeof(what), "execv(argv[1] %s)", bad[i].name);
		check_raw_err(what,
			      raw_syscall2(SYS_execve, (uint32_t) "/bin/echo",
					   (uint32_t)elem_argv),
			      EFAULT);
		snprintf(what, sizeof(what), "execv(argv %s)", bad[i].name);
		check_raw_err(what,
			      raw_syscall2(SYS_execve, (uint32_t) "/bin/echo",
					   bad[i].addr),
			      EFAULT);
	}
	{
		/* argv itself crossing into the kernel: argv[0] valid. */
		char **top = (char **)(USER_TOP - 4);

		check_raw_err("execv(argv at USER_TOP - 4)",
			      raw_syscall2(SYS_execve, (uint32_t) "/bin/echo",
					   (uint32_t)top),
			      EFAULT);
	}
	return check_done();
}
