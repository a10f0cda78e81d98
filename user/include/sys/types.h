/* The basic POSIX types for kestrel's user programs (all 32 bits wide). */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>
#include <stdint.h>

typedef int pid_t;
typedef int ssize_t;
typedef int off_t;	     /* a file offset: files are under 2 GiB */
typedef unsigned int mode_t; /* file type and permissions (S_IF*, 0777) */
typedef unsigned int ino_t;  /* an inode number */

#endif
