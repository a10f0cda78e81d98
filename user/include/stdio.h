/*
 * Formatted and buffered I/O on file descriptors. stdout is line-buffered
 * (flushed at '\n', at exit, and before reading stdin); stderr is written
 * at the end of every call. Input is read a byte at a time, so no data is
 * read ahead and lost across fork or exec.
 */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <stddef.h>

#define EOF    (-1)
#define BUFSIZ 512

typedef struct FILE FILE;
extern FILE *stdin, *stdout, *stderr;

int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int vprintf(const char *fmt, va_list ap);
int fprintf(FILE *f, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int vfprintf(FILE *f, const char *fmt, va_list ap);
/* Formats straight to a descriptor, bypassing the stdio buffers. */
int dprintf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int vdprintf(int fd, const char *fmt, va_list ap);
/* Writes at most n-1 characters and a NUL; returns the full length. */
int snprintf(char *buf, size_t n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vsnprintf(char *buf, size_t n, const char *fmt, va_list ap);

int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *s, FILE *f);
/* Writes s and a newline to stdout. */
int puts(const char *s);
/* Writes buffered output; fflush(NULL) flushes every stream. */
int fflush(FILE *f);

int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
/* Reads a line (with its '\n') into buf; NULL at end of file. */
char *fgets(char *buf, int n, FILE *f);
int feof(FILE *f);
int ferror(FILE *f);
/* Returns the descriptor under f. */
int fileno(FILE *f);

/*
 * Kestrel-specific: reads one line from fd into buf (at most n-1 bytes,
 * keeping the '\n'), NUL-terminated. Returns its length, 0 at end of file,
 * or -1 with errno set.
 */
int getline_fd(int fd, char *buf, int n);

/* Gives a file or directory the name new instead of old. */
int rename(const char *old, const char *new);

/* Prints "s: <strerror(errno)>" on stderr (just the text if s is NULL). */
void perror(const char *s);

#endif
