/*
 * The system-call allow-list's flags (sysrestrict, kernel/allow.c),
 * shared by the kernel and the C library.
 */
#ifndef KESTREL_RESTRICT_H
#define KESTREL_RESTRICT_H

#define RESTRICT_KILL 1 /* a refused call kills with SIGSYS, not EPERM */
#define RESTRICT_EXEC 2 /* the list takes force at the next execv */

#endif
