// Wide characters in the C locale, as glibc's C locale has them: bytes
// 0 to 127 are characters, others EILSEQ; the wcs and wmem functions;
// the isw classes and towupper; fputwc and fgetwc on streams.
// expect: exit 0
// expect-output: ^wide: Hello$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>
#include "check.h"

static void conversions(void)
{
	mbstate_t st;
	wchar_t wc = 0, buf[16];
	char mb[16];
	const char *src;
	size_t r;

	memset(&st, 0, sizeof(st));
	check(mbsinit(&st), "mbsinit");
	r = mbrtowc(&wc, "A", 1, &st);
	check(r == 1 && wc == L'A', "mbrtowc A -> 1");
	check(mbrtowc(&wc, "", 1, &st) == 0 && wc == 0, "mbrtowc NUL -> 0");
	check(mbrtowc(&wc, "A", 0, &st) == (size_t)-2, "mbrtowc n=0 -> -2");
	errno = 0;
	check(mbrtowc(&wc, "\xc3\xa9", 2, &st) == (size_t)-1 && errno == EILSEQ,
	      "mbrtowc of a byte above 127: EILSEQ");
	errno = 0;
	check(wcrtomb(mb, 0xe9, &st) == (size_t)-1 && errno == EILSEQ,
	      "wcrtomb of 0xe9: EILSEQ");
	check(wcrtomb(mb, L'z', &st) == 1 && mb[0] == 'z', "wcrtomb z");
	check(mblen("x", 1) == 1 && mblen("", 1) == 0 && mblen(NULL, 0) == 0,
	      "mblen");
	check(mbtowc(&wc, "q", 1) == 1 && wc == L'q' && wctomb(mb, L'r') == 1,
	      "mbtowc, wctomb");
	check(mbstowcs(buf, "hello", 16) == 5 && wcscmp(buf, L"hello") == 0,
	      "mbstowcs");
	check(mbstowcs(NULL, "hello", 0) == 5, "mbstowcs counting");
	check(wcstombs(mb, L"world", sizeof(mb)) == 5 &&
		      strcmp(mb, "world") == 0,
	      "wcstombs");
	check(wcstombs(mb, L"ab", 1) == 1 && mb[0] == 'a', "wcstombs, short");
	src = "ab\xff";
	errno = 0;
	check(mbsrtowcs(buf, &src, 16, &st) == (size_t)-1 && errno == EILSEQ &&
		      src[0] == '\xff',
	      "mbsrtowcs stops at the bad byte");
	check(btowc('a') == L'a' && btowc(200) == WEOF && wctob(L'b') == 'b' &&
		      wctob(300) == EOF,
	      "btowc, wctob");
	check(MB_CUR_MAX == 1, "MB_CUR_MAX 1");
}

static void strings(void)
{
	wchar_t a[32], *save, *tok;

	check(wcslen(L"abc") == 3 && wcsnlen(L"abc", 2) == 2, "wcslen");
	wcscpy(a, L"foo");
	wcscat(a, L"bar");
	check(wcscmp(a, L"foobar") == 0 && wcsncmp(a, L"foox", 3) == 0 &&
		      wcscmp(L"a", L"b") < 0 && wcscmp(L"b", L"a") > 0,
	      "wcscpy, wcscat, wcscmp");
	check(wcschr(a, L'b') == a + 3 && wcsrchr(a, L'o') == a + 2 &&
		      wcschr(a, L'z') == NULL && wcschr(a, 0) == a + 6,
	      "wcschr, wcsrchr");
	check(wcsstr(a, L"oba") == a + 2 && wcsstr(a, L"") == a &&
		      wcsstr(a, L"xx") == NULL,
	      "wcsstr");
	check(wcsspn(a, L"of") == 3 && wcscspn(a, L"r") == 5 &&
		      wcspbrk(a, L"ab") == a + 3,
	      "wcsspn, wcscspn, wcspbrk");
	wcsncpy(a, L"xy", 5);
	check(a[0] == L'x' && a[2] == 0 && a[4] == 0, "wcsncpy pads");
	wcscpy(a, L" one  two ");
	tok = wcstok(a, L" ", &save);
	check(tok != NULL && wcscmp(tok, L"one") == 0, "wcstok one");
	tok = wcstok(NULL, L" ", &save);
	check(tok != NULL && wcscmp(tok, L"two") == 0 &&
		      wcstok(NULL, L" ", &save) == NULL,
	      "wcstok two, then NULL");
	wmemset(a, L'k', 4);
	check(wmemcmp(a, L"kkkk", 4) == 0 && wmemchr(a, L'k', 4) == a,
	      "wmemset, wmemcmp, wmemchr");
	check(wcstol(L"  -42xyz", &tok, 10) == -42 && *tok == L'x', "wcstol");
	check(wcwidth(L'a') == 1 && wcwidth(0) == 0 && wcwidth(7) == -1,
	      "wcwidth");
}

static void classes(void)
{
	check(iswalpha(L'a') && !iswalpha(L'1') && iswdigit(L'7') &&
		      iswspace(L'\t') && iswupper(L'Q') && iswpunct(L'!') &&
		      iswxdigit(L'f') && !iswalpha(0xe9) && !iswprint(0x263a),
	      "isw classes");
	check(towupper(L'a') == L'A' && towlower(L'Z') == L'z' &&
		      towupper(0xe9) == 0xe9,
	      "towupper, towlower");
	check(iswctype(L'x', wctype("alpha")) &&
		      !iswctype(L'x', wctype("digit")) &&
		      wctype("nonsense") == 0,
	      "wctype, iswctype");
	check(towctrans(L'a', wctrans("toupper")) == L'A', "wctrans");
}

int main(void)
{
	setlocale(LC_ALL, "C");
	conversions();
	strings();
	classes();
	fputws(L"wide: ", stdout);
	for (const wchar_t *p = L"Hello"; *p; p++)
		putwchar(*p);
	check(fputwc(L'\n', stdout) == L'\n', "fputwc");
	check(fputwc(0x263a, stdout) == WEOF, "fputwc of a non-ASCII: WEOF");
	check_done();
	return 0;
}
