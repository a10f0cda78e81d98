// Nested handlers run in the right order. A SIGUSR1 handler that raises
// SIGUSR2 is interrupted by SIGUSR2's handler at once (enter 1, enter 2,
// leave 2, leave 1); with SIGUSR2 in SIGUSR1's sa_mask, SIGUSR2 waits
// until SIGUSR1's handler returns (enter 1, leave 1, enter 2, leave 2). A
// handler that raises its own signal runs again only after it returns,
// unless SA_NODEFER lets it re-enter itself (three deep here). Under
// SA_RESETHAND the first delivery runs the handler and the second takes
// the default action: the child dies of SIGUSR1.
// expect: exit 0
// expect-output: ^plain: 1\+ 2\+ 2- 1-$
// expect-output: ^sa_mask: 1\+ 1- 2\+ 2-$
// expect-output: ^self: 1\+ 1- 1\+ 1-$
// expect-output: ^nodefer: 1\+ 1\+ 1\+ 1- 1- 1-$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

static char trail[64];
static volatile int depth, max_depth, raise_other, raise_self;

static void note(const char *s)
{
	size_t n = strlen(trail);

	if (n + strlen(s) + 2 < sizeof(trail))
		snprintf(trail + n, sizeof(trail) - n, "%s%s", n ? " " : "", s);
}

static void on_usr1(int sig)
{
	(void)sig;
	note("1+");
	if (++depth > max_depth)
		max_depth = depth;
	if (raise_other)
		raise(SIGUSR2);
	if (raise_self > 0) {
		raise_self--;
		raise(SIGUSR1);
	}
	depth--;
	note("1-");
}

static void on_usr2(int sig)
{
	(void)sig;
	note("2+");
	note("2-");
}

static void handle(int sig, void (*fn)(int), int flags, int masked)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	if (masked)
		sigaddset(&sa.sa_mask, masked);
	sigaction(sig, &sa, NULL);
}

static void run(const char *name, const char *want)
{
	trail[0] = 0;
	depth = max_depth = 0;
	raise(SIGUSR1);
	printf("%s: %s\n", name, trail);
	check(strcmp(trail, want) == 0, "%s: %s, expected %s", name, trail,
	      want);
}

static volatile int resethand_hits;

static void on_once(int sig)
{
	(void)sig;
	resethand_hits++;
}

/* SA_RESETHAND: the child survives one SIGUSR1 and dies of the second. */
static void test_resethand(void)
{
	struct sigaction sa, now;
	int pid, st = 0, fds[2];
	char c = 0;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_once;
		sa.sa_flags = SA_RESETHAND;
		sigaction(SIGUSR1, &sa, NULL);
		raise(SIGUSR1);
		sigaction(SIGUSR1, NULL, &now);
		c = (char)('0' + resethand_hits);
		if (now.sa_handler != SIG_DFL)
			c = 'h'; /* the handler stayed */
		write(fds[1], &c, 1);
		raise(SIGUSR1);
		_exit(0); /* not reached: the default action ends it */
	}
	close(fds[1]);
	read(fds[0], &c, 1);
	close(fds[0]);
	waitpid(pid, &st, 0);
	check(c == '1',
	      "SA_RESETHAND: the handler ran once, then the action "
	      "was SIG_DFL (child says '%c')",
	      c);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGUSR1,
	      "SA_RESETHAND: the second SIGUSR1 killed the child (status "
	      "0x%x)",
	      st);
}

int main(void)
{
	handle(SIGUSR2, on_usr2, 0, 0);

	raise_other = 1;
	handle(SIGUSR1, on_usr1, 0, 0);
	run("plain", "1+ 2+ 2- 1-");
	handle(SIGUSR1, on_usr1, 0, SIGUSR2);
	run("sa_mask", "1+ 1- 2+ 2-");
	raise_other = 0;

	handle(SIGUSR1, on_usr1, 0, 0);
	raise_self = 1;
	run("self", "1+ 1- 1+ 1-");
	check(max_depth == 1, "without SA_NODEFER: never nested (depth %d)",
	      max_depth);
	handle(SIGUSR1, on_usr1, SA_NODEFER, 0);
	raise_self = 2;
	run("nodefer", "1+ 1+ 1+ 1- 1- 1-");
	check(max_depth == 3, "SA_NODEFER: three deep (depth %d)", max_depth);

	test_resethand();
	return check_done();
}
