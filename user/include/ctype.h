/*
 * Character classes and case mapping in the C locale (ASCII; bytes above
 * 0x7f belong to no class). Each takes an unsigned char value or EOF.
 */
#ifndef _CTYPE_H
#define _CTYPE_H

int isalnum(int c);
int isalpha(int c);
/* A space or a tab. */
int isblank(int c);
/* 0x00-0x1f and 0x7f. */
int iscntrl(int c);
int isdigit(int c);
/* A printing character other than the space. */
int isgraph(int c);
int islower(int c);
/* 0x20 (the space) to 0x7e. */
int isprint(int c);
/* A printing character that is neither a space nor alphanumeric. */
int ispunct(int c);
/* Space, \f, \n, \r, \t, \v. */
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
/* The other case's letter, or c itself if it is not a letter. */
int tolower(int c);
int toupper(int c);
/* XSI: whether c is a 7-bit value; c with the high bits cleared. */
int isascii(int c);
int toascii(int c);

#endif
