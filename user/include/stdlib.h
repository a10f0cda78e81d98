/* Process exit, the heap allocator, and number conversion. */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/* Flushes stdio, then ends the process with status. */
__attribute__((noreturn)) void exit(int status);
/* Kills the process with SIGABRT (status 127 if that fails). */
__attribute__((noreturn)) void abort(void);

/* The heap: 8-byte aligned blocks; NULL and errno ENOMEM on failure. */
void *malloc(size_t size);
void free(void *p);
/* n * size zeroed bytes; NULL (ENOMEM) if n * size overflows. */
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t size);

int atoi(const char *s);
/* Base 0 (C prefixes), or 2 to 36; ERANGE and LONG_MAX/MIN on overflow. */
long strtol(const char *s, char **end, int base);
int abs(int n);

#endif
