/*
 * Reading from streams: refilling a buffer from the descriptor, a byte at
 * a time (fgetc, ungetc), a line at a time (fgets, getdelim), a block at
 * a time (fread); and getline_fd, which reads a descriptor directly.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

/* Writes the buffered output of every line-buffered stream. */
static void flush_line_buffered(void)
{
	for (FILE *f = __stdio_open; f != NULL; f = f->next)
		if (f->mode == _IOLBF && f->wlen > 0)
			__stdio_flush(f);
}

/*
 * Reads more input into f's buffer: one byte if f is unbuffered, else as
 * much as read gives. Returns 0, or EOF at end of file or on error.
 */
static int refill(FILE *f)
{
	ssize_t n;

	if (!(f->flags & F_READ)) {
		errno = EBADF;
		f->flags |= F_ERR;
		return EOF;
	}
	if (f->flags & F_EOF)
		return EOF;
	__stdio_buffer(f);
	if (f->wlen > 0 && __stdio_flush(f) < 0)
		return EOF;
	if (f->mode != _IOFBF)
		flush_line_buffered();
	n = read(f->fd, f->buf, f->mode == _IONBF ? 1 : f->size);
	f->rpos = 0;
	f->rend = n > 0 ? (size_t)n : 0;
	if (n <= 0) {
		f->flags |= n == 0 ? F_EOF : F_ERR;
		return EOF;
	}
	return 0;
}

/* Returns the next byte as an unsigned char, or EOF at end or on error. */
int fgetc(FILE *f)
{
	int c = f->ungot;

	if (c != EOF) {
		f->ungot = EOF;
		return c;
	}
	if (f->rpos == f->rend && refill(f) < 0)
		return EOF;
	return f->buf[f->rpos++];
}

/* fgetc. */
int getc(FILE *f)
{
	return fgetc(f);
}

/* fgetc from stdin. */
int getchar(void)
{
	return fgetc(stdin);
}

/*
 * Pushes c back: into the buffer behind the next byte if there is room,
 * else into f's one-byte slot. Returns c, or EOF if c is EOF or no room.
 */
int ungetc(int c, FILE *f)
{
	if (c == EOF || f->ungot != EOF)
		return EOF;
	if (f->rpos > 0 && f->buf[f->rpos - 1] == (unsigned char)c)
		f->rpos--; /* the byte is still there (sscanf's may be const) */
	else if (f->rpos > 0)
		f->buf[--f->rpos] = (unsigned char)c;
	else
		f->ungot = (unsigned char)c;
	f->flags &= ~F_EOF;
	return (unsigned char)c;
}

/* Returns buf, or NULL if end of file or an error came before any byte. */
char *fgets(char *buf, int n, FILE *f)
{
	int len = 0, c = 0;

	if (n <= 0) {
		errno = EINVAL;
		return NULL;
	}
	while (len < n - 1 && c != '\n') {
		if ((c = fgetc(f)) == EOF)
			break;
		buf[len++] = (char)c;
	}
	buf[len] = 0;
	return len == 0 && n > 1 ? NULL : buf;
}

/* See <stdio.h>: grows *line by doubling, from 128 bytes. */
ssize_t getdelim(char **line, size_t *size, int delim, FILE *f)
{
	size_t len = 0;
	char *p;
	int c = 0;

	if (line == NULL || size == NULL) {
		errno = EINVAL;
		return -1;
	}
	if (*line == NULL)
		*size = 0;
	while (c != delim && (c = fgetc(f)) != EOF) {
		if (len + 2 > *size) {
			size_t grow = *size < 64 ? 128 : *size * 2;

			if ((p = realloc(*line, grow)) == NULL) {
				f->flags |= F_ERR;
				return -1;
			}
			*line = p;
			*size = grow;
		}
		(*line)[len++] = (char)c;
	}
	if (len == 0)
		return -1;
	(*line)[len] = 0;
	return (ssize_t)len;
}

/* getdelim up to a newline. */
ssize_t getline(char **line, size_t *size, FILE *f)
{
	return getdelim(line, size, '\n', f);
}

/* See <stdio.h>: from f's buffer, or for a large request with an empty
 * buffer straight from the descriptor into p. */
size_t fread(void *p, size_t size, size_t nmemb, FILE *f)
{
	unsigned char *d = p;
	size_t want, got = 0, n;
	ssize_t r;

	if (size == 0 || nmemb == 0)
		return 0;
	want = size * nmemb;
	if (want / size != nmemb) {
		errno = EOVERFLOW;
		return 0;
	}
	if (f->ungot != EOF) {
		d[got++] = (unsigned char)f->ungot;
		f->ungot = EOF;
	}
	while (got < want) {
		if (f->rpos == f->rend && want - got >= BUFSIZ &&
		    (f->flags & F_READ) && !(f->flags & F_EOF) &&
		    f->mode != _IONBF && f->wlen == 0) {
			/* A large read goes straight into the caller's memory. */
			r = read(f->fd, d + got, want - got);
			if (r <= 0) {
				f->flags |= r == 0 ? F_EOF : F_ERR;
				break;
			}
			got += r;
			continue;
		}
		if (f->rpos == f->rend && refill(f) < 0)
			break;
		n = f->rend - f->rpos < want - got ? f->rend - f->rpos
						   : want - got;
		memcpy(d + got, f->buf + f->rpos, n);
		f->rpos += n;
		got += n;
	}
	return got / size;
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
