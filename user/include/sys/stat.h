/*
 * File status and permissions: stat and its kin, mkdir, chmod, umask.
 * struct stat and the S_* macros are the kernel's (kestrel/stat.h).
 */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <kestrel/stat.h>
#include <sys/types.h>

/* Fill *st for the file named by path (stat, lstat) or open as fd. */
int stat(const char *path, struct stat *st);
int lstat(const char *path, struct stat *st);
int fstat(int fd, struct stat *st);
/* Makes directory path with permissions mode, less the umask. */
int mkdir(const char *path, mode_t mode);
/* Sets path's permission bits. */
int chmod(const char *path, mode_t mode);
/* Sets the permissions new files do not get; returns the old mask. */
mode_t umask(mode_t mask);

/* kestrel's file systems have no FIFOs or device files: ENOSYS. */
int mkfifo(const char *path, mode_t mode);
int mknod(const char *path, mode_t mode, dev_t dev);

#endif
