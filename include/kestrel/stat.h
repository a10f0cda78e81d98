/*
 * File status (stat, fstat, lstat), file types and permission bits, and
 * the records getdents fills: the kernel's ABI, shared with the user C
 * library (<sys/stat.h>, <dirent.h>). The mode bits are POSIX's and ext2's.
 */
#ifndef KESTREL_STAT_H
#define KESTREL_STAT_H

#include <stdint.h>

#define S_IFMT	  0170000 /* the file type's bits */
#define S_IFSOCK  0140000
#define S_IFLNK	  0120000
#define S_IFREG	  0100000
#define S_IFBLK	  0060000
#define S_IFDIR	  0040000
#define S_IFCHR	  0020000
#define S_IFIFO	  0010000
#define S_ISUID	  04000
#define S_ISGID	  02000
#define S_ISVTX	  01000
#define S_IRWXU	  00700
#define S_IRUSR	  00400
#define S_IWUSR	  00200
#define S_IXUSR	  00100
#define S_IRWXG	  00070
#define S_IRGRP	  00040
#define S_IWGRP	  00020
#define S_IXGRP	  00010
#define S_IRWXO	  00007
#define S_IROTH	  00004
#define S_IWOTH	  00002
#define S_IXOTH	  00001
#define S_IALLUGO 07777 /* every permission bit chmod may set */

#define S_ISREG(m)  (((m)&S_IFMT) == S_IFREG)
#define S_ISDIR(m)  (((m)&S_IFMT) == S_IFDIR)
#define S_ISCHR(m)  (((m)&S_IFMT) == S_IFCHR)
#define S_ISBLK(m)  (((m)&S_IFMT) == S_IFBLK)
#define S_ISFIFO(m) (((m)&S_IFMT) == S_IFIFO)
#define S_ISLNK(m)  (((m)&S_IFMT) == S_IFLNK)
#define S_ISSOCK(m) (((m)&S_IFMT) == S_IFSOCK)

/* What stat tells about a file. Times are seconds since 1970 (UTC). */
struct stat {
	uint32_t st_dev;     /* 0: the disk; 1: the initrd; 2: a pipe or tty */
	uint32_t st_ino;     /* inode number */
	uint32_t st_mode;    /* S_IF* type and permission bits */
	uint32_t st_nlink;   /* hard links */
	uint32_t st_uid;     /* owner */
	uint32_t st_gid;     /* group */
	uint32_t st_rdev;    /* 0: no devices are files here */
	int32_t st_size;     /* bytes */
	uint32_t st_blksize; /* the file system's block size */
	uint32_t st_blocks;  /* 512-byte units held */
	int32_t st_atime;    /* last read */
	int32_t st_mtime;    /* last written */
	int32_t st_ctime;    /* last changed (data, links, mode) */
};

#define ST_DEV_DISK   0
#define ST_DEV_INITRD 1
#define ST_DEV_PIPE   2

/* getdents: the records it packs into the caller's buffer, 4-byte aligned.
 * d_type uses the DT_* values, which are S_IF* >> 12. */
struct kdirent {
	uint32_t d_ino;
	uint16_t d_reclen; /* bytes from this record to the next */
	uint8_t d_type;
	char d_name[]; /* NUL-terminated */
};

#define DT_UNKNOWN 0
#define DT_FIFO	   1
#define DT_CHR	   2
#define DT_DIR	   4
#define DT_BLK	   6
#define DT_REG	   8
#define DT_LNK	   10
#define DT_SOCK	   12

/* statfs: the size and free space of the file system holding a path. */
struct kstatfs {
	uint32_t f_bsize;    /* bytes per block */
	uint32_t f_blocks;   /* blocks in all */
	uint32_t f_bfree;    /* free blocks */
	uint32_t f_files;    /* inodes in all */
	uint32_t f_ffree;    /* free inodes */
	uint32_t f_readonly; /* 1: the initrd */
};

#endif
