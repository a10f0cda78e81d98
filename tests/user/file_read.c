// Reading /bin/hello: "\x7fELF" first, then EOF at the size readdir gives.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fcntl.h>
#include <kestrel.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct initrd_dirent d;
	char buf[512];
	int fd, fd2, n, total = 0, size = -1;

	for (int i = 0; initrd_readdir(i, &d) == 0; i++)
		if (strcmp(d.name, "bin/hello") == 0)
			size = d.size;
	check(size > 0, "readdir lists bin/hello, %d bytes", size);
	fd = open("/bin/hello", O_RDONLY);
	if (!check_ok("open(\"/bin/hello\", O_RDONLY)", fd))
		return check_done();
	check(read(fd, buf, 4) == 4 && memcmp(buf, "\177ELF", 4) == 0,
	      "the first 4 bytes are \\x7fELF");
	total = 4;
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		total += n;
	check(n == 0, "read ends with 0 at end of file");
	check(total == size, "read %d bytes in all, readdir says %d", total,
	      size);
	check(read(fd, buf, sizeof(buf)) == 0, "read at EOF returns 0 again");
	fd2 = open("/bin/hello", O_RDONLY);
	check(fd2 >= 0 && fd2 != fd && read(fd2, buf, 4) == 4 &&
		      memcmp(buf, "\177ELF", 4) == 0,
	      "a second open has its own offset");
	check_err("write to a read-only descriptor", write(fd, "x", 1), EBADF);
	close(fd);
	close(fd2);
	return check_done();
}
