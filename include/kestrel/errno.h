/*
 * Error numbers, shared by the kernel (which returns -E...) and the user C
 * library (which stores them in errno). The values are Linux's.
 */
#ifndef KESTREL_ERRNO_H
#define KESTREL_ERRNO_H

#define EPERM	     1	  /* operation not permitted */
#define ENOENT	     2	  /* no such file */
#define ESRCH	     3	  /* no such process */
#define EINTR	     4	  /* interrupted */
#define EIO	     5	  /* input/output error */
#define E2BIG	     7	  /* argument list too long */
#define ENOEXEC	     8	  /* not an executable we can load */
#define EBADF	     9	  /* bad file descriptor */
#define ECHILD	     10	  /* no child to wait for */
#define EAGAIN	     11	  /* try again (process table full, ...) */
#define ENOMEM	     12	  /* out of memory */
#define EACCES	     13	  /* permission denied */
#define EFAULT	     14	  /* bad address */
#define EBUSY	     16	  /* busy */
#define EEXIST	     17	  /* exists */
#define EXDEV	     18	  /* a link across file systems */
#define ENOTDIR	     20	  /* not a directory */
#define EISDIR	     21	  /* is a directory */
#define EINVAL	     22	  /* invalid argument */
#define ENFILE	     23	  /* system file table full */
#define EMFILE	     24	  /* per-process descriptor table full */
#define ENOTTY	     25	  /* not a terminal */
#define EFBIG	     27	  /* file too large */
#define ENOSPC	     28	  /* no space left */
#define ESPIPE	     29	  /* illegal seek */
#define EROFS	     30	  /* read-only file system */
#define EPIPE	     32	  /* write to a pipe with no reader */
#define ERANGE	     34	  /* result out of range */
#define ENAMETOOLONG 36	  /* name or string too long */
#define ENOSYS	     38	  /* no such system call */
#define ENOTEMPTY    39	  /* directory not empty */
#define EMAXERRNO    4095 /* results in [-EMAXERRNO, -1] are errors */

#endif
