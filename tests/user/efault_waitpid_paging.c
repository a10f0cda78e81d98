// waitpid with a status pointer unmapped or half past the heap: EFAULT.
// expect: exit 0
// mode: paging
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// Paging only: the segment model has no unmapped holes inside user space,
// and address 0 is the first byte of the process there.
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "rawsys.h"

int main(void)
{
	char *edge, what[96];
	uint32_t addrs[3];
	int pid, st, r;

	printf("start\n");
	edge = heap_edge();
	addrs[0] = UNMAPPED_ADDR;
	addrs[1] = (uint32_t)edge;
	addrs[2] = (uint32_t)edge - 2;
	for (int i = 0; i < 3; i++) {
		pid = fork();
		if (pid == 0)
			_exit(7);
		if (!check_ok("fork", pid))
			return check_done();
		snprintf(
			what, sizeof(what), "waitpid(child, %s, 0)",
			i == 0 ? "unmapped 0x40000000"
			: i == 1
				? "the break"
				: "break - 2, crossing into the unmapped page");
		check_raw_err(what, raw_syscall3(SYS_waitpid, pid, addrs[i], 0),
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
		_exit(9);
	check(raw_syscall3(SYS_waitpid, pid, (uint32_t)edge - 4, 0) == pid &&
		      WEXITSTATUS(*(int *)(edge - 4)) == 9,
	      "waitpid into the last heap word works");
	check(sbrk(0) == edge, "the break did not move during the test");
	return check_done();
}
