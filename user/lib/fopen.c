/*
 * Opening and closing streams: fopen, fdopen, freopen, fclose; remove
 * and tmpfile.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"

/*
 * Turns an fopen mode into open() flags and stream flags; 0, or -1 with
 * EINVAL. "a" opens with O_APPEND, so every write goes to the end even
 * if another process writes the file too.
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
		*oflags |= mode[0] == 'w' ? O_TRUNC : O_APPEND;
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
	f->next = __stdio_open;
	__stdio_open = f;
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

	for (FILE **pp = &__stdio_open; *pp != NULL; pp = &(*pp)->next) {
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
	f->next = __stdio_open;
	__stdio_open = f;
	return f;
}

/* Removes a file (unlink) or an empty directory (rmdir), as C says. */
int remove(const char *path)
{
	int saved = errno;

	if (unlink(path) == 0)
		return 0;
	if (errno == EISDIR || errno == EPERM) {
		errno = saved;
		return rmdir(path);
	}
	return -1;
}

/* There is nowhere to write a temporary file: NULL with EROFS. */
FILE *tmpfile(void)
{
	errno = EROFS;
	return NULL;
}

/* See <fcntl.h>. */
int creat(const char *path, mode_t mode)
{
	return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}
