/*
 * Processor time and resource limits: times, getrusage, getrlimit,
 * setrlimit, the priority calls. The times come from the process's
 * entry in the process table (procself.h); the limits are the kernel's
 * fixed ones (<sys/resource.h>).
 */
#include <errno.h>
#include <kestrel.h>
#include <limits.h>
#include <memlayout.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <unistd.h>
#include "procself.h"

/* The timer's rate, which is also times()'s clock tick. */
static long tick_rate(void)
{
	struct meminfo mi;

	if (meminfo(&mi) < 0 || mi.hz == 0)
		return -1;
	return mi.hz;
}

/* See <sys/times.h>. */
clock_t times(struct tms *t)
{
	struct procinfo pi;
	long hz = tick_rate();

	if (hz < 0 || __procinfo_self(&pi) < 0)
		return (clock_t)-1;
	t->tms_utime = pi.ticks;
	t->tms_stime = pi.kticks;
	t->tms_cutime = t->tms_cstime = 0;
	/* uptime is in milliseconds; the result is in ticks. */
	return (clock_t)((long long)(unsigned)uptime() * hz / 1000);
}

static void ticks_to_timeval(unsigned ticks, long hz, struct timeval *tv)
{
	tv->tv_sec = ticks / hz;
	tv->tv_usec = (long long)(ticks % hz) * 1000000 / hz;
}

/* See <sys/resource.h>: RUSAGE_SELF from the process table, zeros for
 * RUSAGE_CHILDREN, EINVAL for anything else. */
int getrusage(int who, struct rusage *ru)
{
	struct procinfo pi;
	long hz;

	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN) {
		errno = EINVAL;
		return -1;
	}
	for (unsigned i = 0; i < sizeof(*ru); i++)
		((char *)ru)[i] = 0;
	if (who == RUSAGE_CHILDREN)
		return 0;
	if ((hz = tick_rate()) < 0 || __procinfo_self(&pi) < 0)
		return -1;
	ticks_to_timeval(pi.ticks, hz, &ru->ru_utime);
	ticks_to_timeval(pi.kticks, hz, &ru->ru_stime);
	ru->ru_maxrss = pi.mem_bytes / 1024;
	ru->ru_nvcsw = pi.nvcsw;
	ru->ru_nivcsw = pi.nivcsw;
	return 0;
}

/* The limit on resource, the same for rlim_cur and rlim_max; or -1. */
static int kernel_limit(int resource, rlim_t *lim)
{
	struct meminfo mi;

	switch (resource) {
	case RLIMIT_CPU:
	case RLIMIT_FSIZE:
	case RLIMIT_DATA:
	case RLIMIT_AS:
		*lim = RLIM_INFINITY; /* only memory itself runs out */
		return 0;
	case RLIMIT_STACK:
		*lim = USTACK_SIZE;
		return 0;
	case RLIMIT_CORE:
		*lim = 0;
		return 0;
	case RLIMIT_NOFILE:
		*lim = OPEN_MAX;
		return 0;
	case RLIMIT_NPROC:
		if (meminfo(&mi) < 0)
			return -1;
		*lim = mi.nproc_max;
		return 0;
	}
	errno = EINVAL;
	return -1;
}

/* See <sys/resource.h>. */
int getrlimit(int resource, struct rlimit *rl)
{
	rlim_t lim;

	if (kernel_limit(resource, &lim) < 0)
		return -1;
	rl->rlim_cur = rl->rlim_max = lim;
	return 0;
}

/* See <sys/resource.h>: only the limits in force are accepted. */
int setrlimit(int resource, const struct rlimit *rl)
{
	rlim_t lim;

	if (kernel_limit(resource, &lim) < 0)
		return -1;
	if (rl->rlim_cur > rl->rlim_max) {
		errno = EINVAL;
		return -1;
	}
	if (rl->rlim_max == lim && rl->rlim_cur == lim)
		return 0;
	errno = rl->rlim_max > lim ? EPERM : EINVAL;
	return -1;
}

/* Checks which and who: who 0 is the caller; any other, ESRCH. */
static int prio_target(int which, id_t who)
{
	if (which != PRIO_PROCESS && which != PRIO_PGRP && which != PRIO_USER) {
		errno = EINVAL;
		return -1;
	}
	if (which == PRIO_PROCESS && who != 0 && who != (id_t)getpid()) {
		errno = ESRCH;
		return -1;
	}
	return 0;
}

/* Every process has priority 0 (the scheduler is round robin). */
int getpriority(int which, id_t who)
{
	return prio_target(which, who) < 0 ? -1 : 0;
}

/* Only 0 can be set; a nicer one gives EACCES, as it cannot be honoured. */
int setpriority(int which, id_t who, int prio)
{
	if (prio_target(which, who) < 0)
		return -1;
	if (prio != 0) {
		errno = prio > 0 ? EACCES : EPERM;
		return -1;
	}
	return 0;
}

/* nice(0) gives 0; any other increment fails as setpriority does. */
int nice(int inc)
{
	if (inc != 0) {
		errno = inc > 0 ? EACCES : EPERM;
		return -1;
	}
	return 0;
}

/* See <sys/wait.h>. */
pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru)
{
	pid_t r = waitpid(pid, status, options);

	if (r > 0 && ru != NULL)
		memset(ru, 0, sizeof(*ru));
	return r;
}

pid_t wait3(int *status, int options, struct rusage *ru)
{
	return wait4(-1, status, options, ru);
}

/* See <unistd.h>. */
int fdatasync(int fd)
{
	return fsync(fd);
}
