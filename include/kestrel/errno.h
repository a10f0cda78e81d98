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
#define EMAXERRNO    4095 /* results in [-EMAXERRNO, -1] are errors */

/*
 * The rest of POSIX's error names, with Linux's values: the C library
 * reports a few (EDOM, EOVERFLOW, EILSEQ); the others are here so that
 * programs that name them compile, and kernel/errname.c names them all.
 */
#define ENXIO		6   /* no such device or address */
#define EXDEV		18  /* a link across file systems */
#define ENODEV		19  /* no such device */
#define ETXTBSY		26  /* a running program's file is busy */
#define EMLINK		31  /* too many links */
#define EDOM		33  /* an argument outside a math function's domain */
#define EDEADLK		35  /* a deadlock was avoided */
#define ENOLCK		37  /* no locks available */
#define ENOTEMPTY	39  /* a directory is not empty */
#define ELOOP		40  /* too many symbolic links */
#define ENOMSG		42  /* no message of that type */
#define EIDRM		43  /* an identifier was removed */
#define ENODATA		61  /* no data */
#define ETIME		62  /* a timer expired */
#define ENOLINK		67  /* a link was severed */
#define EPROTO		71  /* a protocol error */
#define EMULTIHOP	72  /* multihop attempted */
#define EBADMSG		74  /* a bad message */
#define EOVERFLOW	75  /* a value too large for its type */
#define EILSEQ		84  /* an illegal byte sequence */
#define ENOTSOCK	88  /* not a socket */
#define EDESTADDRREQ	89  /* a destination address is needed */
#define EMSGSIZE	90  /* a message too long */
#define EPROTOTYPE	91  /* the wrong protocol for the socket */
#define ENOPROTOOPT	92  /* a protocol not available */
#define EPROTONOSUPPORT 93  /* a protocol not supported */
#define ENOTSUP		95  /* an operation not supported */
#define EAFNOSUPPORT	97  /* an address family not supported */
#define EADDRINUSE	98  /* an address in use */
#define EADDRNOTAVAIL	99  /* an address not available */
#define ENETDOWN	100 /* the network is down */
#define ENETUNREACH	101 /* the network is unreachable */
#define ENETRESET	102 /* the network dropped the connection */
#define ECONNABORTED	103 /* a connection aborted */
#define ECONNRESET	104 /* a connection reset */
#define ENOBUFS		105 /* no buffer space */
#define EISCONN		106 /* already connected */
#define ENOTCONN	107 /* not connected */
#define ETIMEDOUT	110 /* timed out */
#define ECONNREFUSED	111 /* a connection refused */
#define EHOSTUNREACH	113 /* no route to the host */
#define EALREADY	114 /* already in progress */
#define EINPROGRESS	115 /* now in progress */
#define ESTALE		116 /* a stale file handle */
#define EDQUOT		122 /* a disk quota exceeded */
#define ECANCELED	125 /* an operation canceled */
#define EOWNERDEAD	130 /* a lock's owner died */
#define ENOTRECOVERABLE 131 /* a state not recoverable */
#define EWOULDBLOCK	EAGAIN
#define EOPNOTSUPP	ENOTSUP

#endif
