/* open() and fcntl() flags, shared by the kernel and the user C library. */
#ifndef KESTREL_FCNTL_H
#define KESTREL_FCNTL_H

#define O_RDONLY   0
#define O_WRONLY   1
#define O_RDWR	   2
#define O_ACCMODE  3
#define O_CREAT	   0x40	  /* create the file if it does not exist */
#define O_EXCL	   0x80	  /* with O_CREAT: fail (EEXIST) if it exists */
#define O_TRUNC	   0x200  /* empty a regular file */
#define O_APPEND   0x400  /* every write goes to the end */
#define O_NONBLOCK 0x800  /* reads and writes fail with EAGAIN, not wait */
#define O_ASYNC	   0x2000 /* fcntl F_SETFL: SIGIO to the owner on input */

/* fcntl commands (Linux's values). */
#define F_GETFL	 3 /* the file's status flags (access mode, O_ASYNC) */
#define F_SETFL	 4 /* set O_ASYNC and O_NONBLOCK (others are ignored) */
#define F_SETOWN 8 /* who gets SIGIO: a pid, or -pgid for a group */
#define F_GETOWN 9

/* lseek's whence. */
/* access's modes: may the process, by its real ids, ... */
#define F_OK 0 /* ... find the file at all */
#define R_OK 4 /* ... read it */
#define W_OK 2 /* ... write it */
#define X_OK 1 /* ... execute it (search, for a directory) */

#define SEEK_SET 0 /* from the start */
#define SEEK_CUR 1 /* from the offset */
#define SEEK_END 2 /* from the end */

#endif
