/*
 * flock(): advisory locks on whole files. kestrel has one user and no
 * lock table, so every lock is granted at once: flock checks that fd is
 * open and the operation valid (EBADF, EINVAL) and returns 0.
 */
#ifndef _SYS_FILE_H
#define _SYS_FILE_H

#include <fcntl.h>

#define LOCK_SH 1 /* shared */
#define LOCK_EX 2 /* exclusive */
#define LOCK_NB 4 /* do not wait */
#define LOCK_UN 8 /* release */

int flock(int fd, int operation);

#endif
