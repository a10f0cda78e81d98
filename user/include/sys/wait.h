/*
 * Waiting for children, and decoding their status: the exit code sits in
 * bits 8-15, or the signal that killed the child in bits 0-6; a stopped
 * child (WUNTRACED) reports 0x7f and the stopping signal in bits 8-15.
 */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <sys/types.h>
#include <kestrel/signal.h>

#define WIFEXITED(st)	 (((st)&0x7f) == 0)
#define WEXITSTATUS(st)	 (((st) >> 8) & 0xff)
#define WIFSIGNALED(st)	 (((st)&0x7f) != 0 && ((st)&0x7f) != 0x7f)
#define WTERMSIG(st)	 ((st)&0x7f)
#define WIFSTOPPED(st)	 (((st)&0xff) == 0x7f)
#define WSTOPSIG(st)	 (((st) >> 8) & 0xff)
#define WIFCONTINUED(st) ((st) == W_CONTINUED)
/* Never true: kestrel writes no core files. */
#define WCOREDUMP(st) 0

/*
 * Waits for child pid (-1: any child) to end and stores its status; with
 * WNOHANG returns 0 at once if none has ended. Returns the child's pid, or
 * -1 with errno ECHILD when there is no child to wait for.
 */
pid_t waitpid(pid_t pid, int *status, int options);
/* Same as waitpid(-1, status, 0). */
pid_t wait(int *status);

struct rusage;
/* waitpid(-1 or pid, status, options) that also fills *ru (if not NULL):
 * the kernel keeps no account of a child's time once it is reaped, so
 * *ru is all zeros. */
pid_t wait3(int *status, int options, struct rusage *ru);
pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru);

#endif
