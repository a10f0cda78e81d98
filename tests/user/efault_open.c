// open with a kernel or wrapping path pointer: EFAULT, no fd used.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// NULL is tested in the *_paging variant: in the segment model address 0
// is the first byte of the process's own memory, so NULL is a good pointer.
#include <fcntl.h>
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
	{"wrapping 0xffffffff", 0xffffffffu},
};
#define NBAD ((int)(sizeof(bad) / sizeof(bad[0])))

int main(void)
{
	char what[96];
	int fd;

	for (int i = 0; i < NBAD; i++) {
		snprintf(what, sizeof(what), "open(%s, O_RDONLY)", bad[i].name);
		check_raw_err(what,
			      raw_syscall2(SYS_open, bad[i].addr, O_RDONLY),
			      EFAULT);
	}
	fd = open("/bin/hello", O_RDONLY);
	check(fd == 3, "open with a good path still works and gets fd 3: %d",
	      fd);
	return check_done();
}
