/*
 * Names and messages of the error numbers ("ENOENT", "No such file or
 * directory"), for the tracer's lines and strerror. One table for the
 * kernel and the user C library: this file is compiled into both.
 */
#include <stddef.h>
#include "kestrel/errno.h"

const char *errno_name(int err);
const char *errno_message(int err);

static const struct {
	const char *name;
	const char *message; /* in the usual (glibc) wording */
} errors[] = {
	[0] = {NULL, "Success"},
	[EPERM] = {"EPERM", "Operation not permitted"},
	[ENOENT] = {"ENOENT", "No such file or directory"},
	[ESRCH] = {"ESRCH", "No such process"},
	[EINTR] = {"EINTR", "Interrupted system call"},
	[EIO] = {"EIO", "Input/output error"},
	[E2BIG] = {"E2BIG", "Argument list too long"},
	[ENOEXEC] = {"ENOEXEC", "Exec format error"},
	[EBADF] = {"EBADF", "Bad file descriptor"},
	[ECHILD] = {"ECHILD", "No child processes"},
	[EAGAIN] = {"EAGAIN", "Resource temporarily unavailable"},
	[ENOMEM] = {"ENOMEM", "Cannot allocate memory"},
	[EACCES] = {"EACCES", "Permission denied"},
	[EFAULT] = {"EFAULT", "Bad address"},
	[EBUSY] = {"EBUSY", "Device or resource busy"},
	[EEXIST] = {"EEXIST", "File exists"},
	[ENOTDIR] = {"ENOTDIR", "Not a directory"},
	[EISDIR] = {"EISDIR", "Is a directory"},
	[EINVAL] = {"EINVAL", "Invalid argument"},
	[ENFILE] = {"ENFILE", "Too many open files in system"},
	[EMFILE] = {"EMFILE", "Too many open files"},
	[ENOTTY] = {"ENOTTY", "Inappropriate ioctl for device"},
	[EFBIG] = {"EFBIG", "File too large"},
	[ENOSPC] = {"ENOSPC", "No space left on device"},
	[ESPIPE] = {"ESPIPE", "Illegal seek"},
	[EROFS] = {"EROFS", "Read-only file system"},
	[EPIPE] = {"EPIPE", "Broken pipe"},
	[ERANGE] = {"ERANGE", "Numerical result out of range"},
	[ENAMETOOLONG] = {"ENAMETOOLONG", "File name too long"},
	[ENOSYS] = {"ENOSYS", "Function not implemented"},
	[ENXIO] = {"ENXIO", "No such device or address"},
	[EXDEV] = {"EXDEV", "Invalid cross-device link"},
	[ENODEV] = {"ENODEV", "No such device"},
	[ETXTBSY] = {"ETXTBSY", "Text file busy"},
	[EMLINK] = {"EMLINK", "Too many links"},
	[EDOM] = {"EDOM", "Numerical argument out of domain"},
	[EDEADLK] = {"EDEADLK", "Resource deadlock avoided"},
	[ENOLCK] = {"ENOLCK", "No locks available"},
	[ENOTEMPTY] = {"ENOTEMPTY", "Directory not empty"},
	[ELOOP] = {"ELOOP", "Too many levels of symbolic links"},
	[ENOMSG] = {"ENOMSG", "No message of desired type"},
	[EIDRM] = {"EIDRM", "Identifier removed"},
	[ENODATA] = {"ENODATA", "No data available"},
	[ETIME] = {"ETIME", "Timer expired"},
	[ENOLINK] = {"ENOLINK", "Link has been severed"},
	[EPROTO] = {"EPROTO", "Protocol error"},
	[EMULTIHOP] = {"EMULTIHOP", "Multihop attempted"},
	[EBADMSG] = {"EBADMSG", "Bad message"},
	[EOVERFLOW] = {"EOVERFLOW", "Value too large for defined data type"},
	[EILSEQ] = {"EILSEQ",
		    "Invalid or incomplete multibyte or wide character"},
	[ENOTSOCK] = {"ENOTSOCK", "Socket operation on non-socket"},
	[EDESTADDRREQ] = {"EDESTADDRREQ", "Destination address required"},
	[EMSGSIZE] = {"EMSGSIZE", "Message too long"},
	[EPROTOTYPE] = {"EPROTOTYPE", "Protocol wrong type for socket"},
	[ENOPROTOOPT] = {"ENOPROTOOPT", "Protocol not available"},
	[EPROTONOSUPPORT] = {"EPROTONOSUPPORT", "Protocol not supported"},
	[ENOTSUP] = {"ENOTSUP", "Operation not supported"},
	[EAFNOSUPPORT] = {"EAFNOSUPPORT",
			  "Address family not supported by protocol"},
	[EADDRINUSE] = {"EADDRINUSE", "Address already in use"},
	[EADDRNOTAVAIL] = {"EADDRNOTAVAIL", "Cannot assign requested address"},
	[ENETDOWN] = {"ENETDOWN", "Network is down"},
	[ENETUNREACH] = {"ENETUNREACH", "Network is unreachable"},
	[ENETRESET] = {"ENETRESET", "Network dropped connection on reset"},
	[ECONNABORTED] = {"ECONNABORTED", "Software caused connection abort"},
	[ECONNRESET] = {"ECONNRESET", "Connection reset by peer"},
	[ENOBUFS] = {"ENOBUFS", "No buffer space available"},
	[EISCONN] = {"EISCONN", "Transport endpoint is already connected"},
	[ENOTCONN] = {"ENOTCONN", "Transport endpoint is not connected"},
	[ETIMEDOUT] = {"ETIMEDOUT", "Connection timed out"},
	[ECONNREFUSED] = {"ECONNREFUSED", "Connection refused"},
	[EHOSTUNREACH] = {"EHOSTUNREACH", "No route to host"},
	[EALREADY] = {"EALREADY", "Operation already in progress"},
	[EINPROGRESS] = {"EINPROGRESS", "Operation now in progress"},
	[ESTALE] = {"ESTALE", "Stale file handle"},
	[EDQUOT] = {"EDQUOT", "Disk quota exceeded"},
	[ECANCELED] = {"ECANCELED", "Operation canceled"},
	[EOWNERDEAD] = {"EOWNERDEAD", "Owner died"},
	[ENOTRECOVERABLE] = {"ENOTRECOVERABLE", "State not recoverable"},
};

#define NERRORS (int)(sizeof(errors) / sizeof(errors[0]))

/* Returns the name of err ("ENOENT"), or NULL if it has none. */
const char *errno_name(int err)
{
	return err > 0 && err < NERRORS ? errors[err].name : NULL;
}

/* Returns the message for err (0: "Success"), or NULL if it has none. */
const char *errno_message(int err)
{
	return err >= 0 && err < NERRORS ? errors[err].message : NULL;
}
