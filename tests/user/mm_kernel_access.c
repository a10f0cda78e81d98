// Reading, writing and jumping to kernel memory kill the process with
// SIGSEGV in both memory models; the kernel runs on.
// expect: exit 0
// expect-output: ^read: killed by SIGSEGV$
// expect-output: ^write: killed by SIGSEGV$
// expect-output: ^jump: killed by SIGSEGV$
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#define KERNEL_TEXT 0xC0100000u

static int try(const char *what, int how)
{
	volatile unsigned *k = (unsigned *)KERNEL_TEXT;
	int st;

	if (fork() == 0) {
		if (how == 0)
			printf("%u\n", *k);
		else if (how == 1)
			*k = 0;
		else
			((void (*)(void))KERNEL_TEXT)();
		_exit(0);
	}
	wait(&st);
	if (WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV) {
		printf("%s: killed by SIGSEGV\n", what);
		return 0;
	}
	printf("FAIL: %s: status 0x%x\n", what, st);
	return 1;
}

int main(void)
{
	return try("read", 0) + try("write", 1) + try("jump", 2);
}
