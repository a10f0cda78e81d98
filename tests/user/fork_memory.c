// fork copies data, bss, heap and stack: the child's writes stay its own.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static int data_var = 1;
static char bss_buf[20000];

int main(void)
{
	volatile int stack_var = 2;
	char *heap = malloc(10000);
	int pid, st = -1;

	memset(heap, 'h', 10000);
	memset(bss_buf, 'b', sizeof(bss_buf));
	pid = fork();
	if (pid == 0) {
		int ok = data_var == 1 && stack_var == 2 && heap[9999] == 'h' &&
			 bss_buf[19999] == 'b';

		data_var = 10;
		stack_var = 20;
		memset(heap, 'H', 10000);
		memset(bss_buf, 'B', sizeof(bss_buf));
		ok = ok && data_var == 10 && heap[5000] == 'H';
		_exit(ok ? 0 : 1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "child saw the parent's values, then changed its copies");
	check(data_var == 1, "parent's data variable unchanged");
	check(stack_var == 2, "parent's stack variable unchanged");
	check(heap[0] == 'h' && heap[9999] == 'h', "parent's heap unchanged");
	check(bss_buf[0] == 'b' && bss_buf[19999] == 'b',
	      "parent's bss unchanged");
	return check_done();
}
