/*
 * Reporting helpers for the user tests in tests/user/: every check prints
 * one line, "ok: ..." or "FAIL: ...", and check_done() turns the count of
 * failures into the exit status. The harness reads the lines, init the status.
 */
#ifndef CHECK_H
#define CHECK_H

#include <errno.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

static int check_nfail; /* checks that failed so far */

/* The symbolic name of an errno value, for messages. */
static inline const char *errname(int err)
{
	switch (err) {
	case 0:
		return "0";
	case EPERM:
		return "EPERM";
	case ENOENT:
		return "ENOENT";
	case ESRCH:
		return "ESRCH";
	case EINTR:
		return "EINTR";
	case E2BIG:
		return "E2BIG";
	case ENOEXEC:
		return "ENOEXEC";
	case EBADF:
		return "EBADF";
	case ECHILD:
		return "ECHILD";
	case EAGAIN:
		return "EAGAIN";
	case ENOMEM:
		return "ENOMEM";
	case EFAULT:
		return "EFAULT";
	case EISDIR:
		return "EISDIR";
	case EINVAL:
		return "EINVAL";
	case EMFILE:
		return "EMFILE";
	case EROFS:
		return "EROFS";
	case EIO:
		return "EIO";
	case EACCES:
		return "EACCES";
	case EBUSY:
		return "EBUSY";
	case EEXIST:
		return "EEXIST";
	case EXDEV:
		return "EXDEV";
	case ENOTDIR:
		return "ENOTDIR";
	case ENFILE:
		return "ENFILE";
	case EFBIG:
		return "EFBIG";
	case ENOSPC:
		return "ENOSPC";
	case ESPIPE:
		return "ESPIPE";
	case ERANGE:
		return "ERANGE";
	case ENOTEMPTY:
		return "ENOTEMPTY";
	case EPIPE:
		return "EPIPE";
	case ENAMETOOLONG:
		return "ENAMETOOLONG";
	case ENOSYS:
		return "ENOSYS";
	default:
		return "E?";
	}
}

/* Prints "ok: WHAT" if ok, else "FAIL: WHAT" and counts a failure. */
static inline int check(int ok, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static inline int check(int ok, const char *fmt, ...)
{
	char what[200];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	printf("%s: %s\n", ok ? "ok" : "FAIL", what);
	if (!ok)
		check_nfail++;
	return ok;
}

/* Checks that a C library call returned -1 with errno err. */
static inline int check_err(const char *what, int r, int err)
{
	if (r == -1 && errno == err)
		return check(1, "%s -> -1 %s", what, errname(err));
	return check(0, "%s -> %d errno %d (%s), expected -1 %s", what, r,
		     r == -1 ? errno : 0, r == -1 ? errname(errno) : "-",
		     errname(err));
}

/* Checks that a raw system call returned -err (no errno involved). */
static inline int check_raw_err(const char *what, int r, int err)
{
	if (r == -err)
		return check(1, "%s -> -%s", what, errname(err));
	return check(0, "%s -> %d, expected -%s (%d)", what, r, errname(err),
		     -err);
}

/* Checks that a C library call succeeded (did not return -1). */
static inline int check_ok(const char *what, int r)
{
	if (r != -1)
		return check(1, "%s -> %d", what, r);
	return check(0, "%s -> -1 errno %s (%d)", what, errname(errno), errno);
}

/*
 * Waits for child pid and checks that signal sig killed it; prints
 * "child killed by SIGNAME" when it did, for expect-output lines.
 */
static inline int check_child_killed(int pid, int sig)
{
	int st = -1, r = waitpid(pid, &st, 0);
	int ok = r == pid && WIFSIGNALED(st) && WTERMSIG(st) == sig;

	if (ok)
		printf("child killed by %s\n", signame(sig));
	return check(ok, "the child died of %s (status 0x%x)", signame(sig),
		     st);
}

/* Prints the summary line and returns the exit status: 0 if all passed. */
static inline int check_done(void)
{
	if (check_nfail == 0) {
		printf("all checks passed\n");
		return 0;
	}
	printf("FAIL: %d checks failed\n", check_nfail);
	return 1;
}

#endif
