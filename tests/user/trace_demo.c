// The fixed program that tests/test_trace.py traces under both memory
// models and compares line by line: a write, opens of a missing file (one
// path too long to show whole), a read of a bad descriptor, a pipe, a
// signal taken by a handler, and a write through NULL. Base and bound does
// not catch NULL (address 0 is the segment's first byte), so a write to
// USER_TOP, past every segment's bound, comes next: in each model one of
// the two ends it with SIGSEGV. Run alone (here) it is an ordinary test.
// expect: signal SIGSEGV
// args: a "b c"
// expect-output: ^hello$
// expect-output: ^caught SIGUSR1$
// forbid-output: survived
// expect-kernel: killed by SIGSEGV
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include "rawsys.h"

#define LONGPATH "/a/path/longer/than/the/tracer/shows/of/a/string"

static void on_usr1(int sig)
{
	(void)sig;
	write(1, "caught SIGUSR1\n", 15);
}

int main(void)
{
	char buf[16];
	int fds[2];

	write(1, "hello\n", 6);
	open("/nope", O_RDONLY);
	open(LONGPATH, O_RDONLY);
	read(42, buf, sizeof(buf));
	pipe(fds);
	write(fds[1], "ping\t\x01", 6);
	read(fds[0], buf, sizeof(buf));
	signal(SIGUSR1, on_usr1);
	kill(getpid(), SIGUSR1);
	*(volatile uint32_t *)opaque_ptr(0) = 1;
	*(volatile uint32_t *)opaque_ptr(USER_TOP) = 1;
	write(1, "survived\n", 9);
	return 0;
}
