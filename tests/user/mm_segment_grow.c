// Under base and bound, sbrk grows the range in place when the memory
// after it is free, and otherwise moves the whole range (copying it) to a
// larger free one: the physical address behind a variable changes, its
// virtual address and value do not.
// mode: segment (under paging the heap grows page by page; nothing moves)
// expect: exit 0
// expect-output: ^ok: grew in place$
// expect-output: ^ok: moved, value kept$
#include <kestrel.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static int value = 12345;

int main(void)
{
	int before = vtop(&value), fds[2], pid, st;
	char c;

	if (sbrk(4096) == (void *)-1 || vtop(&value) != before) {
		printf("FAIL: the first growth moved the range\n");
		return 1;
	}
	printf("ok: grew in place\n");

	/* A child's range is placed right after ours: now we cannot grow. */
	pipe(fds);
	if ((pid = fork()) == 0) {
		read(fds[0], &c, 1);
		_exit(0);
	}
	if (sbrk(1 << 20) == (void *)-1) {
		printf("FAIL: sbrk of 1 MiB\n");
		return 1;
	}
	printf("physical &value: 0x%x before, 0x%x after\n", before,
	       vtop(&value));
	write(fds[1], "x", 1);
	waitpid(pid, &st, 0);
	if (vtop(&value) == before || value != 12345) {
		printf("FAIL: not moved, or value lost (%d)\n", value);
		return 1;
	}
	printf("ok: moved, value kept\n");
	return 0;
}
