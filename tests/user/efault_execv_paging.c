// execv with path, argv or argv[i] NULL, unmapped or unterminated: EFAULT.
// expect: exit 0
// mode: paging
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// Paging only: the segment model has no unmapped holes inside user space,
// and address 0 is the first byte of the process there.
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"
#include "rawsys.h"

#define ECHO ((uint32_t) "/bin/echo")

int main(void)
{
	char *edge, **av;
	char *argv_unmapped_elem[] = {"echo", (char *)UNMAPPED_ADDR, NULL};
	char *argv_good[] = {"echo", "FAIL: exec succeeded", NULL};
	char *argv_unterminated[] = {"echo", NULL, NULL};

	printf("start\n");
	edge = heap_edge();
	check_raw_err("execv(path NULL)",
		      raw_syscall2(SYS_execve, 0, (uint32_t)argv_good), EFAULT);
	check_raw_err("execv(argv NULL)", raw_syscall2(SYS_execve, ECHO, 0),
		      EFAULT);
	check_raw_err(
		"execv(path unmapped)",
		raw_syscall2(SYS_execve, UNMAPPED_ADDR, (uint32_t)argv_good),
		EFAULT);
	memset(edge - 16, 'a', 16);
	edge[-16] = '/';
	check_raw_err("execv(path unterminated before the break)",
		      raw_syscall2(SYS_execve, (uint32_t)edge - 16,
				   (uint32_t)argv_good),
		      EFAULT);
	check_raw_err("execv(argv unmapped)",
		      raw_syscall2(SYS_execve, ECHO, UNMAPPED_ADDR), EFAULT);
	check_raw_err(
		"execv(argv[1] unmapped)",
		raw_syscall2(SYS_execve, ECHO, (uint32_t)argv_unmapped_elem),
		EFAULT);
	/* argv whose last slot is the last heap word: no NULL after it. */
	av = (char **)(edge - 8);
	av[0] = "echo";
	av[1] = "FAIL: exec succeeded";
	check_raw_err("execv(argv running into the unmapped page)",
		      raw_syscall2(SYS_execve, ECHO, (uint32_t)av), EFAULT);
	/* argv[1] is 16 bytes without a NUL before the unmapped page. */
	memset(edge - 16, 'a', 16);
	argv_unterminated[1] = edge - 16;
	check_raw_err(
		"execv(argv[1] unterminated before the break)",
		raw_syscall2(SYS_execve, ECHO, (uint32_t)argv_unterminated),
		EFAULT);
	check(sbrk(0) == edge, "the break did not move during the test");
	return check_done();
}
