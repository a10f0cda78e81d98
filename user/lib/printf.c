/*
 * The printf family: to a stream, to a descriptor, into a buffer, and
 * into memory from malloc. kernel/fmt.c does the formatting; stdio.c the
 * buffering.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "fmt.h"
#include "stdio_impl.h"

static void file_sink(int c, void *arg)
{
	__stdio_put(arg, c);
}

/* Returns the number of characters written, or EOF on a write error. */
int vfprintf(FILE *f, const char *fmt, va_list ap)
{
	unsigned nerr = f->nerr;
	int n = fmt_format(file_sink, f, fmt, ap);

	return __stdio_finish(f, nerr, n);
}

/* vfprintf with the arguments inline. */
int fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

/* vfprintf to stdout. */
int vprintf(const char *fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

/* vfprintf to stdout, with the arguments inline. */
int printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return n;
}

/* Formats through a temporary unbuffered stream on fd. */
int vdprintf(int fd, const char *fmt, va_list ap)
{
	unsigned char buf[BUFSIZ];
	FILE f = {.fd = fd,
		  .flags = F_WRITE,
		  .mode = _IONBF,
		  .buf = buf,
		  .size = sizeof(buf),
		  .ungot = EOF};

	return vfprintf(&f, fmt, ap);
}

/* vdprintf with the arguments inline. */
int dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vdprintf(fd, fmt, ap);
	va_end(ap);
	return n;
}

/* Returns the length the whole result would have had. */
int vsnprintf(char *buf, size_t n, const char *fmt, va_list ap)
{
	return fmt_vsnprintf(buf, n, fmt, ap);
}

/* vsnprintf with the arguments inline. */
int snprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}

/* As vsnprintf with no limit: buf must have room for the result. */
int vsprintf(char *buf, const char *fmt, va_list ap)
{
	return fmt_vsnprintf(buf, SIZE_MAX, fmt, ap);
}

/* vsprintf with the arguments inline. */
int sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsprintf(buf, fmt, ap);
	va_end(ap);
	return r;
}

/* Measures the result first, then formats it into memory of that size. */
int vasprintf(char **sp, const char *fmt, va_list ap)
{
	va_list aq;
	int n;

	va_copy(aq, ap);
	n = fmt_vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0 || (*sp = malloc((size_t)n + 1)) == NULL) {
		errno = ENOMEM;
		return -1;
	}
	return fmt_vsnprintf(*sp, (size_t)n + 1, fmt, ap);
}

/* vasprintf with the arguments inline. */
int asprintf(char **sp, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vasprintf(sp, fmt, ap);
	va_end(ap);
	return r;
}
