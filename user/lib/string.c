/*
 * The string and memory functions of <string.h>. Plain byte loops: clear
 * rather than fast. GCC may also call memset, memcpy and memmove itself.
 */
#include <stdlib.h>
#include <string.h>

size_t strlen(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

size_t strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n > 0; n--, a++, b++) {
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		if (*a == 0)
			return 0;
	}
	return 0;
}

char *strcpy(char *d, const char *s)
{
	char *p = d;

	while ((*p++ = *s++) != 0)
		;
	return d;
}

/* As in C: pads with NULs up to n, and does NOT terminate a long s. */
char *strncpy(char *d, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i]; i++)
		d[i] = s[i];
	for (; i < n; i++)
		d[i] = 0;
	return d;
}

char *strcat(char *d, const char *s)
{
	strcpy(d + strlen(d), s);
	return d;
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

char *strstr(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++)
		if (strncmp(hay, needle, n) == 0)
			return (char *)hay;
	return n == 0 ? (char *)hay : NULL;
}

char *strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);

	if (d != NULL)
		memcpy(d, s, n);
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
	for (p = tok; *p; p++) {
		if (strchr(delim, *p) != NULL) {
			*p = 0;
			*sp = p + 1;
			return tok;
		}
	}
	*sp = NULL;
	return tok;
}

void *memset(void *d, int c, size_t n)
{
	unsigned char *p = d;

	while (n-- > 0)
		*p++ = (unsigned char)c;
	return d;
}

void *memcpy(void *d, const void *s, size_t n)
{
	return memmove(d, s, n);
}

/* Copies correctly when the areas overlap, in either direction. */
void *memmove(void *d, const void *s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;

	if (dp < sp) {
		while (n-- > 0)
			*dp++ = *sp++;
	} else {
		while (n-- > 0)
			dp[n] = sp[n];
	}
	return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	for (; n > 0; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n > 0; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}
