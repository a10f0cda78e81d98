/*
 * The string functions of <string.h> and <strings.h> that the kernel does
 * not need. The rest (mem*, strlen, strnlen, strcmp, strncmp) come from
 * kernel/string.c, which the C library compiles too, as it does
 * kernel/fmt.c. strerror is in strerror.c.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Copies s, NUL included, to d; returns d. */
char *strcpy(char *d, const char *s)
{
	stpcpy(d, s);
	return d;
}

/* Copies s, NUL included, to d; returns the address of d's new NUL. */
char *stpcpy(char *d, const char *s)
{
	while ((*d = *s++) != 0)
		d++;
	return d;
}

/* As in C: pads with NULs up to n, and does NOT terminate a long s. */
char *strncpy(char *d, const char *s, size_t n)
{
	stpncpy(d, s, n);
	return d;
}

/* strncpy that returns the end of the copy: d + strnlen(s, n). */
char *stpncpy(char *d, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i]; i++)
		d[i] = s[i];
	memset(d + i, 0, n - i);
	return d + i;
}

/* Appends s to d; returns d. */
char *strcat(char *d, const char *s)
{
	strcpy(d + strlen(d), s);
	return d;
}

/* Appends at most n bytes of s to d, then a NUL; returns d. */
char *strncat(char *d, const char *s, size_t n)
{
	char *p = d + strlen(d);
	size_t i;

	for (i = 0; i < n && s[i]; i++)
		p[i] = s[i];
	p[i] = 0;
	return d;
}

/* Copies s into d of size n, always terminated if n > 0; returns
 * strlen(s), so a result >= n means it was cut. */
size_t strlcpy(char *d, const char *s, size_t n)
{
	size_t len = strlen(s);

	if (n > 0) {
		size_t k = len < n - 1 ? len : n - 1;

		memcpy(d, s, k);
		d[k] = 0;
	}
	return len;
}

/* Appends s to d of size n, always terminated if there is room; returns
 * the length the result would have had. */
size_t strlcat(char *d, const char *s, size_t n)
{
	size_t dlen = strnlen(d, n);

	if (dlen == n)
		return n + strlen(s);
	return dlen + strlcpy(d + dlen, s, n - dlen);
}

/* Finds c in s; the terminating NUL counts, so strchr(s, 0) is the end. */
char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (*s == 0)
			return NULL;
	}
}

/* Finds the last c in s (the NUL counts, as in strchr). */
char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	for (;; s++) {
		if (*s == (char)c)
			last = s;
		if (*s == 0)
			return (char *)last;
	}
}

/* Finds needle in hay; an empty needle is found at hay. */
char *strstr(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	if (n == 0)
		return (char *)hay;
	for (; *hay; hay++)
		if (*hay == *needle && strncmp(hay, needle, n) == 0)
			return (char *)hay;
	return NULL;
}

/* The length of the start of s made only of bytes in accept. */
size_t strspn(const char *s, const char *accept)
{
	size_t n = 0;

	while (s[n] && strchr(accept, s[n]) != NULL)
		n++;
	return n;
}

/* The length of the start of s made only of bytes not in reject. */
size_t strcspn(const char *s, const char *reject)
{
	size_t n = 0;

	while (s[n] && strchr(reject, s[n]) == NULL)
		n++;
	return n;
}

/* The first byte of s that is in accept, or NULL. */
char *strpbrk(const char *s, const char *accept)
{
	s += strcspn(s, accept);
	return *s ? (char *)s : NULL;
}

/*
 * Returns the next token of the string *save points into: skips bytes of
 * delim, then cuts the token at the next one (with a NUL). Start with s,
 * continue with s NULL; NULL when no token is left.
 */
char *strtok_r(char *s, const char *delim, char **save)
{
	char *tok;

	if (s == NULL)
		s = *save;
	if (s == NULL)
		return NULL;
	s += strspn(s, delim);
	if (*s == 0) {
		*save = NULL;
		return NULL;
	}
	tok = s;
	s += strcspn(s, delim);
	if (*s) {
		*s = 0;
		*save = s + 1;
	} else {
		*save = NULL;
	}
	return tok;
}

/* strtok_r with one hidden state for the whole program. */
char *strtok(char *s, const char *delim)
{
	static char *save;

	return strtok_r(s, delim, &save);
}

/* A malloc'ed copy of s, or NULL with errno ENOMEM. */
char *strdup(const char *s)
{
	return strndup(s, SIZE_MAX);
}

/* A malloc'ed copy of at most n bytes of s, always terminated. */
char *strndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *d = malloc(len + 1);

	if (d != NULL) {
		memcpy(d, s, len);
		d[len] = 0;
	}
	return d;
}

/*
 * Returns the token at *sp, ending at the first byte of delim, which is
 * overwritten with NUL; *sp moves past it (NULL after the last token).
 */
char *strsep(char **sp, const char *delim)
{
	char *tok = *sp, *p;

	if (tok == NULL)
		return NULL;
	p = tok + strcspn(tok, delim);
	if (*p) {
		*p = 0;
		*sp = p + 1;
	} else {
		*sp = NULL;
	}
	return tok;
}

/* The first byte equal to c in n bytes at s, or NULL. */
void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n > 0; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

/* The last byte equal to c in n bytes at s, or NULL. */
void *memrchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	while (n-- > 0)
		if (p[n] == (unsigned char)c)
			return (void *)(p + n);
	return NULL;
}

/* Copies bytes up to and including the first c, at most n; returns the
 * byte after that c in d, or NULL if c was not among them. */
void *memccpy(void *d, const void *s, int c, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;

	for (size_t i = 0; i < n; i++)
		if ((dp[i] = sp[i]) == (unsigned char)c)
			return dp + i + 1;
	return NULL;
}

/* memcpy that returns the end of the copy. */
void *mempcpy(void *d, const void *s, size_t n)
{
	return (char *)memcpy(d, s, n) + n;
}

/* Compares as strcmp does: the C locale has no other collation. */
int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}

/* Copies s into d (at most n bytes, NUL included) and returns strlen(s):
 * in the C locale the transformed string is the string itself. */
size_t strxfrm(char *d, const char *s, size_t n)
{
	size_t len = strlen(s);

	if (len < n)
		memcpy(d, s, len + 1);
	return len;
}

/* Compares ignoring case (ASCII letters). */
int strcasecmp(const char *a, const char *b)
{
	return strncasecmp(a, b, SIZE_MAX);
}

/* Compares at most n bytes, ignoring case. */
int strncasecmp(const char *a, const char *b, size_t n)
{
	int x, y;

	for (; n > 0; n--, a++, b++) {
		x = tolower((unsigned char)*a);
		y = tolower((unsigned char)*b);
		if (x != y || x == 0)
			return x - y;
	}
	return 0;
}

/* The position (from 1) of the lowest bit set in i, or 0 if none is. */
int ffs(int i)
{
	unsigned u = (unsigned)i;
	int n = 1;

	if (u == 0)
		return 0;
	for (; !(u & 1); u >>= 1)
		n++;
	return n;
}

/* Zeroes n bytes at d. */
void bzero(void *d, size_t n)
{
	memset(d, 0, n);
}

/* Copies n bytes from s to d (note the order), overlapping or not. */
void bcopy(const void *s, void *d, size_t n)
{
	memmove(d, s, n);
}
