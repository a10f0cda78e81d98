/*
 * File status: struct stat with POSIX's field names, the file types and
 * permission bits (Linux's values), and the S_IS* tests. The calls that
 * fill it in (stat, fstat, lstat) are the kernel's to give (issue 13,
 * point 5): they are declared here for that work.
 */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>
#include <time.h>

struct stat {
	dev_t st_dev;		 /* the device the file is on */
	ino_t st_ino;		 /* its number there */
	mode_t st_mode;		 /* type (S_IFMT) and permissions */
	nlink_t st_nlink;	 /* links to it */
	uid_t st_uid;		 /* owner */
	gid_t st_gid;		 /* group */
	dev_t st_rdev;		 /* the device, if it is a device file */
	off_t st_size;		 /* bytes */
	blksize_t st_blksize;	 /* a good size for I/O */
	blkcnt_t st_blocks;	 /* 512-byte blocks held */
	struct timespec st_atim; /* last access */
	struct timespec st_mtim; /* last modification */
	struct timespec st_ctim; /* last status change */
};

#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

#define S_IFMT	 0170000 /* the type bits */
#define S_IFSOCK 0140000 /* socket */
#define S_IFLNK	 0120000 /* symbolic link */
#define S_IFREG	 0100000 /* regular file */
#define S_IFBLK	 0060000 /* block device */
#define S_IFDIR	 0040000 /* directory */
#define S_IFCHR	 0020000 /* character device */
#define S_IFIFO	 0010000 /* pipe */

#define S_ISREG(m)  (((m)&S_IFMT) == S_IFREG)
#define S_ISDIR(m)  (((m)&S_IFMT) == S_IFDIR)
#define S_ISCHR(m)  (((m)&S_IFMT) == S_IFCHR)
#define S_ISBLK(m)  (((m)&S_IFMT) == S_IFBLK)
#define S_ISFIFO(m) (((m)&S_IFMT) == S_IFIFO)
#define S_ISLNK(m)  (((m)&S_IFMT) == S_IFLNK)
#define S_ISSOCK(m) (((m)&S_IFMT) == S_IFSOCK)

#define S_ISUID 04000 /* set user id on exec */
#define S_ISGID 02000 /* set group id on exec */
#define S_ISVTX 01000 /* sticky */
#define S_IRWXU 00700
#define S_IRUSR 00400
#define S_IWUSR 00200
#define S_IXUSR 00100
#define S_IRWXG 00070
#define S_IRGRP 00040
#define S_IWGRP 00020
#define S_IXGRP 00010
#define S_IRWXO 00007
#define S_IROTH 00004
#define S_IWOTH 00002
#define S_IXOTH 00001

/* Fill *st for path, for open descriptor fd, or for path itself even if
 * it is a symbolic link; -1 with errno on failure. */
int stat(const char *path, struct stat *st);
int fstat(int fd, struct stat *st);
int lstat(const char *path, struct stat *st);

#endif
