// pipe with a kernel, wrapping or half-kernel fds pointer: EFAULT.
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
	{"wrapping 0xfffffffc", 0xfffffffcu},
	{"USER_TOP - 4, crossing into the kernel", USER_TOP - 4},
};
#define NBAD ((int)(sizeof(bad) / sizeof(bad[0])))

int main(void)
{
	char what[96];
	int fds[2] = {-1, -1}, fd;

	for (int i = 0; i < NBAD; i++) {
		snprintf(what, sizeof(what), "pipe(%s)", bad[i].name);
		check_raw_err(what, raw_syscall1(SYS_pipe, bad[i].addr),
			      EFAULT);
		fd = dup(1);
		check(fd == 3, "no descriptor was left behind: dup gives %d",
		      fd);
		close(fd);
	}
	check(pipe(fds) == 0 && fds[0] == 3 && fds[1] == 4,
	      "pipe with a good pointer works and gets 3 and 4");
	return check_done();
}
