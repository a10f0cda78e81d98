/*
 * BSD's error messages on stderr: "prog: message: strerror(errno)" (err,
 * warn) or "prog: message" (errx, warnx); err and errx then exit with
 * status. prog is the program's name (getprogname()).
 */
#ifndef _ERR_H
#define _ERR_H

#include <stdarg.h>

__attribute__((noreturn, format(printf, 2, 3))) void err(int status,
							 const char *fmt, ...);
__attribute__((noreturn, format(printf, 2, 3))) void errx(int status,
							  const char *fmt, ...);
__attribute__((format(printf, 1, 2))) void warn(const char *fmt, ...);
__attribute__((format(printf, 1, 2))) void warnx(const char *fmt, ...);
__attribute__((noreturn)) void verr(int status, const char *fmt, va_list ap);
__attribute__((noreturn)) void verrx(int status, const char *fmt, va_list ap);
void vwarn(const char *fmt, va_list ap);
void vwarnx(const char *fmt, va_list ap);

/* The program's name, as exec gave it to the kernel (at most 15 bytes). */
const char *getprogname(void);

#endif
