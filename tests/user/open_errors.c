// The errors of open: ENOENT for missing files, EROFS for writing.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fd;

	check_err("open(\"/no/such/file\")", open("/no/such/file", O_RDONLY),
		  ENOENT);
	check_err("open(\"/bin/hell\")", open("/bin/hell", O_RDONLY), ENOENT);
	check_err("open(\"\")", open("", O_RDONLY), ENOENT);
	check_err("open(\"/bin/hello\", O_WRONLY)",
		  open("/bin/hello", O_WRONLY), EROFS);
	check_err("open(\"/bin/hello\", O_RDWR)", open("/bin/hello", O_RDWR),
		  EROFS);
	fd = open("/bin/hello", O_RDONLY);
	check(fd == 3,
	      "the failed opens took no descriptor: open gives 3, "
	      "got %d",
	      fd);
	close(fd);
	return check_done();
}
