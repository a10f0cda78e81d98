/*
 * utime: setting a file's access and modification times. No file
 * system of kestrel's can set them (ext2 keeps them, but there is no
 * call), so utime fails with ENOSYS after checking the path (ENOENT).
 */
#ifndef _UTIME_H
#define _UTIME_H

#include <sys/types.h>

struct utimbuf {
	time_t actime;	/* access time */
	time_t modtime; /* modification time */
};

int utime(const char *path, const struct utimbuf *times);

#endif
