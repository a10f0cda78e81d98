/* ftw and nftw: walking a file tree (user/lib/ftw.c). kestrel has no
 * symbolic links, so FTW_SL never happens and FTW_PHYS changes nothing.
 * FTW_MOUNT is honoured; FTW_CHDIR is not done: EINVAL. */
#ifndef _FTW_H
#define _FTW_H

#include <sys/stat.h>

#define FTW_F	1 /* a file that is not a directory */
#define FTW_D	2 /* a directory, before its entries */
#define FTW_DNR 3 /* a directory that cannot be read */
#define FTW_NS	4 /* stat failed */
#define FTW_SL	5 /* a symbolic link */
#define FTW_DP	6 /* a directory, after its entries (FTW_DEPTH) */
#define FTW_SLN 7 /* a link to nothing */

#define FTW_PHYS  0x01 /* do not follow links */
#define FTW_MOUNT 0x02 /* stay on one file system */
#define FTW_DEPTH 0x04 /* a directory after its entries */
#define FTW_CHDIR 0x08 /* chdir into each directory before its entries */

struct FTW {
	int base;  /* where the name starts in the path */
	int level; /* depth below the starting path */
};

/* Calls fn for every file under path (path first); stops and returns
 * fn's value when that is nonzero; 0 at the end, -1 on an error. */
int ftw(const char *path,
	int (*fn)(const char *path, const struct stat *st, int type),
	int nopenfd);
int nftw(const char *path,
	 int (*fn)(const char *path, const struct stat *st, int type,
		   struct FTW *f),
	 int nopenfd, int flags);

#endif
