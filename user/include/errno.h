/* errno and the E* constants (shared with the kernel in kestrel/errno.h). */
#ifndef _ERRNO_H
#define _ERRNO_H

#include <kestrel/errno.h>

/* Errors only the C library reports (Linux's values). */
#define EDOM	  33 /* an argument outside a math function's domain */
#define EOVERFLOW 75 /* a value too large for its type */
#define EILSEQ	  84 /* an illegal byte sequence */

/* Set by a failing system call or library function; never reset to 0. */
extern int errno;

#endif
