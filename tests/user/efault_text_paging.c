// System calls must not write into read-only text: read, pipe, ... EFAULT.
// expect: exit 0
// mode: paging
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// Paging only: text pages are mapped read-only (and shared after fork);
// the segment model has no per-page protection. The kernel writes user
// memory in ring 0, so it must check the page's write permission itself
// (or run with CR0.WP set); the bytes of main must not change.
#include <fcntl.h>
#include <kestrel.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "rawsys.h"

static const char rodata[64] = "a read-only string in .rodata";

int main(void)
{
	uint32_t text = (uint32_t)&main, ro = (uint32_t)rodata;
	unsigned char saved[64];
	int fd = open("/bin/hello", O_RDONLY), fds[2], pid;

	memcpy(saved, (void *)text, sizeof(saved));
	check_raw_err("read(file, main, 16)",
		      raw_syscall3(SYS_read, fd, text, 16), EFAULT);
	check_raw_err("read(file, a const string, 16)",
		      raw_syscall3(SYS_read, fd, ro, 16), EFAULT);
	pipe(fds);
	write(fds[1], "0123456789abcdef", 16);
	check_raw_err("read(pipe, main, 16)",
		      raw_syscall3(SYS_read, fds[0], text, 16), EFAULT);
	check_raw_err("pipe(main)", raw_syscall1(SYS_pipe, text), EFAULT);
	check_raw_err("meminfo(main)", raw_syscall1(SYS_meminfo, text), EFAULT);
	check_raw_err("initrd_readdir(0, main)",
		      raw_syscall2(SYS_initrd_readdir, 0, text), EFAULT);
	check_raw_err("procinfo(0, main)", raw_syscall2(SYS_procinfo, 0, text),
		      EFAULT);
	pid = fork();
	if (pid == 0)
		_exit(0);
	check_raw_err("waitpid(child, main, 0)",
		      raw_syscall3(SYS_waitpid, pid, text, 0), EFAULT);
	waitpid(pid, NULL, 0);
	check(memcmp(saved, (void *)text, sizeof(saved)) == 0,
	      "the code of main is unchanged");
	check(strcmp(rodata, "a read-only string in .rodata") == 0,
	      "the const string is unchanged");
	return check_done();
}
