/* glob: the path names that match a shell pattern (user/lib/glob.c). */
#ifndef _GLOB_H
#define _GLOB_H

#include <stddef.h>

typedef struct {
	size_t gl_pathc; /* names matched */
	char **gl_pathv; /* the names, after gl_offs NULLs; NULL-terminated */
	size_t gl_offs;	 /* NULLs to leave at the start (GLOB_DOOFFS) */
} glob_t;

#define GLOB_ERR      0x01 /* stop at a directory that cannot be read */
#define GLOB_MARK     0x02 /* put a slash after each directory's name */
#define GLOB_NOSORT   0x04 /* leave the names in directory order */
#define GLOB_DOOFFS   0x08 /* leave gl_offs NULLs before the names */
#define GLOB_NOCHECK  0x10 /* no match: the pattern itself is the name */
#define GLOB_APPEND   0x20 /* add to the names of an earlier call */
#define GLOB_NOESCAPE 0x40 /* a backslash is an ordinary character */

#define GLOB_NOSPACE 1 /* out of memory */
#define GLOB_ABORTED 2 /* a directory could not be read (GLOB_ERR, errfunc) */
#define GLOB_NOMATCH 3 /* nothing matched */
#define GLOB_NOSYS   4

/* 0, or a GLOB_ error. errfunc, if not NULL, is told of each directory
 * that cannot be read; glob stops if it returns nonzero. */
int glob(const char *pattern, int flags,
	 int (*errfunc)(const char *path, int err), glob_t *g);
/* Frees the names glob found. */
void globfree(glob_t *g);

#endif
