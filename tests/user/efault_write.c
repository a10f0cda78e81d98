// write from a kernel, wrapping or half-kernel buffer: EFAULT.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
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
	{"wrapping 0xfffffff0", WRAP_ADDR},
	{"USER_TOP - 8, crossing into the kernel", USER_TOP - 8},
};
#define NBAD ((int)(sizeof(bad) / sizeof(bad[0])))

int main(void)
{
	int fds[2];
	char what[96], c;

	pipe(fds);
	for (int i = 0; i < NBAD; i++) {
		snprintf(what, sizeof(what), "write(console, %s, 16)",
			 bad[i].name);
		check_raw_err(what, raw_syscall3(SYS_write, 1, bad[i].addr, 16),
			      EFAULT);
		printf("\n");
		snprintf(what, sizeof(what), "write(pipe, %s, 16)",
			 bad[i].name);
		check_raw_err(what,
			      raw_syscall3(SYS_write, fds[1], bad[i].addr, 16),
			      EFAULT);
	}
	/* Whatever partial bytes went in, a marker must follow them. */
	write(fds[1], "!", 1);
	while (read(fds[0], &c, 1) == 1 && c != '!')
		;
	check(c == '!', "the pipe still works");
	check(write(1, "console still works\n", 20) == 20,
	      "write from a good buffer still works");
	return check_done();
}
