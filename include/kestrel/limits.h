/*
 * The limits a program can see, under their POSIX names: shared by the
 * kernel (include/param.h builds on them) and the user C library
 * (<limits.h> includes this file).
 */
#ifndef KESTREL_LIMITS_H
#define KESTREL_LIMITS_H

#define OPEN_MAX 64  /* open descriptors per process; more: EMFILE */
#define PATH_MAX 256 /* bytes in a path, with its NUL; more: ENAMETOOLONG */
#define PIPE_BUF 512 /* a pipe write of at most this many bytes is atomic */

/*
 * execve: the bytes of the argument and environment strings together,
 * each with its NUL (the pointers to them are not counted), and how many
 * strings the two lists may hold together, their NULLs not counted. More
 * of either: E2BIG. ARG_MAX must be a multiple of the page size.
 */
#define ARG_MAX	 131072
#define ARGV_MAX 8192

#endif
