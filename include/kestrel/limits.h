/*
 * The limits a program can see, under their POSIX names: shared by the
 * kernel (include/param.h builds on them) and the user C library
 * (<limits.h> includes this file).
 */
#ifndef KESTREL_LIMITS_H
#define KESTREL_LIMITS_H

#define OPEN_MAX 16   /* open descriptors per process; more: EMFILE */
#define PATH_MAX 256  /* bytes in a path, with its NUL; more: ENAMETOOLONG */
#define ARG_MAX	 4096 /* bytes of execv argument strings; more: E2BIG */
#define ARGV_MAX 32   /* execv arguments, not counting the NULL; more: E2BIG */
#define PIPE_BUF 512  /* a pipe write of at most this many bytes is atomic */

#endif
