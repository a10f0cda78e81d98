// The kernel's own writes into pages that fork shares: read() copies
// into the bss of a child (across the boundary of two shared pages) and
// into the stack of its parent, and pipe() its descriptors onto the
// child's stack, each while the other process still shares the page:
// the other must not see them.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define PAGE  4096
#define CHILD 200 /* bytes the child reads, across a page boundary */
#define PAR   64  /* bytes the parent reads into its stack */

static char buf[3 * PAGE] __attribute__((aligned(PAGE)));

/* Is every byte of [p, p + n) equal to c? */
static int all(const char *p, int n, char c)
{
	for (int i = 0; i < n; i++)
		if (p[i] != c)
			return 0;
	return 1;
}

int main(void)
{
	int data[2], up[2], down[2], pid, st = -1;
	char msg[CHILD], stackbuf[PAR], t;

	memset(buf, 'o', sizeof(buf));
	memset(stackbuf, 'o', sizeof(stackbuf));
	pipe(data);
	pipe(up);   /* child to parent */
	pipe(down); /* parent to child */
	/* Waiting in the pipe: the child's bytes, then the parent's. */
	memset(msg, 'c', sizeof(msg));
	write(data[1], msg, CHILD);
	write(data[1],
	      "pppppppppppppppppppppppppppppppppppppppppppppppppppppp"
	      "pppppppppp",
	      PAR);
	pid = fork();
	if (pid == 0) {
		int fds[2] = {-1, -1};
		int ok =
			read(data[0], buf + PAGE - CHILD / 2, CHILD) == CHILD &&
			all(buf + PAGE - CHILD / 2, CHILD, 'c');
		ok = ok && pipe(fds) == 0 && fds[0] >= 0 && fds[1] >= 0;
		write(up[1], "g", 1);
		ok = ok && read(down[0], &t, 1) == 1; /* the parent has read */
		ok = ok && all(stackbuf, PAR, 'o');
		ok = ok && all(buf, PAGE - CHILD / 2, 'o');
		_exit(ok ? 0 : 1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	read(up[0], &t, 1); /* the child has read */
	check(all(buf, sizeof(buf), 'o'),
	      "the child's read() into two shared pages is not the parent's");
	check(read(data[0], stackbuf, PAR) == PAR && all(stackbuf, PAR, 'p'),
	      "the parent's read() into its shared stack");
	write(down[1], "p", 1);
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "the child saw its own read() and pipe() and none of the "
	      "parent's (status 0x%x)",
	      st);
	check(all(buf, sizeof(buf), 'o'), "the parent's bss is its own");
	return check_done();
}
