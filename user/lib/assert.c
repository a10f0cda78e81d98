/* The failure half of assert(): the message, then abort. */
#include <assert.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>

/* See <assert.h>. */
void __assert_fail(const char *expr, const char *file, int line,
		   const char *func)
{
	fprintf(stderr, "%s: %s:%d: %s: Assertion `%s' failed.\n",
		getprogname(), file, line, func, expr);
	abort();
}
