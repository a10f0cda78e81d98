/*
 * The inside of a stdio stream, shared by stdio.c (the streams, buffers
 * and writing), stdio_in.c (reading), fopen.c (opening and closing),
 * printf.c and scanf.c. Not for programs.
 */
#ifndef STDIO_IMPL_H
#define STDIO_IMPL_H

#include <stdio.h>

#define F_READ	 0x01 /* open for reading */
#define F_WRITE	 0x02 /* open for writing */
#define F_EOF	 0x04 /* a read found end of file */
#define F_ERR	 0x08 /* a read or write failed */
#define F_MYBUF	 0x10 /* buf came from malloc: fclose frees it */
#define F_MYFILE 0x20 /* the FILE came from malloc: fclose frees it */

struct FILE {
	int fd;
	int flags;	    /* F_* */
	int mode;	    /* _IOFBF, _IOLBF or _IONBF */
	unsigned char *buf; /* NULL until the first I/O */
	size_t size;	    /* bytes in buf */
	size_t rpos, rend;  /* unread input: buf[rpos] to buf[rend - 1] */
	size_t wlen;	    /* output waiting: buf[0] to buf[wlen - 1] */
	int ungot;	    /* a byte ungetc could not put in buf, or EOF */
	unsigned nerr;	    /* write errors so far: a call compares counts */
	unsigned char tiny; /* the buffer if malloc has none to give */
	FILE *next;	    /* the next open stream */
};

/* Every open stream, most recently opened first (stdio.c). */
extern FILE *__stdio_open;

/* Gives f a buffer at its first use: BUFSIZ bytes from malloc, or (if
 * there is no memory) the one byte inside f. */
void __stdio_buffer(FILE *f);
/* Writes out f's buffered output; 0, or EOF on error (with F_ERR). */
int __stdio_flush(FILE *f);
/* Adds c to f's output, writing the buffer when full or, line-buffered,
 * at '\n'. Returns c as an unsigned char, or EOF on error. */
int __stdio_put(FILE *f, int c);
/* Ends one output call on f: writes an unbuffered stream's buffer, then
 * returns result, or EOF if a write failed since f->nerr was nerr. */
int __stdio_finish(FILE *f, unsigned nerr, int result);

#endif
