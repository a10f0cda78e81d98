// procinfo shows our own entry, a child blocked in read, and a zombie.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

/* Finds pid in the process table; returns 0 and fills *p, or -1. */
static int find(int pid, struct procinfo *p)
{
	for (int slot = 0; slot < 64; slot++)
		if (procinfo(slot, p) == 0 && p->pid == pid)
			return 0;
	return -1;
}

int main(void)
{
	struct procinfo p;
	int fds[2], pid, st, n0, r, unused = -1;
	char c;

	if (!check(find(getpid(), &p) == 0, "our pid is in the table"))
		return check_done();
	check(p.ppid == 1, "our ppid is 1: %d", p.ppid);
	check(p.state == PSTATE_RUNNING, "we are RUNNING: state %d", p.state);
	check(strcmp(p.name, "procinfo_states") == 0,
	      "our name is \"procinfo_states\": \"%.16s\"", p.name);
	n0 = p.nsyscalls;
	getpid();
	getpid();
	find(getpid(), &p);
	/* (p is read only after find: argument order is unspecified.) */
	check(p.nsyscalls > (uint32_t)n0, "nsyscalls grew: %d then %u", n0,
	      p.nsyscalls);

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		read(fds[0], &c, 1);
		_exit(0);
	}
	usleep(50000);
	r = find(pid, &p);
	check(r == 0 && p.state == PSTATE_SLEEPING && p.ppid == getpid(),
	      "a child blocked in read is SLEEPING, our child: state %d",
	      p.state);
	write(fds[1], "x", 1);
	usleep(50000);
	r = find(pid, &p);
	check(r == 0 && p.state == PSTATE_ZOMBIE,
	      "an exited, unwaited child is a ZOMBIE: state %d", p.state);
	waitpid(pid, &st, 0);
	check(find(pid, &p) == -1, "once waited for, it is gone");
	for (int slot = 63; slot >= 0 && unused < 0; slot--)
		if (procinfo(slot, &p) != 0)
			unused = slot;
	check_err("procinfo(an unused slot)", procinfo(unused, &p), ESRCH);
	/* Not a slot at all: either error is fair. */
	r = procinfo(-1, &p);
	check(r == -1 && (errno == EINVAL || errno == ESRCH),
	      "procinfo(-1) -> -1 EINVAL or ESRCH: %d %s", r, errname(errno));
	r = procinfo(64, &p);
	check(r == -1 && (errno == EINVAL || errno == ESRCH),
	      "procinfo(64) -> -1 EINVAL or ESRCH: %d %s", r, errname(errno));
	return check_done();
}
