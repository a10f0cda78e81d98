/*
 * The kestrel-specific system calls: the clock, process and memory
 * statistics, the initrd directory, power-off, and the system-call tracer.
 * -1 and errno on failure.
 */
#ifndef _KESTREL_H
#define _KESTREL_H

#include <kestrel/restrict.h>
#include <kestrel/stat.h>
#include <kestrel/sysinfo.h>
#include <kestrel/trace.h>

/* Milliseconds since boot. */
int uptime(void);
/* Fills *p for process-table slot; -1 with errno ESRCH if it is unused. */
int procinfo(int slot, struct procinfo *p);
/* Fills *d for initrd file number index; -1 with ENOENT past the end. */
int initrd_readdir(int index, struct initrd_dirent *d);
int meminfo(struct meminfo *m);
/* Fills *st with the size and free space of path's file system (df). */
int statfs(const char *path, struct kstatfs *st);
/* Powers the machine off; only root (effective uid 0) may. */
int halt(int status);
/* The physical address behind a user address of this process. */
int vtop(const void *addr);
/* Fills *ii with vector vec's counters (0..255); -1 with EINVAL past. */
int intrinfo(int vec, struct intrinfo *ii);
/* Fills *st with the deepest nesting and the longest stretch with
 * interrupts off; reset != 0 starts both over. */
int intrstat(struct intrstat *st, int reset);
/* TRACE_ON: the kernel prints each system call of this process on the
 * console; | TRACE_CHILDREN: also of the children forked from then on;
 * 0: stop. Returns the flags before. */
int trace(int flags);
/*
 * Gives up for good every system call but those named in calls, comma-
 * separated as trace names them ("read,write,open"); _exit and sigreturn
 * stay. Children and exec keep the list; a second call only narrows it.
 * A refused call fails with EPERM, or with RESTRICT_KILL in flags kills
 * the process with SIGSYS.
 */
int sysrestrict(const char *calls, int flags);
/* The console (fd) does not echo the next line typed, but its newline:
 * for a password. -1 with ENOTTY if fd is not the console. */
int tcnoecho(int fd);

#endif
