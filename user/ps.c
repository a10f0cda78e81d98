/*
 * ps: one line per used process-table slot, with the counters the kernel
 * keeps for each process: system calls, interrupts taken while it ran,
 * faults, voluntary (VCSW: it waited) and involuntary (IVCSW: preempted)
 * context switches, and timer ticks in user mode and in the kernel; and
 * its owner, the effective user (by name, from /etc/passwd).
 */
#include <kestrel.h>
#include <pwd.h>
#include <stdio.h>

static const char *const state_names[] = {
	[PSTATE_UNUSED] = "unused",	[PSTATE_EMBRYO] = "embryo",
	[PSTATE_RUNNABLE] = "runnable", [PSTATE_RUNNING] = "running",
	[PSTATE_SLEEPING] = "sleeping", [PSTATE_ZOMBIE] = "zombie",
	[PSTATE_STOPPED] = "stopped",
};

static const char *state_name(int state)
{
	if (state < 0 || state > PSTATE_STOPPED)
		return "?";
	return state_names[state];
}

/* The name of user uid, or its number. */
static const char *user_name(unsigned uid)
{
	static char num[12];
	struct passwd *pw = getpwuid(uid);

	if (pw)
		return pw->pw_name;
	snprintf(num, sizeof(num), "%u", uid);
	return num;
}

static void print_proc(const struct procinfo *p)
{
	printf("%5d %5d %-8s %6uK %8u %8u %6u %6u %6u %5u %5u %-8s %s\n",
	       p->pid, p->ppid, state_name(p->state), p->mem_bytes / 1024,
	       p->nsyscalls, p->ninterrupts, p->nfaults, p->nvcsw, p->nivcsw,
	       p->ticks, p->kticks, user_name(p->euid), p->name);
}

int main(void)
{
	struct meminfo m;
	struct procinfo p;

	if (meminfo(&m) < 0) {
		perror("ps: meminfo");
		return 1;
	}
	printf("%5s %5s %-8s %7s %8s %8s %6s %6s %6s %5s %5s %-8s %s\n", "PID",
	       "PPID", "STATE", "MEM", "SYSCALLS", "INTR", "FAULTS", "VCSW",
	       "IVCSW", "UTICK", "KTICK", "USER", "NAME");
	for (unsigned slot = 0; slot < m.nproc_max; slot++)
		if (procinfo(slot, &p) == 0)
			print_proc(&p);
	return 0;
}
