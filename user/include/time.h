/* Time: struct timespec and nanosleep. */
#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>
#include <kestrel/signal.h>

typedef int32_t time_t;

struct timespec {
	time_t tv_sec;
	int32_t tv_nsec;
};

/* Sleeps at least req; interrupted by a handler: -1, EINTR, *rem left. */
int nanosleep(const struct timespec *req, struct timespec *rem);

#endif
