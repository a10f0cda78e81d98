/* Classes of wide characters in the C locale: those of <ctype.h> for 0
 * to 127, none for anything else (user/lib/wchar.c). */
#ifndef _WCTYPE_H
#define _WCTYPE_H

#include <wchar.h>

typedef const int *wctrans_t;

int iswalnum(wint_t c);
int iswalpha(wint_t c);
int iswblank(wint_t c);
int iswcntrl(wint_t c);
int iswdigit(wint_t c);
int iswgraph(wint_t c);
int iswlower(wint_t c);
int iswprint(wint_t c);
int iswpunct(wint_t c);
int iswspace(wint_t c);
int iswupper(wint_t c);
int iswxdigit(wint_t c);
wint_t towlower(wint_t c);
wint_t towupper(wint_t c);
/* "alnum", "alpha", ... as for the isw functions; 0 for an unknown name. */
wctype_t wctype(const char *name);
int iswctype(wint_t c, wctype_t t);
/* "tolower" or "toupper"; NULL for an unknown name. */
wctrans_t wctrans(const char *name);
wint_t towctrans(wint_t c, wctrans_t t);

#endif
