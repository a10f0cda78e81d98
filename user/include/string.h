/* String and memory functions, with their standard C and POSIX meanings. */
#ifndef _STRING_H
#define _STRING_H

#include <stddef.h>
#include <strings.h>

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
/* strcmp: the C locale has no other collation order. */
int strcoll(const char *a, const char *b);
size_t strxfrm(char *d, const char *s, size_t n);
char *strcpy(char *d, const char *s);
char *strncpy(char *d, const char *s, size_t n);
/* Copy and return the end of the copy (stpcpy: its NUL). */
char *stpcpy(char *d, const char *s);
char *stpncpy(char *d, const char *s, size_t n);
char *strcat(char *d, const char *s);
char *strncat(char *d, const char *s, size_t n);
/* Copy or append into a buffer of n bytes, always terminated; return
 * the length the result would have had (>= n: it was cut). */
size_t strlcpy(char *d, const char *s, size_t n);
size_t strlcat(char *d, const char *s, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *hay, const char *needle);
char *strpbrk(const char *s, const char *accept);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
/* Cut s into tokens separated by bytes of delim (strtok keeps the place
 * in a hidden static; strtok_r in *save). */
char *strtok(char *s, const char *delim);
char *strtok_r(char *s, const char *delim, char **save);
/* A malloc'ed copy of s (strndup: of at most n bytes), or NULL (ENOMEM). */
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
/* Cuts the next token, ending at any byte of delim, off the front of *sp. */
char *strsep(char **sp, const char *delim);

void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
void *mempcpy(void *d, const void *s, size_t n);
void *memccpy(void *d, const void *s, int c, size_t n);
void *memmove(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
void *memrchr(const void *s, int c, size_t n);

/* The text for an errno value: "No such file or directory" for ENOENT. */
char *strerror(int err);
/* POSIX's: copies the text into buf; 0, or ERANGE if it did not fit. */
int strerror_r(int err, char *buf, size_t n);
/* The description of a signal: "Segmentation fault" for SIGSEGV. */
char *strsignal(int sig);

/* The first s2 in s1, letters of either case equal; NULL if none. */
char *strcasestr(const char *s1, const char *s2);
/* The first copy of the n2 bytes of s2 in the n1 bytes of s1, or NULL. */
void *memmem(const void *s1, size_t n1, const void *s2, size_t n2);
/* strchr, but the end of s (not NULL) when c is not in s. */
char *strchrnul(const char *s, int c);
/* memset(d, 0, n) that the compiler may not leave out. */
void explicit_bzero(void *d, size_t n);

#endif
