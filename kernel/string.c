/*
 * The few C library string and memory functions the kernel uses. GCC may
 * also emit calls to memset, memcpy and memmove on its own. The user C
 * library compiles this file too (user/lib/string.c has the rest).
 */
#include "defs.h"

/*
 * memset, memcpy and memmove move a word per iteration of the x86 string
 * instructions (rep stosl, rep movsl), then the last 0-3 bytes with their
 * byte forms: about one instruction per word, in whichever direction an
 * overlap needs. x86 does not fault on unaligned words, so there is no
 * alignment prologue. Traps clear the direction flag on entry (trapasm.S)
 * and so does signal delivery, so a backward copy interrupted half way
 * never leaks DF=1 into a handler.
 */

/* Fills n bytes at d with the byte c. */
void *memset(void *d, int c, size_t n)
{
	uint32_t w = 0x01010101u * (unsigned char)c;
	size_t words = n / 4, bytes = n % 4;
	void *p = d;

	__asm__ volatile("rep stosl\n\t"
			 "movl %[bytes], %%ecx\n\t"
			 "rep stosb"
			 : "+D"(p), "+c"(words)
			 : "a"(w), [bytes] "r"(bytes)
			 : "memory");
	return d;
}

/* Copies n bytes from s to d, front to back: the two must not overlap,
 * unless d is below s (memmove relies on that). */
void *memcpy(void *d, const void *s, size_t n)
{
	size_t words = n / 4, bytes = n % 4;
	void *dp = d;

	__asm__ volatile("rep movsl\n\t"
			 "movl %[bytes], %%ecx\n\t"
			 "rep movsb"
			 : "+D"(dp), "+S"(s), "+c"(words)
			 : [bytes] "r"(bytes)
			 : "memory");
	return d;
}

/*
 * Copies n bytes from s to d, which may overlap: front to back when d is
 * below s (or the two are apart), else back to front: the last 0-3 bytes
 * one at a time, then the words, with the direction flag set only inside
 * the one asm statement.
 */
void *memmove(void *d, const void *s, size_t n)
{
	size_t words = n / 4, bytes = n % 4;
	unsigned char *dp = (unsigned char *)d + n - 1;
	const unsigned char *sp = (const unsigned char *)s + n - 1;

	if ((uintptr_t)d <= (uintptr_t)s || (uintptr_t)d - (uintptr_t)s >= n)
		return memcpy(d, s, n);
	__asm__ volatile("std\n\t"
			 "rep movsb\n\t"
			 "subl $3, %%edi\n\t"
			 "subl $3, %%esi\n\t"
			 "movl %[words], %%ecx\n\t"
			 "rep movsl\n\t"
			 "cld"
			 : "+D"(dp), "+S"(sp), "+c"(bytes)
			 : [words] "r"(words)
			 : "memory", "cc");
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
