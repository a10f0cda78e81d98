// open with a path NULL, unmapped or unterminated into a hole: EFAULT.
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
	char *edge;
	int fd;

	printf("start\n");
	edge = heap_edge();
	check_raw_err("open(NULL)", raw_syscall2(SYS_open, 0, O_RDONLY),
		      EFAULT);
	check_raw_err("open(unmapped 0x40000000)",
		      raw_syscall2(SYS_open, UNMAPPED_ADDR, O_RDONLY), EFAULT);
	check_raw_err("open(the break)",
		      raw_syscall2(SYS_open, (uint32_t)edge, O_RDONLY), EFAULT);
	/* "/aaaaaaaaaaaaaaa" with no NUL before the unmapped page. */
	memset(edge - 16, 'a', 16);
	edge[-16] = '/';
	check_raw_err("open(16 bytes unterminated before the break)",
		      raw_syscall2(SYS_open, (uint32_t)edge - 16, O_RDONLY),
		      EFAULT);
	/* A path that ends exactly at the last byte is fine. */
	strcpy(edge - 11, "/bin/hello");
	fd = raw_syscall2(SYS_open, (uint32_t)edge - 11, O_RDONLY);
	check(fd == 3,
	      "open(\"/bin/hello\" ending at the last heap byte) "
	      "works: %d",
	      fd);
	check(sbrk(0) == edge, "the break did not move during the test");
	return check_done();
}
