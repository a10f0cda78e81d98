// The stack is mapped a page at a time, as it is touched: a deep write
// far below the frames in use takes one frame, not all those above it; a
// read() into untouched stack memory (the kernel's copyout) and a signal
// frame pushed onto it work too; the whole 64 KiB can be used, and past
// it the guard page still kills with SIGSEGV. A forked child grows its
// own stack without touching its parent's.
// mode: paging (base and bound maps the stack whole, with the range)
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <memlayout.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define PAGE  4096
#define DEEP  (USER_TOP - USTACK_SIZE + 100) /* in the stack's last page */
#define DEEP2 (USER_TOP - USTACK_SIZE + 3 * PAGE)

static volatile int handled;

static void on_usr1(int sig)
{
	volatile char pad[6000]; /* the handler's frame spans new pages */

	pad[0] = (char)sig;
	handled = pad[0];
}

static unsigned free_frames(void)
{
	struct meminfo m;

	meminfo(&m);
	return m.free_frames;
}

/* A frame that uses nearly the whole stack, a page at a time. */
static void deep_frame(void)
{
	volatile char big[USTACK_SIZE - 8 * 1024];

	for (unsigned i = sizeof(big); i > 0; i -= PAGE)
		big[i - 1] = 1;
}

/* One frame past the stack's end: the guard page must kill. */
static int too_deep(void)
{
	volatile char big[USTACK_SIZE + PAGE];

	big[0] = 1;
	return big[0];
}

int main(void)
{
	volatile char *deep = (volatile char *)DEEP;
	unsigned f0, f1;
	int fds[2], pid, st = -1;

	f0 = free_frames();
	*deep = 42;
	f1 = free_frames();
	check(*deep == 42, "a write far below the frames in use");
	check(f1 == f0 - 1, "it took one frame: %u free, then %u", f0, f1);
	pipe(fds);
	write(fds[1], "lazy", 4);
	check(read(fds[0], (char *)DEEP2, 4) == 4 &&
		      memcmp((char *)DEEP2, "lazy", 4) == 0,
	      "read() into an untouched stack page");
	signal(SIGUSR1, on_usr1);
	raise(SIGUSR1);
	check(handled == SIGUSR1, "a signal frame on fresh stack pages");
	pid = fork();
	if (pid == 0) {
		deep_frame();
		_exit(*deep == 42 ? 0 : 1);
	}
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "a child used nearly 64 KiB of stack (status 0x%x)", st);
	check(*deep == 42, "the parent's deep stack byte is its own");
	pid = fork();
	if (pid == 0) {
		too_deep();
		_exit(0);
	}
	check_child_killed(pid, SIGSEGV);
	return check_done();
}
