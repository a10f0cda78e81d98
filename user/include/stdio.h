/*
 * Buffered streams (FILE *) on file descriptors, and formatted I/O.
 * stdout is line-buffered (written at each '\n', when full, at exit, and
 * before a line-buffered or unbuffered stream such as stdin reads);
 * stderr is unbuffered (written at the end of every call); streams from
 * fopen and fdopen are fully buffered. exit() flushes every open stream.
 */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>
#include <kestrel/limits.h>

#define EOF	     (-1)
#define BUFSIZ	     1024
#define FILENAME_MAX PATH_MAX
#define FOPEN_MAX    OPEN_MAX

/* setvbuf's modes (glibc's values). */
#define _IOFBF 0 /* fully buffered */
#define _IOLBF 1 /* line buffered */
#define _IONBF 2 /* unbuffered */

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

typedef struct FILE FILE;
typedef off_t fpos_t; /* a position in a stream */
extern FILE *stdin, *stdout, *stderr;

/*
 * Opens path as a stream. mode: "r", "w", "a", each with an optional "+"
 * (read and write) and "b" (ignored). NULL with errno on failure: EINVAL
 * for a bad mode, or open()'s error (EROFS: the initrd cannot be written).
 */
FILE *fopen(const char *path, const char *mode);
/* A stream on open descriptor fd; EBADF if it is not open, EINVAL if its
 * access mode does not allow mode. */
FILE *fdopen(int fd, const char *mode);
/* Closes f and opens path in its place (on the same descriptor number if
 * f was stdin, stdout or stderr). */
FILE *freopen(const char *path, const char *mode, FILE *f);
/* Flushes and closes f, and frees it; 0, or EOF if a step failed. */
int fclose(FILE *f);
/* Writes buffered output of f, or of every stream if f is NULL. */
int fflush(FILE *f);
/* Chooses f's buffering before its first I/O; nonzero on a bad mode. */
int setvbuf(FILE *f, char *buf, int mode, size_t size);
/* setvbuf(f, buf, _IOFBF, BUFSIZ), or _IONBF if buf is NULL. */
void setbuf(FILE *f, char *buf);

/* Moves f's position (whence: SEEK_SET, SEEK_CUR, SEEK_END), after
 * writing its buffered output and dropping what it read ahead; clears
 * end of file and undoes ungetc. 0, or -1 with errno (ESPIPE on a pipe,
 * EINVAL for a bad whence or a position before the start). */
int fseek(FILE *f, long off, int whence);
int fseeko(FILE *f, off_t off, int whence);
/* f's position, counting what is buffered either way; -1 with errno. */
long ftell(FILE *f);
off_t ftello(FILE *f);
/* fseek(f, 0, SEEK_SET), and the error mark cleared. */
void rewind(FILE *f);
int fgetpos(FILE *f, fpos_t *pos);
int fsetpos(FILE *f, const fpos_t *pos);

/* Read and write nmemb items of size bytes; return the complete items. */
size_t fread(void *p, size_t size, size_t nmemb, FILE *f);
size_t fwrite(const void *p, size_t size, size_t nmemb, FILE *f);

/* The next byte as an unsigned char, or EOF at end of file or on error. */
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
/* Pushes c back onto f (one byte at least is always possible). */
int ungetc(int c, FILE *f);
/* Reads a line (with its '\n') into buf, at most n-1 bytes and a NUL;
 * NULL at end of file before any byte, or on error. */
char *fgets(char *buf, int n, FILE *f);
/*
 * Reads up to and including delim (getline: '\n') into *line, growing it
 * with realloc (*size is its size). Returns the bytes read, or -1 at end
 * of file or on error (EINVAL for NULL arguments).
 */
ssize_t getdelim(char **line, size_t *size, int delim, FILE *f);
ssize_t getline(char **line, size_t *size, FILE *f);

/* Return c as an unsigned char, or EOF on error. */
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
/* Return a non-negative number, or EOF on error. */
int fputs(const char *s, FILE *f);
/* Writes s and a newline to stdout. */
int puts(const char *s);

int feof(FILE *f);
int ferror(FILE *f);
/* Clears f's end-of-file and error indicators. */
void clearerr(FILE *f);
/* Returns the descriptor under f. */
int fileno(FILE *f);

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
int sprintf(char *buf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int vsprintf(char *buf, const char *fmt, va_list ap);
/* Formats into a string from malloc, stored in *sp; returns its length,
 * or -1 (ENOMEM) with *sp undefined. */
int asprintf(char **sp, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int vasprintf(char **sp, const char *fmt, va_list ap);

/*
 * Formatted input: each conversion (%d %i %u %o %x %p, %f %e %g %a, %s
 * %c %[set], %n; '*' to skip, a width, the length modifiers of printf)
 * skips white space (not %c, %[, %n) and reads its item; white space in
 * fmt matches any amount. Return the items assigned, or EOF if the input
 * ended before the first conversion.
 */
int scanf(const char *fmt, ...) __attribute__((format(scanf, 1, 2)));
int fscanf(FILE *f, const char *fmt, ...) __attribute__((format(scanf, 2, 3)));
int sscanf(const char *s, const char *fmt, ...)
	__attribute__((format(scanf, 2, 3)));
int vscanf(const char *fmt, va_list ap);
int vfscanf(FILE *f, const char *fmt, va_list ap);
int vsscanf(const char *s, const char *fmt, va_list ap);

/* Removes a file or an empty directory; tmpfile fails with EROFS. */
int remove(const char *path);
FILE *tmpfile(void);

/*
 * Kestrel-specific: reads one line from fd into buf (at most n-1 bytes,
 * keeping the '\n'), NUL-terminated, a byte at a time so that nothing
 * past the line is consumed. Returns its length, 0 at end of file, or -1
 * with errno set.
 */
int getline_fd(int fd, char *buf, int n);

/* Gives a file or directory the name new instead of old. */
int rename(const char *old, const char *new);

/* Prints "s: <strerror(errno)>" on stderr (just the text if s is NULL). */
void perror(const char *s);

/* Commands run by /bin/sh -c (user/lib/popen.c): the stream reads the
 * command's output ("r") or writes its input ("w"); pclose waits for it
 * and returns its wait status. */
FILE *popen(const char *command, const char *mode);
int pclose(FILE *f);

/* Streams are not shared between threads of a process here, so the
 * unlocked calls are the ordinary ones, and the locks do nothing. */
int getc_unlocked(FILE *f);
int getchar_unlocked(void);
int putc_unlocked(int c, FILE *f);
int putchar_unlocked(int c);
void flockfile(FILE *f);
void funlockfile(FILE *f);
int ftrylockfile(FILE *f);
/* setvbuf(f, NULL, _IOLBF, 0). */
void setlinebuf(FILE *f);

#define L_ctermid 16
#define L_tmpnam  32
#define P_tmpdir  "/tmp"
#define TMP_MAX	  10000
/* The terminal's name: "/dev/console". */
char *ctermid(char *s);
/* A name in P_tmpdir that no file has now; NULL after TMP_MAX names. */
char *tmpnam(char *s);

#endif
