// A SIGSEGV handler can repair the cause and resume: it grows the heap
// with sbrk and returns, and the faulting write just past the break then
// succeeds; it points the saved eax (the faulting address) at good memory
// and the instruction runs again; it moves the saved eip past the
// instruction; it returns without repairing 50 times and the fault comes
// back each time, then repairs; it siglongjmps out (and with the mask
// saved, a second fault is caught again). The ways out that must end in
// death by SIGSEGV, never an endless fault loop: a handler that returns
// without repairing under SA_RESETHAND (it runs once); a second fault
// after a siglongjmp that did not restore the mask (SIGSEGV still
// blocked); a fault with SIGSEGV ignored, or blocked.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "rawsys.h"

/* movl %ecx, (%eax): two bytes, 89 08; store_at is the instruction. */
void do_store(uint32_t addr, uint32_t value);
extern char store_at[];
__asm__(".text\n"
	"do_store:\n"
	"	movl 4(%esp), %eax\n"
	"	movl 8(%esp), %ecx\n"
	"store_at:\n"
	"	movl %ecx, (%eax)\n"
	"	ret\n");
#define STORE_LEN 2

enum repair { GROW, FIX_EAX, SKIP, RETURN, JUMP };

static volatile enum repair how;
static volatile int hits, give_up_after;
static volatile uint32_t good_word;
static sigjmp_buf env;
static int report_fd = -1;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	uint32_t *g = ((ucontext_t *)ctx)->uc_mcontext.gregs;

	(void)sig;
	(void)si;
	hits++;
	if (report_fd >= 0)
		write(report_fd, "h", 1);
	switch (how) {
	case GROW:
		sbrk(PAGE_SIZE);
		break;
	case FIX_EAX:
		g[REG_EAX] = (uint32_t)(uintptr_t)&good_word;
		break;
	case SKIP:
		g[REG_EIP] += STORE_LEN;
		break;
	case RETURN:
		if (give_up_after && hits >= give_up_after)
			g[REG_EIP] += STORE_LEN;
		break;
	case JUMP:
		siglongjmp(env, 1);
	}
}

static void catch_segv(int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | flags;
	sigaction(SIGSEGV, &sa, NULL);
}

static void test_resume(void)
{
	char *brk = heap_edge();

	catch_segv(0);
	how = GROW;
	hits = 0;
	do_store((uint32_t)(uintptr_t)brk, 0x600d);
	check(hits == 1 && *(volatile uint32_t *)brk == 0x600d &&
		      (char *)sbrk(0) == brk + PAGE_SIZE,
	      "sbrk in the handler: the write past the break went through "
	      "(handler ran %d times)",
	      hits);

	how = FIX_EAX;
	hits = 0;
	do_store(KERNEL_ADDR, 0xfeed);
	check(hits == 1 && good_word == 0xfeed,
	      "the saved eax pointed elsewhere: the store ran again and hit "
	      "it (0x%x)",
	      good_word);

	how = SKIP;
	hits = 0;
	do_store(KERNEL_ADDR, 1);
	check(hits == 1,
	      "the saved eip moved past the store: resumed after "
	      "it (handler ran %d times)",
	      hits);

	how = RETURN;
	hits = 0;
	give_up_after = 50;
	do_store(KERNEL_ADDR, 1);
	check(hits == 50,
	      "returning without a repair: the fault came back "
	      "each time, %d times, until the handler skipped it",
	      hits);
	give_up_after = 0;
}

static void test_jump(void)
{
	sigset_t mask;

	catch_segv(0);
	how = JUMP;
	hits = 0;
	for (int round = 1; round <= 2; round++) {
		if (sigsetjmp(env, 1) == 0)
			do_store(KERNEL_ADDR, 1);
		sigprocmask(SIG_BLOCK, NULL, &mask);
		check(hits == round && !sigismember(&mask, SIGSEGV),
		      "fault %d: siglongjmp out of the handler, SIGSEGV is "
		      "unblocked again",
		      round);
	}
}

/* Runs fn in a child with the handler's runs counted through a pipe;
 * returns its status and the count in *runs. */
static int in_child(void (*fn)(void), int *runs)
{
	int fds[2], pid, st = 0;
	char c;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		report_fd = fds[1];
		hits = 0;
		fn();
		_exit(0);
	}
	close(fds[1]);
	*runs = 0;
	while (read(fds[0], &c, 1) == 1)
		++*runs;
	close(fds[0]);
	waitpid(pid, &st, 0);
	return st;
}

static void resethand_no_repair(void)
{
	catch_segv(SA_RESETHAND);
	how = RETURN;
	do_store(KERNEL_ADDR, 1);
}

static void jump_without_mask(void)
{
	catch_segv(0);
	how = JUMP;
	if (sigsetjmp(env, 0) == 0)
		do_store(KERNEL_ADDR, 1);
	do_store(KERNEL_ADDR, 2); /* SIGSEGV is still blocked */
}

static void ignored(void)
{
	signal(SIGSEGV, SIG_IGN);
	do_store(KERNEL_ADDR, 1);
}

static void blocked(void)
{
	sigset_t set;

	catch_segv(0);
	how = SKIP;
	sigemptyset(&set);
	sigaddset(&set, SIGSEGV);
	sigprocmask(SIG_BLOCK, &set, NULL);
	do_store(KERNEL_ADDR, 1);
}

static void test_deaths(void)
{
	static const struct {
		const char *what;
		void (*fn)(void);
		int runs;
	} cases[] = {
		{"SA_RESETHAND, no repair", resethand_no_repair, 1},
		{"siglongjmp without the mask, then a second fault",
		 jump_without_mask, 1},
		{"SIGSEGV ignored", ignored, 0},
		{"SIGSEGV blocked", blocked, 0},
	};

	for (int i = 0; i < 4; i++) {
		int runs, st = in_child(cases[i].fn, &runs);

		check(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV &&
			      runs == cases[i].runs,
		      "%s: killed by SIGSEGV (status 0x%x), the handler ran "
		      "%d times (%d expected)",
		      cases[i].what, st, runs, cases[i].runs);
	}
}

int main(void)
{
	printf("repairing faults\n"); /* stdio is set up before heap_edge */
	test_resume();
	test_jump();
	test_deaths();
	return check_done();
}
