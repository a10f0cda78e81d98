/* sched_yield: let another process run (user/lib/sysconf.c). */
#ifndef _SCHED_H
#define _SCHED_H

#include <sys/types.h>

struct sched_param {
	int sched_priority; /* kestrel has one: 0 */
};

#define SCHED_OTHER 0

/* Gives up the processor for now (a zero-length sleep); always 0. */
int sched_yield(void);

#endif
