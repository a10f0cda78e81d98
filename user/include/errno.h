/* errno and the E* constants (shared with the kernel in kestrel/errno.h). */
#ifndef _ERRNO_H
#define _ERRNO_H

#include <kestrel/errno.h>

/* Set by a failing system call or library function; never reset to 0. */
extern int errno;

#endif
