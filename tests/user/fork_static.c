// Two live processes bump one static: same address, separate values.
// expect: exit 0
// expect-output: ^child: counter=103 at 0x[0-9a-f]+$
// expect-output: ^parent: counter=130 at 0x[0-9a-f]+$
// expect-output: ^parent: child's &counter equals ours$
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// The two take turns through a pair of pipes, so each bump happens while
// the other process is alive and has already bumped its own copy.
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static int counter = 100;

int main(void)
{
	int to_child[2], to_parent[2], pid, st = -1, bad = 0;
	uintptr_t addr = 0;
	char c;

	pipe(to_child);
	pipe(to_parent);
	pid = fork();
	if (pid == 0) {
		for (int i = 1; i <= 3; i++) {
			read(to_child[0], &c, 1);
			counter += 1;
			bad |= counter != 100 + i;
			write(to_parent[1], "c", 1);
		}
		printf("child: counter=%d at %p\n", counter, (void *)&counter);
		addr = (uintptr_t)&counter;
		write(to_parent[1], &addr, sizeof(addr));
		_exit(bad || counter != 103);
	}
	if (!check_ok("fork", pid))
		return check_done();
	for (int i = 1; i <= 3; i++) {
		counter += 10;
		bad |= counter != 100 + 10 * i;
		write(to_child[1], "p", 1);
		read(to_parent[0], &c, 1);
	}
	check(read(to_parent[0], &addr, sizeof(addr)) == sizeof(addr),
	      "got the child's &counter");
	waitpid(pid, &st, 0);
	printf("parent: counter=%d at %p\n", counter, (void *)&counter);
	check(!bad && counter == 130, "parent saw only its own bumps");
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "child saw only its own bumps");
	if (addr == (uintptr_t)&counter)
		printf("parent: child's &counter equals ours\n");
	check(addr == (uintptr_t)&counter, "same virtual address in both");
	return check_done();
}
