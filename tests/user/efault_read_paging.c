// read into NULL or unmapped memory (hole, past the heap, guard): EFAULT.
// expect: exit 0
// mode: paging
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// Paging only: the segment model has no unmapped holes inside user space,
// and address 0 is the first byte of the process there.
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"
#include "rawsys.h"

int main(void)
{
	int fd = open("/bin/hello", O_RDONLY), fds[2];
	char buf[16], what[96], *edge;
	struct {
		const char *name;
		uint32_t addr;
	} bad[] = {
		{"unmapped 0x40000000", UNMAPPED_ADDR},
		{"NULL (page 0 is never mapped)", 0},
		{"the break (first unmapped heap byte)", 0},
		{"break - 8, crossing into the unmapped page", 0},
		{"the stack guard page", USER_TOP - USTACK_SIZE - 32},
	};

	if (!check_ok("open /bin/hello", fd))
		return check_done();
	pipe(fds);
	edge = heap_edge();
	bad[2].addr = (uint32_t)edge;
	bad[3].addr = (uint32_t)edge - 8;
	for (int i = 0; i < (int)(sizeof(bad) / sizeof(bad[0])); i++) {
		snprintf(what, sizeof(what), "read(file, %s, 16)", bad[i].name);
		check_raw_err(what, raw_syscall3(SYS_read, fd, bad[i].addr, 16),
			      EFAULT);
		write(fds[1], "0123456789abcdef", 16);
		snprintf(what, sizeof(what), "read(pipe, %s, 16)", bad[i].name);
		check_raw_err(what,
			      raw_syscall3(SYS_read, fds[0], bad[i].addr, 16),
			      EFAULT);
		write(fds[1], "!", 1);
		while (read(fds[0], buf, 1) == 1 && buf[0] != '!')
			;
	}
	close(fd);
	fd = open("/bin/hello", O_RDONLY);
	check(raw_syscall3(SYS_read, fd, (uint32_t)edge - 4, 4) == 4 &&
		      memcmp(edge - 4, "\177ELF", 4) == 0,
	      "read into the last 4 heap bytes works");
	check(sbrk(0) == edge, "the break did not move during the test");
	return check_done();
}
