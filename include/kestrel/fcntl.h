/* open() flags, shared by the kernel and the user C library. */
#ifndef KESTREL_FCNTL_H
#define KESTREL_FCNTL_H

#define O_RDONLY  0
#define O_WRONLY  1
#define O_RDWR	  2
#define O_ACCMODE 3
#define O_CREAT	  0x40	/* not supported: the initrd is read-only */
#define O_TRUNC	  0x200 /* not supported */

#endif
