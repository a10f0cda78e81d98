// <err.h>: warn and warnx print "program: message" (warn adds ": " and
// errno's text), err and errx do the same and exit with their status.
// expect: exit 3
// expect-output: ^err_warn: opening /nope: No such file or directory$
// expect-output: ^err_warn: plain 42$
// expect-output: ^err_warn: Bad file descriptor$
// expect-output: ^err_warn: giving up after 2 warnings$
// forbid-output: not reached
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	if (open("/nope", O_RDONLY) < 0)
		warn("opening %s", "/nope");
	warnx("plain %d", 42);
	errno = EBADF;
	warn(NULL);
	if (strcmp(getprogname(), "err_warn") != 0)
		printf("getprogname gave \"%s\"\n", getprogname());
	errx(3, "giving up after %d warnings", 2);
	printf("not reached\n");
	return 0;
}
