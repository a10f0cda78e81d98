/*
 * The system-call allow-list, after OpenBSD's pledge: with sysrestrict a
 * process names the calls it will still make, and gives up every other
 * one for good, for itself and every process it forks from then on;
 * exec keeps the list. A refused call returns EPERM, or kills the
 * process with SIGSYS if it asked for that. kernel/syscall.c asks
 * allow_refuses before it runs each call of a restricted process.
 */
#include "cred.h"
#include "defs.h"
#include "kestrel/errno.h"
#include "kestrel/restrict.h"
#include "kestrel/signal.h"
#include "proc.h"
#include "syscall.h"
#include "sysdefs.h"
#include "sysproto.h"
#include "vm.h"

#define CALLS_MAX 1024 /* the longest list of names sysrestrict takes */

/* Is call num in set? */
static int in_set(const uint32_t *set, uint32_t num)
{
	return num < ALLOW_WORDS * 32 && (set[num / 32] >> (num % 32)) & 1;
}

/*
 * Is call num (at most SYS_MAX) refused to p? _exit and sigreturn never
 * are: a process must be able to end, and to come back from a signal
 * handler; nor is a number without a call, which fails with ENOSYS. A refusal
 * is told on the console, and marks p to die if it asked for that.
 */
int allow_refuses(struct proc *p, uint32_t num)
{
	if (!p->allow.on || num == SYS_exit || num == SYS_sigreturn ||
	    in_set(p->allow.set, num) ||
	    strcmp(syscall_table[num].name, "nosys") == 0)
		return 0;
	kprintf("pid %d (%s): system call %s refused (sysrestrict)%s\n", p->pid,
		p->name, syscall_table[num].name,
		p->allow.kill ? ": killed by SIGSYS" : "");
	if (p->allow.kill)
		p->killsig = SIGSYS;
	return 1;
}

/*
 * The number of the call named by len bytes at name, or -1. A name may
 * leave out the table's leading underscores ("exit" for _exit, "sigaction"
 * for __sigaction), and "execv" names execve, which the C library's execv
 * calls: the names a program's author knows.
 */
static int call_number(const char *name, uint32_t len)
{
	if (len == 5 && strncmp(name, "execv", 5) == 0)
		name = "execve", len = 6;
	for (int n = 1; n <= SYS_MAX; n++) {
		const char *s = syscall_table[n].name;

		if (strcmp(s, "nosys") == 0)
			continue;
		if (strncmp(s, name, len) == 0 && s[len] == 0)
			return n;
		while (*s == '_')
			s++;
		if (strncmp(s, name, len) == 0 && s[len] == 0)
			return n;
	}
	return -1;
}

/* Sets a bit in set for each comma-separated call name of list. */
static int parse_calls(const char *list, uint32_t *set)
{
	const char *s = list, *e;
	int n;

	memset(set, 0, ALLOW_WORDS * sizeof(uint32_t));
	while (*s) {
		for (e = s; *e && *e != ','; e++)
			;
		if (e > s) {
			if ((n = call_number(s, (uint32_t)(e - s))) < 0)
				return -EINVAL;
			set[n / 32] |= 1u << (n % 32);
		}
		s = *e ? e + 1 : e;
	}
	return 0;
}

/* Puts list set (and kill) in force in a, narrowing a list already on. */
static void narrow(struct allow *a, const uint32_t *set, int kill)
{
	for (int i = 0; i < ALLOW_WORDS; i++)
		a->set[i] = a->on ? a->set[i] & set[i] : set[i];
	a->on = 1;
	a->kill |= kill;
}

/*
 * sysrestrict(calls, flags): from now on only the calls named in calls
 * (comma-separated, as the tracer names them: "read,write,open") run,
 * besides _exit and sigreturn. A second list narrows the first: a call
 * given up is never had back. flags RESTRICT_KILL: a refused call kills
 * (for good, too); RESTRICT_EXEC: the list waits for the next execv (a
 * later one replaces a list still waiting). -EINVAL for an unknown name
 * or flag.
 */
int sys_sysrestrict(uint32_t ucalls, int flags)
{
	char list[CALLS_MAX];
	uint32_t set[ALLOW_WORDS];
	struct allow *a = &curproc->allow;
	int r;

	if ((r = copyinstr(list, ucalls, sizeof(list))) < 0)
		return r;
	if (flags & ~(RESTRICT_KILL | RESTRICT_EXEC))
		return -EINVAL;
	if ((r = parse_calls(list, set)) < 0)
		return r;
	if (flags & RESTRICT_EXEC) {
		memcpy(a->next, set, sizeof(set));
		a->next_kill = (flags & RESTRICT_KILL) != 0;
		a->pending = 1;
	} else {
		narrow(a, set, (flags & RESTRICT_KILL) != 0);
	}
	return 0;
}

/* exec: a list that waited for it (RESTRICT_EXEC) takes force. */
void allow_exec(struct proc *p)
{
	if (p->allow.pending) {
		narrow(&p->allow, p->allow.next, p->allow.next_kill);
		p->allow.pending = 0;
	}
}
