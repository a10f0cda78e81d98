/* The BSD string functions POSIX keeps: case-blind comparison, ffs. */
#ifndef _STRINGS_H
#define _STRINGS_H

#include <stddef.h>

/* Compare as strcmp and strncmp do, with letters of either case equal. */
int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
/* The position (from 1) of the lowest set bit of i; 0 if i is 0. */
int ffs(int i);
/* Legacy: memset(d, 0, n) and memmove(d, s, n). */
void bzero(void *d, size_t n);
void bcopy(const void *s, void *d, size_t n);

/* Legacy: strchr, strrchr and memcmp (only zero or not). */
char *index(const char *s, int c);
char *rindex(const char *s, int c);
int bcmp(const void *a, const void *b, size_t n);
int ffsl(long i);
int ffsll(long long i);

#endif
