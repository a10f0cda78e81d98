/* halt: powers the machine off. Only root may (the kernel says EPERM). */
#include <errno.h>
#include <kestrel.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	halt(0);
	fprintf(stderr, "halt: %s\n", strerror(errno));
	return 1;
}
