/*
 * Wide characters in the C locale (<wchar.h>, <wctype.h>, <uchar.h>):
 * the multibyte characters are the bytes 0 to 127, each its own wide
 * character; the string functions are the byte ones over wchar_t.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>
#include <wctype.h>

#define ASCII_MAX 127

/* See <wchar.h>: 0 for a NUL, 1 for another character, -2 if n is 0,
 * -1 with EILSEQ for a byte above 127. */
size_t mbrtowc(wchar_t *wc, const char *s, size_t n, mbstate_t *ps)
{
	unsigned char c;

	(void)ps;
	if (s == NULL)
		return 0;
	if (n == 0)
		return (size_t)-2;
	c = (unsigned char)*s;
	if (c > ASCII_MAX) {
		errno = EILSEQ;
		return (size_t)-1;
	}
	if (wc != NULL)
		*wc = c;
	return c != 0;
}

size_t wcrtomb(char *s, wchar_t wc, mbstate_t *ps)
{
	(void)ps;
	if (s == NULL)
		return 1;
	if ((unsigned)wc > ASCII_MAX) {
		errno = EILSEQ;
		return (size_t)-1;
	}
	*s = (char)wc;
	return 1;
}

size_t mbrlen(const char *s, size_t n, mbstate_t *ps)
{
	return mbrtowc(NULL, s, n, ps);
}

int mbsinit(const mbstate_t *ps)
{
	(void)ps;
	return 1;
}

wint_t btowc(int c)
{
	return c >= 0 && c <= ASCII_MAX ? (wint_t)c : WEOF;
}

int wctob(wint_t wc)
{
	return wc <= ASCII_MAX ? (int)wc : EOF;
}

/* See <stdlib.h>: the C locale has no shift states, so s NULL gives 0. */
int mblen(const char *s, size_t n)
{
	return mbtowc(NULL, s, n);
}

int mbtowc(wchar_t *wc, const char *s, size_t n)
{
	size_t r;

	if (s == NULL)
		return 0;
	r = mbrtowc(wc, s, n, NULL);
	if (r == (size_t)-2) {
		errno = EILSEQ;
		return -1;
	}
	return (int)r;
}

int wctomb(char *s, wchar_t wc)
{
	if (s == NULL)
		return 0;
	return (int)wcrtomb(s, wc, NULL);
}

size_t mbsrtowcs(wchar_t *d, const char **s, size_t n, mbstate_t *ps)
{
	const unsigned char *p = (const unsigned char *)*s;
	size_t i;

	(void)ps;
	for (i = 0; d == NULL || i < n; i++, p++) {
		if (*p > ASCII_MAX) {
			if (d != NULL)
				*s = (const char *)p;
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (d != NULL)
			d[i] = *p;
		if (*p == 0) {
			if (d != NULL)
				*s = NULL;
			return i;
		}
	}
	*s = (const char *)p;
	return i;
}

size_t wcsrtombs(char *d, const wchar_t **s, size_t n, mbstate_t *ps)
{
	const wchar_t *p = *s;
	size_t i;

	(void)ps;
	for (i = 0; d == NULL || i < n; i++, p++) {
		if ((unsigned)*p > ASCII_MAX) {
			if (d != NULL)
				*s = p;
			errno = EILSEQ;
			return (size_t)-1;
		}
		if (d != NULL)
			d[i] = (char)*p;
		if (*p == 0) {
			if (d != NULL)
				*s = NULL;
			return i;
		}
	}
	*s = p;
	return i;
}

size_t mbstowcs(wchar_t *d, const char *s, size_t n)
{
	return mbsrtowcs(d, &s, n, NULL);
}

size_t wcstombs(char *d, const wchar_t *s, size_t n)
{
	return wcsrtombs(d, &s, n, NULL);
}

/* See <uchar.h>. */
size_t mbrtoc32(char32_t *c, const char *s, size_t n, mbstate_t *ps)
{
	wchar_t wc;
	size_t r = mbrtowc(&wc, s, n, ps);

	if (c != NULL && s != NULL && r <= 1)
		*c = (char32_t)wc;
	return r;
}

size_t c32rtomb(char *s, char32_t c, mbstate_t *ps)
{
	return wcrtomb(s, (wchar_t)c, ps);
}

size_t mbrtoc16(char16_t *c, const char *s, size_t n, mbstate_t *ps)
{
	wchar_t wc;
	size_t r = mbrtowc(&wc, s, n, ps);

	if (c != NULL && s != NULL && r <= 1)
		*c = (char16_t)wc;
	return r;
}

size_t c16rtomb(char *s, char16_t c, mbstate_t *ps)
{
	return wcrtomb(s, (wchar_t)c, ps);
}

/* The string functions. */
size_t wcslen(const wchar_t *s)
{
	size_t n = 0;

	while (s[n] != 0)
		n++;
	return n;
}

size_t wcsnlen(const wchar_t *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] != 0)
		i++;
	return i;
}

wchar_t *wcscpy(wchar_t *d, const wchar_t *s)
{
	wchar_t *r = d;

	while ((*d++ = *s++) != 0)
		;
	return r;
}

wchar_t *wcsncpy(wchar_t *d, const wchar_t *s, size_t n)
{
	size_t i = 0;

	for (; i < n && s[i] != 0; i++)
		d[i] = s[i];
	for (; i < n; i++)
		d[i] = 0;
	return d;
}

wchar_t *wcscat(wchar_t *d, const wchar_t *s)
{
	wcscpy(d + wcslen(d), s);
	return d;
}

wchar_t *wcsncat(wchar_t *d, const wchar_t *s, size_t n)
{
	wchar_t *p = d + wcslen(d);

	while (n-- > 0 && *s != 0)
		*p++ = *s++;
	*p = 0;
	return d;
}

/* wchar_t is signed here; as in glibc, compare the values as they are. */
int wcscmp(const wchar_t *a, const wchar_t *b)
{
	for (; *a == *b; a++, b++)
		if (*a == 0)
			return 0;
	return *a < *b ? -1 : 1;
}

int wcsncmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n > 0; n--, a++, b++) {
		if (*a != *b)
			return *a < *b ? -1 : 1;
		if (*a == 0)
			return 0;
	}
	return 0;
}

int wcscoll(const wchar_t *a, const wchar_t *b)
{
	return wcscmp(a, b);
}

wchar_t *wcschr(const wchar_t *s, wchar_t c)
{
	for (;; s++) {
		if (*s == c)
			return (wchar_t *)s;
		if (*s == 0)
			return NULL;
	}
}

wchar_t *wcsrchr(const wchar_t *s, wchar_t c)
{
	const wchar_t *last = NULL;

	for (;; s++) {
		if (*s == c)
			last = s;
		if (*s == 0)
			return (wchar_t *)last;
	}
}

wchar_t *wcsstr(const wchar_t *s, const wchar_t *find)
{
	size_t n = wcslen(find);

	for (; *s != 0; s++)
		if (wcsncmp(s, find, n) == 0)
			return (wchar_t *)s;
	return n == 0 ? (wchar_t *)s : NULL;
}

size_t wcsspn(const wchar_t *s, const wchar_t *set)
{
	size_t n = 0;

	while (s[n] != 0 && wcschr(set, s[n]) != NULL)
		n++;
	return n;
}

size_t wcscspn(const wchar_t *s, const wchar_t *set)
{
	size_t n = 0;

	while (s[n] != 0 && wcschr(set, s[n]) == NULL)
		n++;
	return n;
}

wchar_t *wcspbrk(const wchar_t *s, const wchar_t *set)
{
	s += wcscspn(s, set);
	return *s != 0 ? (wchar_t *)s : NULL;
}

wchar_t *wcsdup(const wchar_t *s)
{
	size_t n = (wcslen(s) + 1) * sizeof(wchar_t);
	wchar_t *d = malloc(n);

	return d != NULL ? memcpy(d, s, n) : NULL;
}

wchar_t *wcstok(wchar_t *s, const wchar_t *delim, wchar_t **save)
{
	wchar_t *end;

	if (s == NULL)
		s = *save;
	s += wcsspn(s, delim);
	if (*s == 0) {
		*save = s;
		return NULL;
	}
	end = s + wcscspn(s, delim);
	if (*end != 0)
		*end++ = 0;
	*save = end;
	return s;
}

/* Converts the ASCII prefix of s to bytes and lets strtoul parse it. */
static size_t narrow(const wchar_t *s, char *buf, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < n && s[i] > 0 && s[i] <= ASCII_MAX; i++)
		buf[i] = (char)s[i];
	buf[i] = '\0';
	return i;
}

long wcstol(const wchar_t *s, wchar_t **end, int base)
{
	char buf[128], *e;
	long v;

	narrow(s, buf, sizeof(buf));
	v = strtol(buf, &e, base);
	if (end != NULL)
		*end = (wchar_t *)s + (e - buf);
	return v;
}

unsigned long wcstoul(const wchar_t *s, wchar_t **end, int base)
{
	char buf[128], *e;
	unsigned long v;

	narrow(s, buf, sizeof(buf));
	v = strtoul(buf, &e, base);
	if (end != NULL)
		*end = (wchar_t *)s + (e - buf);
	return v;
}

/* A printable ASCII character takes one column; others -1, NUL 0. */
int wcwidth(wchar_t c)
{
	if (c == 0)
		return 0;
	return c > 0 && c <= ASCII_MAX && isprint(c) ? 1 : -1;
}

int wcswidth(const wchar_t *s, size_t n)
{
	int w = 0;

	for (; n > 0 && *s != 0; n--, s++) {
		if (wcwidth(*s) < 0)
			return -1;
		w++;
	}
	return w;
}

wchar_t *wmemcpy(wchar_t *d, const wchar_t *s, size_t n)
{
	return memcpy(d, s, n * sizeof(wchar_t));
}

wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n)
{
	return memmove(d, s, n * sizeof(wchar_t));
}

wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		d[i] = c;
	return d;
}

int wmemcmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	for (; n > 0; n--, a++, b++)
		if (*a != *b)
			return *a < *b ? -1 : 1;
	return 0;
}

wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n)
{
	for (; n > 0; n--, s++)
		if (*s == c)
			return (wchar_t *)s;
	return NULL;
}

/* Streams. */
wint_t fgetwc(FILE *f)
{
	int c = getc(f);

	if (c == EOF)
		return WEOF;
	if (c > ASCII_MAX) {
		errno = EILSEQ;
		return WEOF;
	}
	return (wint_t)c;
}

wint_t getwc(FILE *f)
{
	return fgetwc(f);
}

wint_t getwchar(void)
{
	return fgetwc(stdin);
}

wint_t fputwc(wchar_t c, FILE *f)
{
	if ((unsigned)c > ASCII_MAX) {
		errno = EILSEQ;
		return WEOF;
	}
	return putc(c, f) == EOF ? WEOF : (wint_t)c;
}

wint_t putwc(wchar_t c, FILE *f)
{
	return fputwc(c, f);
}

wint_t putwchar(wchar_t c)
{
	return fputwc(c, stdout);
}

int fputws(const wchar_t *s, FILE *f)
{
	for (; *s != 0; s++)
		if (fputwc(*s, f) == WEOF)
			return -1;
	return 0;
}

wint_t ungetwc(wint_t c, FILE *f)
{
	if (c == WEOF || c > ASCII_MAX)
		return WEOF;
	return ungetc((int)c, f) == EOF ? WEOF : c;
}

int fwide(FILE *f, int mode)
{
	(void)f;
	return mode;
}

/* <wctype.h>: <ctype.h>'s classes for ASCII, none above it. */
#define ISW(name, fn)                                                          \
	int name(wint_t c)                                                     \
	{                                                                      \
		return c <= ASCII_MAX && fn((int)c);                           \
	}
ISW(iswalnum, isalnum)
ISW(iswalpha, isalpha)
ISW(iswblank, isblank)
ISW(iswcntrl, iscntrl)
ISW(iswdigit, isdigit)
ISW(iswgraph, isgraph)
ISW(iswlower, islower)
ISW(iswprint, isprint)
ISW(iswpunct, ispunct)
ISW(iswspace, isspace)
ISW(iswupper, isupper)
ISW(iswxdigit, isxdigit)

wint_t towlower(wint_t c)
{
	return c <= ASCII_MAX ? (wint_t)tolower((int)c) : c;
}

wint_t towupper(wint_t c)
{
	return c <= ASCII_MAX ? (wint_t)toupper((int)c) : c;
}

static int (*const class_fn[])(wint_t) = {
	iswalnum, iswalpha, iswblank, iswcntrl, iswdigit, iswgraph,
	iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit,
};
static const char *const class_name[] = {
	"alnum", "alpha", "blank", "cntrl", "digit", "graph",
	"lower", "print", "punct", "space", "upper", "xdigit",
};

/* A class is its index in class_name plus one; 0 is no class. */
wctype_t wctype(const char *name)
{
	for (unsigned i = 0; i < sizeof(class_name) / sizeof(*class_name); i++)
		if (strcmp(name, class_name[i]) == 0)
			return i + 1;
	return 0;
}

int iswctype(wint_t c, wctype_t t)
{
	if (t == 0 || t > sizeof(class_fn) / sizeof(*class_fn))
		return 0;
	return class_fn[t - 1](c);
}

static const int trans_lower = 1, trans_upper = 2;

wctrans_t wctrans(const char *name)
{
	if (strcmp(name, "tolower") == 0)
		return &trans_lower;
	if (strcmp(name, "toupper") == 0)
		return &trans_upper;
	return NULL;
}

wint_t towctrans(wint_t c, wctrans_t t)
{
	if (t == &trans_lower)
		return towlower(c);
	if (t == &trans_upper)
		return towupper(c);
	return c;
}
