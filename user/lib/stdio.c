/*
 * Buffered output and simple input on file descriptors: stdin, stdout
 * and stderr, the printf family (formatting is kernel/fmt.c's), fgets and
 * getline_fd. There is no fopen: open() and dprintf() serve other files.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "fmt.h"

enum { UNBUFFERED, LINE_BUFFERED };

struct FILE {
	int fd;
	int mode;  /* UNBUFFERED: written at the end of each call */
	int len;   /* bytes waiting in buf */
	int eof;   /* a read returned end of file */
	int error; /* a read or write failed */
	char buf[BUFSIZ];
};

static FILE streams[] = {
	{.fd = STDIN_FILENO, .mode = UNBUFFERED},
	{.fd = STDOUT_FILENO, .mode = LINE_BUFFERED},
	{.fd = STDERR_FILENO, .mode = UNBUFFERED},
};

FILE *stdin = &streams[0];
FILE *stdout = &streams[1];
FILE *stderr = &streams[2];

/* Writes out f's buffer, retrying short writes; 0, or EOF on error. */
static int flush(FILE *f)
{
	int done = 0, r;

	while (done < f->len) {
		r = write(f->fd, f->buf + done, f->len - done);
		if (r <= 0) {
			f->len = 0;
			f->error = 1;
			return EOF;
		}
		done += r;
	}
	f->len = 0;
	return 0;
}

/* Adds c to f's buffer, writing it out when full or at a newline. */
static void put(FILE *f, int c)
{
	f->buf[f->len++] = (char)c;
	if (f->len == BUFSIZ || (c == '\n' && f->mode == LINE_BUFFERED))
		flush(f);
}

/* Ends one stdio call on f: returns result, or EOF if a write failed. */
static int finish(FILE *f, int result)
{
	if (f->mode == UNBUFFERED && flush(f) < 0)
		return EOF;
	return result;
}

/* Writes buffered output of f, or of every stream if f is NULL. */
int fflush(FILE *f)
{
	int r = 0;

	if (f != NULL)
		return flush(f);
	for (size_t i = 0; i < sizeof(streams) / sizeof(streams[0]); i++)
		if (flush(&streams[i]) < 0)
			r = EOF;
	return r;
}

static void file_sink(int c, void *arg)
{
	put(arg, c);
}

/* Returns the number of characters written, or EOF on a write error. */
int vfprintf(FILE *f, const char *fmt, va_list ap)
{
	return finish(f, fmt_format(file_sink, f, fmt, ap));
}

int fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

int vprintf(const char *fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

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
	FILE f = {.fd = fd, .mode = UNBUFFERED};

	return vfprintf(&f, fmt, ap);
}

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

int snprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}

/* Returns c as an unsigned char, or EOF on a write error. */
int fputc(int c, FILE *f)
{
	put(f, c);
	return finish(f, (unsigned char)c);
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, stdout);
}

/* Returns a non-negative number, or EOF on a write error. */
int fputs(const char *s, FILE *f)
{
	while (*s)
		put(f, *s++);
	return finish(f, 0);
}

int puts(const char *s)
{
	while (*s)
		put(stdout, *s++);
	put(stdout, '\n');
	return finish(stdout, 0);
}

/*
 * Reads one line from fd into buf, a byte at a time so that nothing past
 * the newline is consumed. Flushes stdout first, so a prompt is seen.
 */
int getline_fd(int fd, char *buf, int n)
{
	int len = 0, r;
	char c;

	if (n <= 0) {
		errno = EINVAL;
		return -1;
	}
	fflush(stdout);
	while (len < n - 1) {
		r = read(fd, &c, 1);
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		buf[len++] = c;
		if (c == '\n')
			break;
	}
	buf[len] = 0;
	return len;
}

/* Returns the next byte as an unsigned char, or EOF at end or on error. */
int fgetc(FILE *f)
{
	unsigned char c;
	int r;

	fflush(stdout);
	r = read(f->fd, &c, 1);
	if (r == 1)
		return c;
	if (r == 0)
		f->eof = 1;
	else
		f->error = 1;
	return EOF;
}

int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(stdin);
}

/* Returns buf, or NULL if end of file or an error came before any byte. */
char *fgets(char *buf, int n, FILE *f)
{
	int r = getline_fd(f->fd, buf, n);

	if (r < 0)
		f->error = 1;
	else if (r == 0 && n > 1)
		f->eof = 1;
	return r > 0 ? buf : NULL;
}

int feof(FILE *f)
{
	return f->eof;
}

int ferror(FILE *f)
{
	return f->error;
}

int fileno(FILE *f)
{
	return f->fd;
}

/* Prints "s: message" for the current errno on stderr. */
void perror(const char *s)
{
	const char *msg = strerror(errno);

	if (s != NULL && *s != 0)
		fprintf(stderr, "%s: %s\n", s, msg);
	else
		fprintf(stderr, "%s\n", msg);
}
