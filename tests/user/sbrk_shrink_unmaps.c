// A heap page given back with a negative sbrk is gone at once: reading or writing it right after is SIGSEGV, never an access to the freed frame.
// expect: exit 0
// expect-output: ^ok: a read of the given-back page: SIGSEGV$
// expect-output: ^ok: a write to the given-back page: SIGSEGV$
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// Found by the fuzzer (user/fuzz.c, seed 1001 under paging): a pipe's
// file descriptors written by the kernel into a new heap page were not
// there when the program read them back. The kernel unmapped the page
// but left its translation in the TLB, so until the next switch of
// address space the program still reached the old frame: kfree's junk
// bytes, and then whatever the kernel put there next (a pipe, say, whose
// open flags the program could then clear to make the kernel free it
// twice). The access must fault instead, the first time.
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define PAGE 4096

/* Makes a fresh page, uses it, gives it back, and touches it again. */
static void touch_after_shrink(int write)
{
	uintptr_t b = (uintptr_t)sbrk(0);
	volatile unsigned char *p;
	unsigned char v;

	if (b % PAGE)
		sbrk(PAGE - b % PAGE);
	p = sbrk(PAGE);
	p[0] = 0x11;
	sbrk(-PAGE);
	if (write) {
		p[0] = 0x22;
		v = 0x22;
	} else {
		v = p[0];
	}
	printf("FAIL: %s the given-back page worked (byte 0x%x)\n",
	       write ? "a write to" : "a read of", v);
	_exit(1);
}

int main(void)
{
	for (int write = 0; write < 2; write++) {
		int pid, st = -1;
		const char *what = write ? "a write to" : "a read of";

		fflush(stdout);
		pid = fork();
		if (pid == 0)
			touch_after_shrink(write);
		if (!check_ok("fork", pid))
			break;
		waitpid(pid, &st, 0);
		check(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV,
		      "%s the given-back page: SIGSEGV", what);
	}
	return check_done();
}
