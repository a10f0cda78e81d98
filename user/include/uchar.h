/* C11's 16- and 32-bit characters, in the C locale (bytes 0 to 127),
 * as for <wchar.h> (user/lib/wchar.c). */
#ifndef _UCHAR_H
#define _UCHAR_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

typedef uint_least16_t char16_t;
typedef uint_least32_t char32_t;

size_t mbrtoc16(char16_t *c, const char *s, size_t n, mbstate_t *ps);
size_t c16rtomb(char *s, char16_t c, mbstate_t *ps);
size_t mbrtoc32(char32_t *c, const char *s, size_t n, mbstate_t *ps);
size_t c32rtomb(char *s, char32_t c, mbstate_t *ps);

#endif
