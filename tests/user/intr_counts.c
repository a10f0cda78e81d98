// The kernel counts every vector it takes (intrinfo, and /bin/intr which
// lists them): system calls, timer ticks and a fault (#UD) each show up.
// expect: exit 0
// expect-output: ^vec  irq       count  name$
// expect-output: ^ 32    0  +\d+  timer$
// expect-output: ^ 64    -  +\d+  system call$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define VEC_ILLOP   6 /* #UD: the same vector under both memory models */
#define VEC_TIMER   32
#define VEC_SYSCALL 0x40

static unsigned count(int vec)
{
	struct intrinfo ii;

	if (intrinfo(vec, &ii) < 0)
		return 0;
	return ii.count;
}

/* A child that runs ud2 and dies of an invalid-opcode fault. */
static void fault_in_child(void)
{
	int pid = fork(), status;

	if (pid == 0) {
		__asm__ volatile("ud2");
		_exit(0);
	}
	check(waitpid(pid, &status, 0) == pid, "reaped the faulting child");
}

static void run_intr(void)
{
	char *argv[] = {"intr", NULL};
	int pid = fork(), status;

	if (pid == 0) {
		execv("/bin/intr", argv);
		_exit(127);
	}
	check(waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
		      WEXITSTATUS(status) == 0,
	      "/bin/intr ran and exited 0");
}

int main(void)
{
	struct intrinfo ii;
	unsigned sys0, sys1, tick0, ud0;

	check_err("vector 256", intrinfo(256, &ii), EINVAL);
	check_err("vector -1", intrinfo(-1, &ii), EINVAL);
	check(intrinfo(VEC_TIMER, &ii) == 0 && ii.irq == 0,
	      "vector 32 is IRQ 0");
	sys0 = count(VEC_SYSCALL);
	sys1 = count(VEC_SYSCALL);
	check(sys1 == sys0 + 1,
	      "one intrinfo call counts one system call "
	      "(%u then %u)",
	      sys0, sys1);
	tick0 = count(VEC_TIMER);
	usleep(50000);
	check(count(VEC_TIMER) > tick0, "50 ms of sleep took timer ticks");
	ud0 = count(VEC_ILLOP);
	fault_in_child();
	check(count(VEC_ILLOP) == ud0 + 1, "the child's #UD was counted once");
	run_intr();
	return check_done();
}
