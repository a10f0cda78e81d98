/*
 * The POSIX types for kestrel's user programs: the sizes of Linux on
 * i386 without large-file support (off_t and time_t are 32 bits).
 */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>
#include <stdint.h>

typedef int pid_t;	     /* a process or process group */
typedef int ssize_t;	     /* a byte count, or -1 */
typedef long off_t;	     /* a position or size in a file */
typedef unsigned int mode_t; /* a file's type and permissions */
typedef unsigned int uid_t;  /* a user */
typedef unsigned int gid_t;  /* a group */
typedef unsigned int id_t;   /* a pid, uid or gid */
typedef int32_t time_t;	     /* seconds since 1970 */
typedef int32_t suseconds_t; /* microseconds, signed */
typedef uint32_t useconds_t; /* microseconds */
typedef long clock_t;	     /* processor time in CLOCKS_PER_SEC */
typedef uint32_t dev_t;	     /* a device */
typedef uint32_t ino_t;	     /* a file's number on its device */
typedef uint32_t nlink_t;    /* a count of links */
typedef long blksize_t;	     /* a block size */
typedef long blkcnt_t;	     /* a count of blocks */
typedef int clockid_t;	     /* a clock (CLOCK_*) */
typedef int key_t;	     /* an IPC key */

/* The BSD and System V short names many older programs use. */
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;
typedef uint8_t u_int8_t;
typedef uint16_t u_int16_t;
typedef uint32_t u_int32_t;
typedef uint64_t u_int64_t;
typedef char *caddr_t;

#endif
