// access(2): F_OK, R_OK, W_OK and X_OK by the real user and group. As
// alice (uid 1000): /etc/shadow (root's, 0600) exists but cannot be read;
// /bin/sh can be read and run; nothing on the read-only initrd can be
// written (EROFS), and a missing file is ENOENT; a bad mode is EINVAL.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	check(getuid() == 0, "runs as root first");
	check(access("/etc/shadow", R_OK | W_OK) == -1 && errno == EROFS,
	      "root: the initrd's shadow is readable, not writable (EROFS)");
	check(access("/etc/shadow", R_OK) == 0, "root reads /etc/shadow");
	check(setuid(1000) == 0 && getuid() == 1000 && geteuid() == 1000,
	      "root becomes alice");
	errno = 0;
	check(access("/etc/shadow", F_OK) == 0, "shadow exists, for alice");
	errno = 0;
	check(access("/etc/shadow", R_OK) == -1 && errno == EACCES,
	      "alice may not read /etc/shadow: EACCES (errno %d)", errno);
	check(access("/bin/sh", R_OK | X_OK) == 0, "alice reads and runs sh");
	errno = 0;
	check(access("/bin/sh", W_OK) == -1 && errno == EROFS,
	      "the initrd cannot be written: EROFS");
	errno = 0;
	check(access("/nonexistent", F_OK) == -1 && errno == ENOENT,
	      "a missing file: ENOENT");
	errno = 0;
	check(access("/bin/sh", 8) == -1 && errno == EINVAL,
	      "a bad mode: EINVAL");
	errno = 0;
	check(access((const char *)0xc0100000, F_OK) == -1 && errno == EFAULT,
	      "a kernel pointer: EFAULT");
	check(geteuid() == 1000, "the effective uid is unchanged afterwards");
	check_done();
	return 0;
}
