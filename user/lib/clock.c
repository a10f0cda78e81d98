/*
 * The calling process's entry in the process table, and what it tells:
 * clock(), the processor time the process has used (the timer ticks that
 * found it in user mode, at the tick rate meminfo gives). err.c takes the
 * program's name from the same entry.
 */
#include <errno.h>
#include <kestrel.h>
#include <time.h>
#include <unistd.h>
#include "procself.h"

/* See procself.h. */
int __procinfo_self(struct procinfo *pi)
{
	static int slot = -1; /* where we were found last time */
	int pid = getpid();

	if (slot >= 0 && procinfo(slot, pi) == 0 && pi->pid == pid)
		return 0;
	for (slot = 0;; slot++) {
		if (procinfo(slot, pi) == 0) {
			if (pi->pid == pid)
				return 0;
		} else if (errno != ESRCH) {
			slot = -1;
			return -1; /* EINVAL: past the end of the table */
		}
	}
}

/* See <time.h>. */
clock_t clock(void)
{
	struct procinfo pi;
	struct meminfo mi;
	int saved = errno;

	if (__procinfo_self(&pi) < 0 || meminfo(&mi) < 0 || mi.hz == 0) {
		errno = saved;
		return (clock_t)-1;
	}
	return (clock_t)((long long)pi.ticks * CLOCKS_PER_SEC / mi.hz);
}
