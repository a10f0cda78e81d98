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
