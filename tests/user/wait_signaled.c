// Tests WIFSIGNALED/WTERMSIG for children killed by kill() and by faults.
// expect: exit 0
// expect-output: ^child killed by SIGKILL from parent: WTERMSIG 9$
// expect-output: ^child killed by SIGTERM from parent: WTERMSIG 15$
// expect-output: ^child killed by SIGKILL from itself: WTERMSIG 9$
// expect-output: ^child killed by read of kernel memory: WTERMSIG 11$
// expect-output: ^child killed by divide by zero: WTERMSIG 8$
// expect-output: ^child killed by ud2: WTERMSIG 4$
// expect-output: ^child killed by abort\(\): WTERMSIG 6$
// expect-output: ^all checks passed$
// expect-kernel: killed by SIGSEGV
// expect-kernel: killed by SIGFPE
// expect-kernel: killed by SIGILL
// forbid-output: FAIL
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "rawsys.h"

enum how {
	BY_PARENT_KILL,
	BY_PARENT_TERM,
	BY_SELF,
	BY_KREAD,
	BY_DIV,
	BY_UD2,
	BY_ABORT
};

static const struct {
	const char *what;
	int sig;
} cases[] = {
	[BY_PARENT_KILL] = {"SIGKILL from parent", SIGKILL},
	[BY_PARENT_TERM] = {"SIGTERM from parent", SIGTERM},
	[BY_SELF] = {"SIGKILL from itself", SIGKILL},
	[BY_KREAD] = {"read of kernel memory", SIGSEGV},
	[BY_DIV] = {"divide by zero", SIGFPE},
	[BY_UD2] = {"ud2", SIGILL},
	[BY_ABORT] = {"abort()", SIGABRT},
};

static volatile int zero = 0, one = 1;

/* The child: dies the way it is told, or exits 100 if it survives. */
static void die(enum how how, int rfd)
{
	char c;

	switch (how) {
	case BY_PARENT_KILL:
	case BY_PARENT_TERM:
		read(rfd, &c, 1); /* blocks until killed */
		break;
	case BY_SELF:
		kill(getpid(), SIGKILL);
		break;
	case BY_KREAD:
		printf("%d\n", *(volatile int *)opaque_ptr(KERNEL_ADDR));
		break;
	case BY_DIV:
		printf("%d\n", one / zero);
		break;
	case BY_UD2:
		__asm__ volatile("ud2");
		break;
	case BY_ABORT:
		abort();
	}
	_exit(100);
}

int main(void)
{
	for (int i = 0; i < (int)(sizeof(cases) / sizeof(cases[0])); i++) {
		int fds[2], pid, st = -1;

		pipe(fds);
		pid = fork();
		if (pid == 0) {
			close(fds[1]);
			die(i, fds[0]);
		}
		close(fds[0]);
		if (!check_ok("fork", pid))
			break;
		if (i == BY_PARENT_KILL || i == BY_PARENT_TERM) {
			usleep(50000);
			check(kill(pid, cases[i].sig) == 0, "kill(child, %s)",
			      signame(cases[i].sig));
		}
		check(waitpid(pid, &st, 0) == pid, "waitpid returns the child");
		close(fds[1]);
		printf("child killed by %s: WTERMSIG %d\n", cases[i].what,
		       WIFSIGNALED(st) ? WTERMSIG(st) : -1);
		check(WIFSIGNALED(st) && !WIFEXITED(st) &&
			      WTERMSIG(st) == cases[i].sig,
		      "status 0x%x means killed by %s", st,
		      signame(cases[i].sig));
	}
	return check_done();
}
