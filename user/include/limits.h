/*
 * Integer limits. GCC's own <limits.h> wants a C library's to chain to,
 * so we give ours, built from the compiler's predefined macros.
 */
#ifndef _LIMITS_H
#define _LIMITS_H

#define CHAR_BIT   __CHAR_BIT__
#define SCHAR_MAX  __SCHAR_MAX__
#define SCHAR_MIN  (-SCHAR_MAX - 1)
#define UCHAR_MAX  (SCHAR_MAX * 2 + 1)
#define CHAR_MIN   SCHAR_MIN
#define CHAR_MAX   SCHAR_MAX
#define SHRT_MAX   __SHRT_MAX__
#define SHRT_MIN   (-SHRT_MAX - 1)
#define USHRT_MAX  (SHRT_MAX * 2 + 1)
#define INT_MAX	   __INT_MAX__
#define INT_MIN	   (-INT_MAX - 1)
#define UINT_MAX   (INT_MAX * 2U + 1U)
#define LONG_MAX   __LONG_MAX__
#define LONG_MIN   (-LONG_MAX - 1L)
#define ULONG_MAX  (LONG_MAX * 2UL + 1UL)
#define LLONG_MAX  __LONG_LONG_MAX__
#define LLONG_MIN  (-LLONG_MAX - 1LL)
#define ULLONG_MAX (LLONG_MAX * 2ULL + 1ULL)

#define SSIZE_MAX  INT_MAX /* ssize_t is int */
#define LONG_BIT   32
#define WORD_BIT   32
#define MB_LEN_MAX 1 /* the C locale: one byte per character */

/* OPEN_MAX, PATH_MAX, ARG_MAX, PIPE_BUF: what the kernel allows. */
#include "kestrel/limits.h"

#define NAME_MAX	 255  /* bytes in a file name, without its NUL */
#define PAGESIZE	 4096 /* bytes in a page of memory */
#define LINE_MAX	 2048 /* the longest line the POSIX utilities take */
#define ATEXIT_MAX	 32   /* functions atexit() registers */
#define NGROUPS_MAX	 16   /* supplementary groups a process may hold */
#define NZERO		 20   /* the default nice value */
#define HOST_NAME_MAX	 64   /* gethostname's longest name */
#define TTY_NAME_MAX	 32   /* ttyname's longest name */
#define TZNAME_MAX	 6    /* "UTC" is the only zone */
#define IOV_MAX		 1024 /* buffers for one readv or writev */
#define _POSIX_ARG_MAX	 4096 /* the least POSIX allows; ours are above */
#define _POSIX_OPEN_MAX	 20
#define _POSIX_PATH_MAX	 256
#define _POSIX_PIPE_BUF	 512
#define _POSIX_NAME_MAX	 14
#define _POSIX_SSIZE_MAX 32767

#endif
