// A SIGSEGV handler that faults again itself (SA_NODEFER lets each fault
// deliver again) on a small alternate stack fills that stack frame by
// frame; once the next frame would not fit, the process dies of SIGSEGV,
// as Linux kills it then. It must not start again at the top of the stack
// and loop for ever, writing over the frames still in use (it did).
// expect: signal SIGSEGV
// expect-output: ^raising SIGSEGV$
// forbid-output: FAIL
// timeout: 20
#include <signal.h>
#include <stdint.h>
#include <stdio.h>

static char altstack[MINSIGSTKSZ] __attribute__((aligned(16)));

/* Each call faults before it returns: the next frame goes below it. */
static void fault_again(int sig)
{
	(void)sig;
	*(volatile int *)0xC0000000 = 1; /* kernel memory */
}

int main(void)
{
	stack_t ss = {(uint32_t)altstack, 0, sizeof(altstack)};
	struct sigaction sa = {0};

	if (sigaltstack(&ss, NULL) < 0) {
		printf("FAIL: sigaltstack\n");
		return 1;
	}
	sa.sa_handler = fault_again;
	sa.sa_flags = SA_ONSTACK | SA_NODEFER;
	if (sigaction(SIGSEGV, &sa, NULL) < 0) {
		printf("FAIL: sigaction\n");
		return 1;
	}
	printf("raising SIGSEGV\n");
	raise(SIGSEGV);
	printf("FAIL: raise returned\n");
	return 1;
}
