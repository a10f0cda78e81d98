/* errno and the E* constants (shared with the kernel in kestrel/errno.h). */
#ifndef _ERRNO_H
#define _ERRNO_H

#include <kestrel/errno.h>

/* Set by a failing system call or library function; never reset to 0. */
extern int errno;

/* The name ("ENOENT") and the message of an error number, or NULL if it
 * has none: one table with the kernel (kernel/errname.c). */
const char *errno_name(int err);
const char *errno_message(int err);

#endif
