/* strerror: the messages come from kernel/errname.c, shared with the kernel. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

/*
 * Returns the message for err. An unknown number gets "Unknown error N"
 * in a static buffer, overwritten by the next such call.
 */
char *strerror(int err)
{
	static char unknown[32];
	const char *m = errno_message(err);

	if (m != NULL)
		return (char *)m;
	snprintf(unknown, sizeof(unknown), "Unknown error %d", err);
	return unknown;
}
