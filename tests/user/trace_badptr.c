// The tracer shows a bad pointer as the address it is, never a crash: it
// reads user memory only through copyin and copyinstr. This program turns
// tracing on itself; tests/test_trace.py also checks the lines whose
// addresses are known only at run time (printed here just before).
// expect: exit 0
// expect-output: ^open\(0xc0100000, O_RDONLY\) = -1 EFAULT \(Bad address\)$
// expect-output: ^open\(0x40000000, O_RDONLY\) = -1 EFAULT \(Bad address\)$
// expect-output: ^open\(0xfffffff0, O_RDONLY\) = -1 EFAULT \(Bad address\)$
// expect-output: ^unterminated string at 0x[0-9a-f]+$
// expect-output: ^open\(0x[0-9a-f]+, O_RDONLY\) = -1 EFAULT \(Bad address\)$
// expect-output: ^open\("b{32}"\.\.\., O_RDONLY\) = -1 EFAULT \(Bad address\)$
// expect-output: ^write\(1, 0xc0100000, 5\) = -1 EFAULT \(Bad address\)$
// expect-output: ^straddling buffer at 0x[0-9a-f]+$
// expect-output: ^write\(1, 0x[0-9a-f]+, 8\) = -1 EFAULT \(Bad address\)$
// expect-output: ^read\(3, 0xc0100000, 4\) = -1 EFAULT \(Bad address\)$
// expect-output: ^execve\("/bin/hello", 0xc0100000, \[/\* \d+ vars \*/\]\) = -1 EFAULT \(Bad address\)$
// expect-output: ^execve\("/bin/hello", \["x", 0xc0100000\], \[/\* \d+ vars \*/\]\) = -1 EFAULT
// expect-output: ^execve\("/bin/hello", \["x"\], 0xc0100000\) = -1 EFAULT \(Bad address\)$
// expect-output: ^execve\(0xc0100000, \["x"\], \[/\* \d+ vars \*/\]\) = -1 EFAULT \(Bad address\)$
// expect-output: ^execve\("/nope", \["0", "1", "2", "3", "4", "5", "6", "7", \.\.\.\], \[/\* \d+ vars \*/\]\) = -1 ENOENT
// expect-output: ^pipe\(0xc0100000\) = -1 EFAULT \(Bad address\)$
// expect-output: ^sigprocmask\(SIG_BLOCK, 0xc0100000, NULL\) = -1 EFAULT
// expect-output: ^waitpid\(-1, 0xc0100000, 0\) = -1 EFAULT \(Bad address\)$
// expect-output: ^trace\(0\) = 1$
// forbid-output: ^getpid
#include <fcntl.h>
#include <kestrel.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "rawsys.h"

int main(void)
{
	char *end = heap_edge(), *x[] = {"x", NULL};
	char *bad[] = {"x", opaque_ptr(KERNEL_ADDR), NULL};
	char *many[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", NULL};
	int fds[2];

	pipe(fds);
	write(fds[1], "data", 4);
	trace(TRACE_ON);
	open(opaque_ptr(KERNEL_ADDR), O_RDONLY);
	open(opaque_ptr(UNMAPPED_ADDR), O_RDONLY);
	open(opaque_ptr(WRAP_ADDR), O_RDONLY);
	memset(end - 10, 'a', 10);
	printf("unterminated string at %p\n", (void *)(end - 10));
	open(end - 10, O_RDONLY);
	memset(end - 40, 'b', 40);
	open(end - 40, O_RDONLY);
	write(1, opaque_ptr(KERNEL_ADDR), 5);
	printf("straddling buffer at %p\n", (void *)(end - 3));
	write(1, end - 3, 8);
	read(fds[0], opaque_ptr(KERNEL_ADDR), 4);
	execv("/bin/hello", opaque_ptr(KERNEL_ADDR));
	execv("/bin/hello", bad);
	execve("/bin/hello", x, opaque_ptr(KERNEL_ADDR));
	execv(opaque_ptr(KERNEL_ADDR), x);
	execv("/nope", many);
	pipe(opaque_ptr(KERNEL_ADDR));
	sigprocmask(SIG_BLOCK, opaque_ptr(KERNEL_ADDR), NULL);
	waitpid(-1, opaque_ptr(KERNEL_ADDR), 0);
	trace(0);
	getpid();
	return 0;
}
