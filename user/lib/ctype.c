/*
 * The character classes of <ctype.h> for the C locale, as comparisons on
 * ASCII codes: bytes above 0x7f and EOF belong to no class.
 */
#include <ctype.h>

/* The ten decimal digits. */
int isdigit(int c)
{
	return c >= '0' && c <= '9';
}

/* 'a' to 'z'. */
int islower(int c)
{
	return c >= 'a' && c <= 'z';
}

/* 'A' to 'Z'. */
int isupper(int c)
{
	return c >= 'A' && c <= 'Z';
}

/* A letter of either case. */
int isalpha(int c)
{
	return islower(c) || isupper(c);
}

/* A letter or a digit. */
int isalnum(int c)
{
	return isalpha(c) || isdigit(c);
}

/* A digit, or a letter from a to f in either case. */
int isxdigit(int c)
{
	return isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Space, or \t \n \v \f \r (9 to 13). */
int isspace(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* A space or a tab. */
int isblank(int c)
{
	return c == ' ' || c == '\t';
}

/* 0x00 to 0x1f, and DEL (0x7f). */
int iscntrl(int c)
{
	return (c >= 0 && c < ' ') || c == 0x7f;
}

/* The space to '~'. */
int isprint(int c)
{
	return c >= ' ' && c <= '~';
}

/* '!' to '~': printing, not the space. */
int isgraph(int c)
{
	return c > ' ' && c <= '~';
}

/* Printing, not the space, not alphanumeric. */
int ispunct(int c)
{
	return isgraph(c) && !isalnum(c);
}

/* The lowercase of an uppercase letter; anything else unchanged. */
int tolower(int c)
{
	return isupper(c) ? c - 'A' + 'a' : c;
}

/* The uppercase of a lowercase letter; anything else unchanged. */
int toupper(int c)
{
	return islower(c) ? c - 'a' + 'A' : c;
}

/* 0 to 0x7f. */
int isascii(int c)
{
	return c >= 0 && c <= 0x7f;
}

/* The low 7 bits of c. */
int toascii(int c)
{
	return c & 0x7f;
}
