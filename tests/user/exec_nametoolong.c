// Paths of 256 bytes or more give ENAMETOOLONG; 255 is a normal path.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static char path[5000];

/* Makes path "/aaa...a" of n bytes (without the NUL). */
static char *make_path(int n)
{
	memset(path, 'a', n);
	path[0] = '/';
	path[n] = 0;
	return path;
}

int main(void)
{
	char *av[] = {"x", NULL};
	static const int too_long[] = {256, 257, 300, 4095, 4999};

	for (int i = 0; i < 5; i++) {
		char what[64];
		int n = too_long[i];

		snprintf(what, sizeof(what), "execv(%d-byte path)", n);
		check_err(what, execv(make_path(n), av), ENAMETOOLONG);
		snprintf(what, sizeof(what), "open(%d-byte path)", n);
		check_err(what, open(make_path(n), O_RDONLY), ENAMETOOLONG);
	}
	check_err("execv(255-byte path): not too long, just missing",
		  execv(make_path(255), av), ENOENT);
	check_err("open(255-byte path): not too long, just missing",
		  open(make_path(255), O_RDONLY), ENOENT);
	return check_done();
}
