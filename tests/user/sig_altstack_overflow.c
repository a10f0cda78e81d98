// A stack overflow caught by a SIGSEGV handler on the alternate stack:
// a child recurses without end; the fault in the guard page below the
// stack is delivered on the alternate stack (the normal stack has no room
// left), where the handler reports the faulting address and _exit(0)s. A
// second child, with the same handler but no alternate stack, cannot be
// given a frame: it dies of SIGSEGV, with the kernel's line, never loops.
// mode: paging (base and bound has no guard page: the overflow runs into the program's data, see mm_stack_overflow_segment)
// expect: exit 0
// expect-output: ^handler: overflow at 0xbffef[0-9a-f]{3}, on the alternate stack$
// expect-output: ^child 1 exited 0$
// expect-kernel: cannot deliver SIGSEGV: no room for its frame at esp 0xbff[ef][0-9a-f]{4}: killed by SIGSEGV
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// The stack is 64 KiB below USER_TOP (0xbfff0000 up); the guard page is
// 0xbffef000..0xbffeffff, so the fault address lies there.
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <memlayout.h>
#include <sys/wait.h>
#include "check.h"

#define GUARD_LO (USER_TOP - USTACK_SIZE - 4096)
#define GUARD_HI (USER_TOP - USTACK_SIZE)

static char altstk[SIGSTKSZ];
static volatile int never = -1;

static int recurse(int depth)
{
	volatile char pad[1000];

	pad[0] = (char)depth;
	if (depth == never)
		return 0;
	return recurse(depth + 1) + pad[0];
}

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	volatile char here;
	uint32_t a = (uint32_t)(uintptr_t)&here;
	int on_alt = a >= (uint32_t)(uintptr_t)altstk &&
		     a < (uint32_t)(uintptr_t)altstk + sizeof(altstk);
	char line[100];
	int n;

	(void)ctx;
	n = snprintf(line, sizeof(line), "handler: overflow at 0x%x, %s\n",
		     si->si_addr,
		     on_alt ? "on the alternate stack" : "FAIL: not on it");
	write(1, line, (size_t)n);
	_exit(sig == SIGSEGV && on_alt && si->si_addr >= GUARD_LO &&
			      si->si_addr < GUARD_HI
		      ? 0
		      : 1);
}

static int child(int with_altstack)
{
	struct sigaction sa;
	stack_t ss = {(uint32_t)(uintptr_t)altstk, 0, sizeof(altstk)};
	int pid, st = 0;

	pid = fork();
	if (pid == 0) {
		if (with_altstack && sigaltstack(&ss, NULL) < 0)
			_exit(2);
		memset(&sa, 0, sizeof(sa));
		sa.sa_sigaction = on_segv;
		sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
		sigaction(SIGSEGV, &sa, NULL);
		recurse(0);
		_exit(3);
	}
	waitpid(pid, &st, 0);
	return st;
}

int main(void)
{
	int st;

	fflush(stdout);
	st = child(1);
	if (WIFEXITED(st))
		printf("child 1 exited %d\n", WEXITSTATUS(st));
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "with an alternate stack: the handler caught the overflow "
	      "(status 0x%x)",
	      st);
	st = child(0);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV,
	      "without one: killed by SIGSEGV (status 0x%x)", st);
	return check_done();
}
