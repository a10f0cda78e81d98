// The per-process counters ps shows: voluntary context switches (a
// process that sleeps), involuntary ones (a spinner preempted at the end
// of its slices), and ticks charged to user mode and to the kernel (a
// process that spends its time in system calls gets kernel ticks).
// expect: exit 0
// icount: yes
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <unistd.h>
#include "check.h"

static int self(struct procinfo *pi)
{
	struct meminfo m;

	meminfo(&m);
	for (unsigned slot = 0; slot < m.nproc_max; slot++)
		if (procinfo(slot, pi) == 0 && pi->pid == getpid())
			return 0;
	return -1;
}

int main(void)
{
	static char buf[4000];
	struct procinfo a, b;
	int t0, fds[2];

	check(self(&a) == 0, "found our own slot");
	for (int i = 0; i < 5; i++)
		usleep(20000);
	self(&b);
	check(b.nvcsw - a.nvcsw >= 5,
	      "5 sleeps are at least 5 voluntary switches: %u",
	      b.nvcsw - a.nvcsw);

	/* Spin in user mode for 300 ms: preempted at each slice's end. */
	self(&a);
	for (t0 = uptime(); uptime() - t0 < 300;)
		for (volatile int k = 0; k < 100000; k++)
			;
	self(&b);
	check(b.nivcsw - a.nivcsw >= 3,
	      "300 ms of spinning is preempted at least 3 times: %u",
	      b.nivcsw - a.nivcsw);
	check(b.ticks - a.ticks >= 20, "and gets user ticks: %u",
	      b.ticks - a.ticks);

	/* 300 ms of system calls that spend far longer in the kernel than
	 * in user mode (copying 4000 bytes each way through a pipe): most
	 * ticks land in the kernel, whatever the loop's step. */
	check(pipe(fds) == 0, "a pipe");
	self(&a);
	for (t0 = uptime(); uptime() - t0 < 300;) {
		write(fds[1], buf, sizeof(buf));
		read(fds[0], buf, sizeof(buf));
	}
	self(&b);
	check(b.kticks - a.kticks >= 3,
	      "300 ms of system calls gets kernel ticks: %u (user %u)",
	      b.kticks - a.kticks, b.ticks - a.ticks);
	return check_done();
}
