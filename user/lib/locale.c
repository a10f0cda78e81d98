/* The one locale, "C": setlocale and localeconv. */
#include <limits.h>
#include <locale.h>
#include <string.h>

/* See <locale.h>. */
char *setlocale(int category, const char *name)
{
	static char c_name[] = "C";

	if (category < LC_CTYPE || category > LC_ALL)
		return NULL;
	if (name == NULL || name[0] == 0 || strcmp(name, "C") == 0 ||
	    strcmp(name, "POSIX") == 0)
		return c_name;
	return NULL;
}

/* See <locale.h>: "." as the decimal point, every other field empty or
 * CHAR_MAX (not available), as C specifies for the C locale. */
struct lconv *localeconv(void)
{
	static char dot[] = ".", empty[] = "";
	static struct lconv c = {
		dot,	  empty,    empty,    empty,	empty,	  empty,
		empty,	  empty,    empty,    empty,	CHAR_MAX, CHAR_MAX,
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
	};

	return &c;
}
