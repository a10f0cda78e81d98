/*
 * Buffered streams on file descriptors: stdin, stdout, stderr and those
 * fopen and fdopen make, their buffers, reading and writing a byte, a
 * line or a block at a time, and the list of open streams that fflush(NULL)
 * and exit() walk. The printf family is in printf.c; formatting is
 * kernel/fmt.c's.
 */
#include <errno.h>
#include <fcntl.h>
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
static FILE *open_streams = &std_streams[0];

/* Gives f a buffer at its first use: BUFSIZ bytes from malloc, or (if
 * there is no memory) the one byte inside f. */
static void get_buffer(FILE *f)
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

/* Writes out f's buffer, retrying short writes; 0, or EOF on error. */
static int flush_out(FILE *f)
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
	get_buffer(f);
	if (f->rend > f->rpos || f->ungot != EOF) {
		/* Unread input cannot be given back without lseek: drop it. */
		f->rpos = f->rend = 0;
		f->ungot = EOF;
	}
	f->buf[f->wlen++] = (unsigned char)c;
	if (f->wlen == f->size || (c == '\n' && f->mode == _IOLBF))
		if (flush_out(f) < 0)
			return EOF;
	return (unsigned char)c;
}

/* See stdio_impl.h. */
int __stdio_finish(FILE *f, unsigned nerr, int result)
{
	if (f->mode == _IONBF && f->wlen > 0)
		flush_out(f);
	return f->nerr != nerr ? EOF : result;
}

/* Writes the buffered output of every line-buffered stream. */
static void flush_line_buffered(void)
{
	for (FILE *f = open_streams; f != NULL; f = f->next)
		if (f->mode == _IOLBF && f->wlen > 0)
			flush_out(f);
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
	get_buffer(f);
	if (f->wlen > 0 && flush_out(f) < 0)
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
		return f->wlen > 0 ? flush_out(f) : 0;
	for (f = open_streams; f != NULL; f = f->next)
		if (f->wlen > 0 && flush_out(f) < 0)
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

/*
 * Turns an fopen mode into open() flags and stream flags; 0, or -1 with
 * EINVAL. "a" needs no O_APPEND today: the only files the kernel can
 * write (the console, pipes) have no position, so writes append anyway.
 */
static int parse_mode(const char *mode, int *oflags, int *sflags)
{
	int plus = strchr(mode, '+') != NULL;

	switch (mode[0]) {
	case 'r':
		*oflags = plus ? O_RDWR : O_RDONLY;
		break;
	case 'w':
	case 'a':
		*oflags = (plus ? O_RDWR : O_WRONLY) | O_CREAT;
		if (mode[0] == 'w')
			*oflags |= O_TRUNC;
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	*sflags = plus ? F_READ | F_WRITE : mode[0] == 'r' ? F_READ : F_WRITE;
	return 0;
}

/* Makes a fully buffered stream on fd and puts it on the open list. */
static FILE *new_stream(int fd, int sflags)
{
	FILE *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return NULL;
	f->fd = fd;
	f->flags = sflags | F_MYFILE;
	f->mode = _IOFBF;
	f->ungot = EOF;
	f->next = open_streams;
	open_streams = f;
	return f;
}

/* See <stdio.h>: open(), then a fully buffered stream on it. */
FILE *fopen(const char *path, const char *mode)
{
	int oflags, sflags, fd;
	FILE *f;

	if (parse_mode(mode, &oflags, &sflags) < 0)
		return NULL;
	if ((fd = open(path, oflags, 0666)) < 0)
		return NULL;
	if ((f = new_stream(fd, sflags)) == NULL)
		close(fd);
	return f;
}

/* See <stdio.h>. */
FILE *fdopen(int fd, const char *mode)
{
	int oflags, sflags, acc, fl = fcntl(fd, F_GETFL, 0);

	if (fl < 0 || parse_mode(mode, &oflags, &sflags) < 0)
		return NULL;
	acc = fl & O_ACCMODE;
	if (((sflags & F_READ) && acc == O_WRONLY) ||
	    ((sflags & F_WRITE) && acc == O_RDONLY)) {
		errno = EINVAL;
		return NULL;
	}
	return new_stream(fd, sflags);
}

/* Takes f off the open list, flushes it and closes its descriptor;
 * 0, or EOF if the flush or the close failed. */
static int close_stream(FILE *f)
{
	int r = fflush(f);

	for (FILE **pp = &open_streams; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == f) {
			*pp = f->next;
			break;
		}
	}
	if (close(f->fd) < 0)
		r = EOF;
	if (f->flags & F_MYBUF) {
		free(f->buf);
		f->buf = NULL;
		f->flags &= ~F_MYBUF;
	}
	return r;
}

/* See <stdio.h>: a standard stream is only closed, not freed. */
int fclose(FILE *f)
{
	int r = close_stream(f);

	if (f->flags & F_MYFILE)
		free(f);
	else
		f->flags = 0; /* a standard stream: any later use fails */
	return r;
}

/* See <stdio.h>: keeps f itself, and stdin, stdout or stderr keep
 * their descriptor number (dup2). */
FILE *freopen(const char *path, const char *mode, FILE *f)
{
	int oflags, sflags, fd, oldfd = f->fd;

	if (parse_mode(mode, &oflags, &sflags) < 0)
		return NULL;
	close_stream(f);
	fd = open(path, oflags, 0666);
	if (fd >= 0 && oldfd <= STDERR_FILENO && fd != oldfd) {
		if (dup2(fd, oldfd) < 0) {
			close(fd);
			fd = -1;
		} else {
			close(fd);
			fd = oldfd;
		}
	}
	if (fd < 0) {
		if (f->flags & F_MYFILE)
			free(f);
		return NULL;
	}
	f->fd = fd;
	f->flags = sflags | (f->flags & F_MYFILE);
	f->rpos = f->rend = f->wlen = 0;
	f->ungot = EOF;
	f->next = open_streams;
	open_streams = f;
	return f;
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

/* Prints "s: message" for the current errno on stderr. */
void perror(const char *s)
{
	const char *msg = strerror(errno);

	if (s != NULL && *s != 0)
		fprintf(stderr, "%s: %s\n", s, msg);
	else
		fprintf(stderr, "%s\n", msg);
}

/* 0 if path exists (and is then not ours to change), else -1 with open's
 * errno (ENOENT...). */
static int exists(const char *path)
{
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return -1;
	close(fd);
	return 0;
}

/* The initrd is read-only: EROFS for a file that exists, else ENOENT. */
int remove(const char *path)
{
	if (exists(path) == 0)
		errno = EROFS;
	return -1;
}

/* As remove: nothing can be renamed on the read-only initrd. */
int rename(const char *from, const char *to)
{
	(void)to;
	return remove(from);
}

/* There is nowhere to write a temporary file: NULL with EROFS. */
FILE *tmpfile(void)
{
	errno = EROFS;
	return NULL;
}
