/* String and memory functions, with their standard C meanings. */
#ifndef _STRING_H
#define _STRING_H

#include <stddef.h>

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *d, const char *s);
char *strncpy(char *d, const char *s, size_t n);
char *strcat(char *d, const char *s);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *hay, const char *needle);
/* A malloc'ed copy of s, or NULL (errno ENOMEM). */
char *strdup(const char *s);
/* Cuts the next token, ending at any byte of delim, off the front of *sp. */
char *strsep(char **sp, const char *delim);

void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);

/* The text for an errno value: "No such file or directory" for ENOENT. */
char *strerror(int err);

#endif
