// The alternate signal stack: sigaltstack's checks (ENOMEM below
// MINSIGSTKSZ, EINVAL for a flag other than SS_DISABLE, EFAULT for kernel
// memory); a SA_ONSTACK handler runs on it (its locals are inside it, the
// ucontext names it, sigaltstack reports SS_ONSTACK and refuses a change
// with EPERM), a second SA_ONSTACK handler nested in it goes below the
// first on the same stack rather than back to its top, a handler without
// SA_ONSTACK stays on the normal stack, and after SS_DISABLE SA_ONSTACK
// is ignored. An alternate stack that is no longer there (the heap it was
// in was given back) cannot take a frame: the child dies of SIGSEGV, with
// the kernel's line, instead of looping.
// expect: exit 0
// expect-kernel: cannot deliver SIGUSR1: no room for its frame at esp 0x[0-9a-f]+: killed by SIGSEGV
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "rawsys.h"

static char altstk[16384] __attribute__((aligned(16)));

struct seen {
	uint32_t local;	  /* the address of a local of the handler */
	stack_t uc_stack; /* what the ucontext said */
	stack_t now;	  /* what sigaltstack said inside */
	int change;	  /* sigaltstack(new) inside: 0 or errno */
};
static volatile struct seen usr1, usr2, term;
static volatile int nest; /* the SIGUSR1 handler raises SIGUSR2 */

static void record(volatile struct seen *s, void *ctx)
{
	volatile char here = 0;
	ucontext_t *uc = ctx;
	stack_t ss = {(uint32_t)(uintptr_t)altstk, 0, sizeof(altstk)}, now;

	s->local = (uint32_t)(uintptr_t)&here;
	s->uc_stack = uc->uc_stack;
	sigaltstack(NULL, &now);
	s->now = now;
	s->change = sigaltstack(&ss, NULL) < 0 ? errno : 0;
}

static void on_usr1(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)si;
	record(&usr1, ctx);
	if (nest)
		raise(SIGUSR2);
}

static void on_usr2(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)si;
	record(&usr2, ctx);
}

static void on_term(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)si;
	record(&term, ctx);
}

static void handle(int sig, void (*fn)(int, siginfo_t *, void *), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO | flags;
	sigaction(sig, &sa, NULL);
}

static int on_alt(uint32_t a)
{
	return a >= (uint32_t)(uintptr_t)altstk &&
	       a < (uint32_t)(uintptr_t)altstk + sizeof(altstk);
}

static void test_errors(void)
{
	stack_t ss, old = {0, 0, 0};
	int r;

	r = sigaltstack(NULL, &old);
	check(r == 0 && old.ss_flags == SS_DISABLE,
	      "at first there is none: ss_flags 0x%x", old.ss_flags);
	ss.ss_sp = (uint32_t)(uintptr_t)altstk;
	ss.ss_size = MINSIGSTKSZ - 1;
	ss.ss_flags = 0;
	check_err("sigaltstack(size MINSIGSTKSZ - 1)", sigaltstack(&ss, NULL),
		  ENOMEM);
	ss.ss_size = sizeof(altstk);
	ss.ss_flags = SS_ONSTACK;
	check_err("sigaltstack(flags SS_ONSTACK)", sigaltstack(&ss, NULL),
		  EINVAL);
	ss.ss_flags = 0;
	ss.ss_sp = KERNEL_ADDR;
	check_err("sigaltstack(kernel memory)", sigaltstack(&ss, NULL), EFAULT);
	ss.ss_sp = WRAP_ADDR;
	check_err("sigaltstack(a range that wraps)", sigaltstack(&ss, NULL),
		  EFAULT);
}

static void test_on_stack(void)
{
	stack_t ss = {(uint32_t)(uintptr_t)altstk, 0, sizeof(altstk)}, old;
	volatile char main_local;
	int r;

	check_ok("sigaltstack(16 KiB)", sigaltstack(&ss, NULL));
	handle(SIGUSR1, on_usr1, SA_ONSTACK);
	handle(SIGUSR2, on_usr2, SA_ONSTACK);
	handle(SIGTERM, on_term, 0);

	nest = 1;
	raise(SIGUSR1);
	check(on_alt(usr1.local),
	      "SA_ONSTACK: the handler ran at 0x%x, on "
	      "the alternate stack",
	      usr1.local);
	check(usr1.uc_stack.ss_sp == ss.ss_sp &&
		      usr1.uc_stack.ss_size == ss.ss_size &&
		      usr1.uc_stack.ss_flags == 0,
	      "its ucontext names the stack (sp 0x%x size %u), the "
	      "interrupted code was not on it (flags 0x%x)",
	      usr1.uc_stack.ss_sp, usr1.uc_stack.ss_size,
	      usr1.uc_stack.ss_flags);
	check(usr1.now.ss_flags == SS_ONSTACK,
	      "sigaltstack inside the handler: SS_ONSTACK (0x%x)",
	      usr1.now.ss_flags);
	check(usr1.change == EPERM,
	      "changing it while on it: %s, expected EPERM",
	      errname(usr1.change));
	check(on_alt(usr2.local) && usr2.local < usr1.local,
	      "a nested SA_ONSTACK handler ran below the first (0x%x < 0x%x) "
	      "on the same stack",
	      usr2.local, usr1.local);
	check(usr2.uc_stack.ss_flags == SS_ONSTACK,
	      "its ucontext says it interrupted code on the stack (0x%x)",
	      usr2.uc_stack.ss_flags);
	nest = 0;

	raise(SIGTERM);
	check(!on_alt(term.local) &&
		      term.local < (uint32_t)(uintptr_t)&main_local,
	      "without SA_ONSTACK: on the normal stack (0x%x)", term.local);
	check(term.change == 0, "and sigaltstack may be changed there (%s)",
	      errname(term.change));
	r = sigaltstack(NULL, &old);
	check(r == 0 && old.ss_flags == 0,
	      "after the handlers: not on it (flags 0x%x)", old.ss_flags);

	ss.ss_flags = SS_DISABLE;
	check_ok("sigaltstack(SS_DISABLE)", sigaltstack(&ss, NULL));
	memset((void *)&usr1, 0, sizeof(usr1));
	raise(SIGUSR1);
	check(!on_alt(usr1.local) && usr1.local != 0,
	      "disabled: SA_ONSTACK runs on the normal stack (0x%x)",
	      usr1.local);
}

/* A child whose alternate stack was in heap it gave back. */
static void test_gone(void)
{
	int pid, st = 0;

	pid = fork();
	if (pid == 0) {
		char *heap = heap_edge();
		stack_t ss;

		sbrk(4 * PAGE_SIZE);
		ss.ss_sp = (uint32_t)(uintptr_t)heap;
		ss.ss_size = 4 * PAGE_SIZE;
		ss.ss_flags = 0;
		if (sigaltstack(&ss, NULL) < 0)
			_exit(2);
		sbrk(-4 * PAGE_SIZE);
		handle(SIGUSR1, on_usr1, SA_ONSTACK);
		raise(SIGUSR1);
		_exit(3); /* the handler cannot have run */
	}
	waitpid(pid, &st, 0);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV,
	      "alternate stack gone: the child died of SIGSEGV (status 0x%x)",
	      st);
}

int main(void)
{
	test_errors();
	test_on_stack();
	test_gone();
	return check_done();
}
