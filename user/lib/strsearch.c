/*
 * The BSD and GNU string calls beyond C's: searching without regard to
 * case (strcasestr), in memory (memmem), the old names index, rindex
 * and bcmp, ffsl, and a memset the compiler keeps (explicit_bzero).
 */
#include <string.h>
#include <strings.h>

/* See <strings.h>. */
int ffsl(long i)
{
	return ffs((int)i);
}

int ffsll(long long i)
{
	unsigned long long u = (unsigned long long)i;

	if ((unsigned)u != 0)
		return ffs((int)(unsigned)u);
	return u == 0 ? 0 : 32 + ffs((int)(unsigned)(u >> 32));
}

char *index(const char *s, int c)
{
	return strchr(s, c);
}

char *rindex(const char *s, int c)
{
	return strrchr(s, c);
}

int bcmp(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n) != 0;
}

/* See <string.h>. */
char *strcasestr(const char *s1, const char *s2)
{
	size_t n = strlen(s2);

	for (; *s1 != '\0'; s1++)
		if (strncasecmp(s1, s2, n) == 0)
			return (char *)s1;
	return n == 0 ? (char *)s1 : NULL;
}

void *memmem(const void *s1, size_t n1, const void *s2, size_t n2)
{
	const unsigned char *p = s1, *q = s2;

	if (n2 == 0)
		return (void *)s1;
	for (; n1 >= n2; p++, n1--)
		if (*p == *q && memcmp(p, q, n2) == 0)
			return (void *)p;
	return NULL;
}

char *strchrnul(const char *s, int c)
{
	while (*s != '\0' && *s != (char)c)
		s++;
	return (char *)s;
}

void explicit_bzero(void *d, size_t n)
{
	memset(d, 0, n);
	/* The compiler must assume the asm reads d, so the memset stays. */
	__asm__ volatile("" : : "r"(d) : "memory");
}
