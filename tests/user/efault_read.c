// read into a kernel, wrapping or half-kernel buffer: EFAULT.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// NULL is tested in the *_paging variant: in the segment model address 0
// is the first byte of the process's own memory, so NULL is a good pointer.
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
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
	int fd = open("/bin/hello", O_RDONLY), fds[2];
	char buf[16], what[96];

	if (!check_ok("open /bin/hello", fd))
		return check_done();
	pipe(fds);
	for (int i = 0; i < NBAD; i++) {
		snprintf(what, sizeof(what), "read(file, %s, 16)", bad[i].name);
		check_raw_err(what, raw_syscall3(SYS_read, fd, bad[i].addr, 16),
			      EFAULT);
		write(fds[1], "0123456789abcdef", 16);
		snprintf(what, sizeof(what), "read(pipe, %s, 16)", bad[i].name);
		check_raw_err(what,
			      raw_syscall3(SYS_read, fds[0], bad[i].addr, 16),
			      EFAULT);
		/* Drain whatever the failed read left, without blocking. */
		write(fds[1], "!", 1);
		while (read(fds[0], buf, 1) == 1 && buf[0] != '!')
			;
	}
	close(fd);
	fd = open("/bin/hello", O_RDONLY);
	check(read(fd, buf, 4) == 4 && memcmp(buf, "\177ELF", 4) == 0,
	      "read into a good buffer still works");
	return check_done();
}
