/*
 * err, warn and friends (<err.h>), and getprogname, which takes the name
 * exec gave the process from its process-table entry.
 */
#include <err.h>
#include <errno.h>
#include <kestrel.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "procself.h"

/* The name in this process's process-table entry, found once; "" if it
 * cannot be found. */
const char *getprogname(void)
{
	static char name[PROC_NAME_MAX];
	struct procinfo pi;
	int saved = errno;

	if (name[0] == 0 && __procinfo_self(&pi) == 0)
		strlcpy(name, pi.name, sizeof(name));
	errno = saved;
	return name;
}

/* Prints "prog: ", the message if fmt is not NULL, then ": " and the
 * text of err if err >= 0, and a newline. */
static void message(int err, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", getprogname());
	if (fmt != NULL) {
		vfprintf(stderr, fmt, ap);
		if (err >= 0)
			fputs(": ", stderr);
	}
	if (err >= 0)
		fputs(strerror(err), stderr);
	fputc('\n', stderr);
}

/* Warns with errno's text, then exits with status. */
void verr(int status, const char *fmt, va_list ap)
{
	message(errno, fmt, ap);
	exit(status);
}

/* Warns without errno's text, then exits with status. */
void verrx(int status, const char *fmt, va_list ap)
{
	message(-1, fmt, ap);
	exit(status);
}

/* Prints the message and errno's text on stderr. */
void vwarn(const char *fmt, va_list ap)
{
	message(errno, fmt, ap);
}

/* Prints the message on stderr. */
void vwarnx(const char *fmt, va_list ap)
{
	message(-1, fmt, ap);
}

/* verr with the arguments inline. */
void err(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verr(status, fmt, ap);
}

/* verrx with the arguments inline. */
void errx(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verrx(status, fmt, ap);
}

/* vwarn with the arguments inline. */
void warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

/* vwarnx with the arguments inline. */
void warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarnx(fmt, ap);
	va_end(ap);
}
