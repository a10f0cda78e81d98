/* BSD's grab-bag of constants and macros that older portable code uses. */
#ifndef _SYS_PARAM_H
#define _SYS_PARAM_H

#include <limits.h>
#include <sys/types.h>

#define MAXPATHLEN PATH_MAX
#define NOFILE	   OPEN_MAX

#define MIN(a, b)     ((a) < (b) ? (a) : (b))
#define MAX(a, b)     ((a) > (b) ? (a) : (b))
#define howmany(x, y) (((x) + ((y)-1)) / (y))
#define roundup(x, y) (howmany(x, y) * (y))
#define nitems(a)     (sizeof(a) / sizeof((a)[0]))

#endif
