// Every <ctype.h> function on all 257 arguments (EOF and 0 to 255),
// against classes built from the C standard's definitions in the "C"
// locale. The letters, digits, white space and punctuation are listed
// here character by character, not as code ranges as the library has
// them; bytes above 0x7f are in no class.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

static const char upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
static const char digits[] = "0123456789";
static const char hexletters[] = "abcdefABCDEF";
static const char spaces[] = " \t\n\v\f\r";
static const char blanks[] = " \t";
/* The 32 ASCII graphic characters that are neither letters nor digits. */
static const char punct[] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/* Whether c is one of the characters of set (never the NUL or EOF). */
static int in(const char *set, int c)
{
	return c > 0 && c < 256 && strchr(set, c) != NULL;
}

static int want_alpha(int c)
{
	return in(upper, c) || in(lower, c);
}

static int want_alnum(int c)
{
	return want_alpha(c) || in(digits, c);
}

static int want_graph(int c)
{
	return want_alnum(c) || in(punct, c);
}

static int want_print(int c)
{
	return want_graph(c) || c == ' ';
}

/* In ASCII every code below 128 that does not print is a control. */
static int want_cntrl(int c)
{
	return c >= 0 && c < 128 && !want_print(c);
}

/* c's letter in the other list at the same place, or c itself. */
static int swap_case(int c, const char *from, const char *to)
{
	return in(from, c) ? to[strchr(from, c) - from] : c;
}

/* Checks one class function against want over every argument. */
static void check_class(const char *name, int (*fn)(int), int (*want)(int))
{
	int bad = 0, first = 0;

	for (int c = EOF; c < 256; c++) {
		if ((fn(c) != 0) != (want(c) != 0) && bad++ == 0)
			first = c;
	}
	check(bad == 0,
	      "%s agrees with the standard on all 257 values (%d "
	      "wrong, first %d)",
	      name, bad, first);
}

static int want_digit(int c)
{
	return in(digits, c);
}

static int want_xdigit(int c)
{
	return in(digits, c) || in(hexletters, c);
}

static int want_lower(int c)
{
	return in(lower, c);
}

static int want_upper(int c)
{
	return in(upper, c);
}

static int want_space(int c)
{
	return in(spaces, c);
}

static int want_blank(int c)
{
	return in(blanks, c);
}

static int want_punct(int c)
{
	return in(punct, c);
}

int main(void)
{
	int bad_lower = 0, bad_upper = 0, counts[3] = {0};

	check_class("isalnum", isalnum, want_alnum);
	check_class("isalpha", isalpha, want_alpha);
	check_class("isblank", isblank, want_blank);
	check_class("iscntrl", iscntrl, want_cntrl);
	check_class("isdigit", isdigit, want_digit);
	check_class("isgraph", isgraph, want_graph);
	check_class("islower", islower, want_lower);
	check_class("isprint", isprint, want_print);
	check_class("ispunct", ispunct, want_punct);
	check_class("isspace", isspace, want_space);
	check_class("isupper", isupper, want_upper);
	check_class("isxdigit", isxdigit, want_xdigit);
	for (int c = EOF; c < 256; c++) {
		bad_lower += tolower(c) != swap_case(c, upper, lower);
		bad_upper += toupper(c) != swap_case(c, lower, upper);
		counts[0] += want_cntrl(c);
		counts[1] += want_print(c);
		counts[2] += want_punct(c);
	}
	check(bad_lower == 0, "tolower maps exactly A-Z (%d wrong)", bad_lower);
	check(bad_upper == 0, "toupper maps exactly a-z (%d wrong)", bad_upper);
	check(counts[0] == 33 && counts[1] == 95 && counts[2] == 32,
	      "the reference has 33 controls, 95 printing, 32 punctuation "
	      "characters: %d %d %d",
	      counts[0], counts[1], counts[2]);
	check(isascii(0x7f) && !isascii(0x80) && !isascii(EOF) &&
		      toascii(0xc1) == 'A',
	      "isascii and toascii");
	return check_done();
}
