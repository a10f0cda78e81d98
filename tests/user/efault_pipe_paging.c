// pipe with fds NULL, unmapped or half past the heap: EFAULT, no fd leaks.
// expect: exit 0
// mode: paging
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// Paging only: the segment model has no unmapped holes inside user space,
// and address 0 is the first byte of the process there.
#include <stdio.h>
#include <unistd.h>
#include "check.h"
#include "rawsys.h"

int main(void)
{
	char *edge;
	int fd, *fds;

	printf("start\n");
	edge = heap_edge();
	check_raw_err("pipe(NULL)", raw_syscall1(SYS_pipe, 0), EFAULT);
	check_raw_err("pipe(unmapped 0x40000000)",
		      raw_syscall1(SYS_pipe, UNMAPPED_ADDR), EFAULT);
	check_raw_err("pipe(the break)", raw_syscall1(SYS_pipe, (uint32_t)edge),
		      EFAULT);
	check_raw_err("pipe(break - 4: fds[0] mapped, fds[1] not)",
		      raw_syscall1(SYS_pipe, (uint32_t)edge - 4), EFAULT);
	fd = dup(1);
	check(fd == 3, "no descriptor was left behind: dup gives %d", fd);
	close(fd);
	fds = (int *)(edge - 8);
	check(raw_syscall1(SYS_pipe, (uint32_t)fds) == 0 && fds[0] == 3 &&
		      fds[1] == 4,
	      "pipe into the last 8 heap bytes works and gets 3 and 4");
	check(sbrk(0) == edge, "the break did not move during the test");
	return check_done();
}
