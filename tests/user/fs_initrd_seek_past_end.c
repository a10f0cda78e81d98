// A read from an initrd file whose offset lseek put past the end: end of
// file, 0 bytes, as on any file (the kernel once read from beyond the
// file's data, and panicked on an unmapped address). Found by fuzz.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fcntl.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char buf[64];
	int fd = open("/etc/motd", O_RDONLY);
	off_t end;

	check(fd >= 0, "open /etc/motd");
	end = lseek(fd, 0, SEEK_END);
	check(end > 0, "lseek to the end: %ld", (long)end);
	check(lseek(fd, 0x7ffff000, SEEK_SET) == 0x7ffff000,
	      "lseek far past the end");
	check(read(fd, buf, sizeof(buf)) == 0, "read there: end of file");
	check(lseek(fd, end + 1, SEEK_SET) == end + 1 &&
		      read(fd, buf, sizeof(buf)) == 0,
	      "read one past the end: end of file");
	check(lseek(fd, end - 3, SEEK_SET) == end - 3 &&
		      read(fd, buf, sizeof(buf)) == 3,
	      "read the last 3 bytes");
	close(fd);
	check_done();
	return 0;
}
