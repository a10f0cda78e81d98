/*
 * Signals: the SIG* numbers (shared with the kernel in kestrel/signal.h),
 * kill() and raise(). There are no handlers: a signal ends the process.
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>
#include <kestrel/signal.h>

/* Sends sig to process pid. */
int kill(pid_t pid, int sig);
/* Sends sig to the calling process. */
int raise(int sig);
/* Kestrel-specific: the name of sig ("SIGSEGV"), or "SIG?" if unknown. */
const char *signame(int sig);

#endif
