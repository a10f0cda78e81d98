/*
 * Reading directories: opendir, readdir, closedir, rewinddir, over the
 * getdents system call (whose records are struct kdirent, kestrel/stat.h).
 */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <kestrel/stat.h>
#include <sys/types.h>

#define NAME_MAX 255 /* bytes in a file name, without the NUL */

struct dirent {
	ino_t d_ino;		   /* inode number */
	unsigned char d_type;	   /* DT_REG, DT_DIR, ... or DT_UNKNOWN */
	char d_name[NAME_MAX + 1]; /* NUL-terminated */
};

typedef struct DIR DIR;

/* Opens directory path; NULL with errno set on failure. */
DIR *opendir(const char *path);
/* The next entry (valid until the next call), or NULL at the end. */
struct dirent *readdir(DIR *d);
/* Starts over from the first entry. */
void rewinddir(DIR *d);
int closedir(DIR *d);
/* The descriptor under d. */
int dirfd(DIR *d);

/* The system call: packs entries of directory fd into buf as struct
 * kdirent records; returns the bytes used, 0 at the end. */
int getdents(int fd, void *buf, unsigned n);

#endif
