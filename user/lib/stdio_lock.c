/* The stdio calls for threaded programs: streams are not shared between
 * threads here (<stdio.h>), so the unlocked calls are the ordinary ones
 * and the locks do nothing. */
#include <stdio.h>
#include <string.h>

/* See <stdio.h>: the unlocked calls, locks that do nothing. */
int getc_unlocked(FILE *f)
{
	return getc(f);
}

int getchar_unlocked(void)
{
	return getchar();
}

int putc_unlocked(int c, FILE *f)
{
	return putc(c, f);
}

int putchar_unlocked(int c)
{
	return putchar(c);
}

void flockfile(FILE *f)
{
	(void)f;
}

void funlockfile(FILE *f)
{
	(void)f;
}

int ftrylockfile(FILE *f)
{
	(void)f;
	return 0;
}

void setlinebuf(FILE *f)
{
	setvbuf(f, NULL, _IOLBF, 0);
}

char *ctermid(char *s)
{
	static char name[L_ctermid] = "/dev/console";

	return s == NULL ? name : strcpy(s, name);
}
