/*
 * Positions in a stream: fseek, ftell and their off_t forms, rewind,
 * fgetpos and fsetpos. A stream's position is its descriptor's, less the
 * input it has read ahead (and a byte pushed back by ungetc), plus the
 * output it has not yet written.
 */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include "stdio_impl.h"

/* Bytes read from the descriptor that the program has not had yet. */
static off_t unread(FILE *f)
{
	return (off_t)(f->rend - f->rpos) + (f->ungot != EOF);
}

/* See <stdio.h>. Output waiting is written first; input read ahead is
 * dropped, and with it the end-of-file mark and any pushed-back byte. */
int fseeko(FILE *f, off_t off, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
		errno = EINVAL;
		return -1;
	}
	if (f->wlen > 0 && __stdio_flush(f) == EOF)
		return -1;
	if (whence == SEEK_CUR)
		off -= unread(f);
	if (lseek(f->fd, off, whence) < 0)
		return -1;
	f->rpos = f->rend = 0;
	f->ungot = EOF;
	f->flags &= ~F_EOF;
	return 0;
}

int fseek(FILE *f, long off, int whence)
{
	return fseeko(f, (off_t)off, whence);
}

/* See <stdio.h>: -1 with ESPIPE on a pipe or the console. */
off_t ftello(FILE *f)
{
	off_t pos = lseek(f->fd, 0, SEEK_CUR);

	if (pos < 0)
		return -1;
	pos = pos - unread(f) + (off_t)f->wlen;
	if (pos < 0) {
		errno = EIO; /* more pushed back than was read */
		return -1;
	}
	return pos;
}

long ftell(FILE *f)
{
	return (long)ftello(f);
}

void rewind(FILE *f)
{
	(void)fseeko(f, 0, SEEK_SET);
	f->flags &= ~F_ERR;
}

int fgetpos(FILE *f, fpos_t *pos)
{
	off_t p = ftello(f);

	if (p < 0)
		return -1;
	*pos = p;
	return 0;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
	return fseeko(f, *pos, SEEK_SET);
}
