/*
 * Buffered streams on file descriptors: stdin, stdout and stderr, the
 * list of open streams that fflush(NULL) and exit() walk, buffers, and
 * writing a byte, a string or a block. Reading is in stdio_in.c, opening
 * and closing in fopen.c, the printf family in printf.c (formatting is
 * kernel/fmt.c's).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

static unsigned char inbuf[BUFSIZ], outbuf[BUFSIZ], errbuf[BUFSIZ];

static FILE std_streams[] = {
	{.fd = STDIN_FILENO,
	 .flags = F_READ,
	 .mode = _IOLBF,
	 .buf = inbuf,
	 .size = BUFSIZ,
	 .ungot = EOF,
	 .next = &std_streams[1]},
	{.fd = STDOUT_FILENO,
	 .flags = F_WRITE,
	 .mode = _IOLBF,
	 .buf = outbuf,
	 .size = BUFSIZ,
	 .ungot = EOF,
	 .next = &std_streams[2]},
	{.fd = STDERR_FILENO,
	 .flags = F_WRITE,
	 .mode = _IONBF,
	 .buf = errbuf,
	 .size = BUFSIZ,
	 .ungot = EOF},
};

FILE *stdin = &std_streams[0];
FILE *stdout = &std_streams[1];
FILE *stderr = &std_streams[2];

/* Every open stream, most recently opened first. */
FILE *__stdio_open = &std_streams[0];

/* See stdio_impl.h. */
void __stdio_buffer(FILE *f)
{
	if (f->buf != NULL)
		return;
	f->buf = malloc(BUFSIZ);
	if (f->buf != NULL) {
		f->size = BUFSIZ;
		f->flags |= F_MYBUF;
	} else {
		f->buf = &f->tiny;
		f->size = 1;
	}
}

/* See stdio_impl.h: retries short writes. */
int __stdio_flush(FILE *f)
{
	size_t done = 0;
	ssize_t r;

	while (done < f->wlen) {
		r = write(f->fd, f->buf + done, f->wlen - done);
		if (r <= 0) {
			if (r == 0)
				errno = EIO;
			f->wlen = 0;
			f->flags |= F_ERR;
			f->nerr++;
			return EOF;
		}
		done += r;
	}
	f->wlen = 0;
	return 0;
}

/* See stdio_impl.h. */
int __stdio_put(FILE *f, int c)
{
	if (!(f->flags & F_WRITE)) {
		errno = EBADF;
		f->flags |= F_ERR;
		f->nerr++;
		return EOF;
	}
	__stdio_buffer(f);
	if (f->rend > f->rpos || f->ungot != EOF) {
		/* Unread input cannot be given back without lseek: drop it. */
		f->rpos = f->rend = 0;
		f->ungot = EOF;
	}
	f->buf[f->wlen++] = (unsigned char)c;
	if (f->wlen == f->size || (c == '\n' && f->mode == _IOLBF))
		if (__stdio_flush(f) < 0)
			return EOF;
	return (unsigned char)c;
}

/* See stdio_impl.h. */
int __stdio_finish(FILE *f, unsigned nerr, int result)
{
	if (f->mode == _IONBF && f->wlen > 0)
		__stdio_flush(f);
	return f->nerr != nerr ? EOF : result;
}

/* See <stdio.h>: through f's buffer, a byte at a time. */
size_t fwrite(const void *p, size_t size, size_t nmemb, FILE *f)
{
	const unsigned char *s = p;
	unsigned nerr = f->nerr;
	size_t want, done;

	if (size == 0 || nmemb == 0)
		return 0;
	want = size * nmemb;
	if (want / size != nmemb) {
		errno = EOVERFLOW;
		return 0;
	}
	for (done = 0; done < want; done++)
		if (__stdio_put(f, s[done]) == EOF)
			break;
	if (__stdio_finish(f, nerr, 0) == EOF && done == want)
		done = 0; /* the last flush failed: no item is known written */
	return done / size;
}

/* Returns c as an unsigned char, or EOF on a write error. */
int fputc(int c, FILE *f)
{
	unsigned nerr = f->nerr;

	__stdio_put(f, c);
	return __stdio_finish(f, nerr, (unsigned char)c);
}

/* fputc. */
int putc(int c, FILE *f)
{
	return fputc(c, f);
}

/* fputc to stdout. */
int putchar(int c)
{
	return fputc(c, stdout);
}

/* Returns a non-negative number, or EOF on a write error. */
int fputs(const char *s, FILE *f)
{
	unsigned nerr = f->nerr;

	while (*s && __stdio_put(f, *s) != EOF)
		s++;
	return __stdio_finish(f, nerr, 0);
}

/* Writes s and a newline to stdout; non-negative, or EOF on error. */
int puts(const char *s)
{
	unsigned nerr = stdout->nerr;

	while (*s && __stdio_put(stdout, *s) != EOF)
		s++;
	__stdio_put(stdout, '\n');
	return __stdio_finish(stdout, nerr, 0);
}

/* Writes buffered output of f, or of every stream if f is NULL. An input
 * stream has nothing to write; its unread input stays. */
int fflush(FILE *f)
{
	int r = 0;

	if (f != NULL)
		return f->wlen > 0 ? __stdio_flush(f) : 0;
	for (f = __stdio_open; f != NULL; f = f->next)
		if (f->wlen > 0 && __stdio_flush(f) < 0)
			r = EOF;
	return r;
}

/* See <stdio.h>: buf (if given) replaces f's buffer. */
int setvbuf(FILE *f, char *buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
		errno = EINVAL;
		return EOF;
	}
	f->mode = mode;
	if (buf != NULL && size > 0) {
		if (f->flags & F_MYBUF)
			free(f->buf);
		f->flags &= ~F_MYBUF;
		f->buf = (unsigned char *)buf;
		f->size = size;
	}
	return 0;
}

/* See <stdio.h>. */
void setbuf(FILE *f, char *buf)
{
	setvbuf(f, buf, buf != NULL ? _IOFBF : _IONBF, BUFSIZ);
}

/* Whether a read found end of file (until clearerr or ungetc). */
int feof(FILE *f)
{
	return (f->flags & F_EOF) != 0;
}

/* Whether a read or write on f failed (until clearerr). */
int ferror(FILE *f)
{
	return (f->flags & F_ERR) != 0;
}

/* Clears both indicators. */
void clearerr(FILE *f)
{
	f->flags &= ~(F_EOF | F_ERR);
}

/* The descriptor under f. */
int fileno(FILE *f)
{
	return f->fd;
}
