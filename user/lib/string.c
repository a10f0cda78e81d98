/*
 * The string functions of <string.h> that the kernel does not need. The
 * rest (mem*, strlen, strnlen, strcmp, strncmp) come from kernel/string.c,
 * which the C library compiles too, as it does kernel/fmt.c.
 */
#include <stdlib.h>
#include <string.h>

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

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n > 0; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}
