/*
 * The few C library string and memory functions the kernel uses. GCC may
 * also emit calls to memset, memcpy and memmove on its own. The user C
 * library compiles this file too (user/lib/string.c has the rest).
 */
#include "defs.h"

/* Fills whole aligned words at a time: frames are zeroed and junked often. */
void *memset(void *d, int c, size_t n)
{
	unsigned char *p = d;
	uint32_t w = 0x01010101u * (unsigned char)c;

	while (n > 0 && ((uintptr_t)p & 3)) {
		*p++ = (unsigned char)c;
		n--;
	}
	for (; n >= 4; n -= 4, p += 4)
		*(uint32_t *)p = w;
	while (n-- > 0)
		*p++ = (unsigned char)c;
	return d;
}

void *memcpy(void *d, const void *s, size_t n)
{
	return memmove(d, s, n);
}

void *memmove(void *d, const void *s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;

	/* Forward, a word at a time when both are aligned (copying pages). */
	if (dp < sp && (((uintptr_t)dp | (uintptr_t)sp) & 3) == 0) {
		for (; n >= 4; n -= 4, dp += 4, sp += 4)
			*(uint32_t *)dp = *(const uint32_t *)sp;
	}
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

/* Copies at most n-1 bytes and always terminates d (unless n is 0). */
char *strncpy_safe(char *d, const char *s, size_t n)
{
	size_t i;

	if (n == 0)
		return d;
	for (i = 0; i + 1 < n && s[i]; i++)
		d[i] = s[i];
	d[i] = 0;
	return d;
}
