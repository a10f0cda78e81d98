// execve at its byte limit: 2000 arguments (about 65 bytes each) holding ARG_MAX = 131072 bytes with their NULs work and arrive intact; one byte more gives E2BIG, and the failures keep no memory.
// expect: exit 0
// expect-output: ^child: 2000 arguments, 131072 bytes, all intact$
// expect-output: ^child: 3 arguments, 131072 bytes, all intact$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 30
//
// exec_e2big_count and exec_e2big_bytes test each limit well inside or
// far outside; this one sits on the edge. The environment is empty, so
// that the arguments have all of ARG_MAX. Every argument is
// filled with its own letter so the child can check each byte arrived.
#include <kestrel.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define SELF	 "/test/exhaust_exec_args"
#define NARG	 2000	 /* argv entries, NULL not counted */
#define MAXBYTES ARG_MAX /* bytes of argument strings, NULs counted */

static char store[MAXBYTES + 64];
static char *av[NARG + 2];
static char *no_env[] = {NULL};

/* The letter argument i is made of (argv[0] and argv[1] excepted). */
static char letter(int i)
{
	return (char)('A' + i % 26);
}

/*
 * Builds argv: SELF, "child", then n-2 arguments of letters whose sizes
 * add up to bytes in all (NULs included). Returns 0, or -1 if impossible.
 */
static int build(int n, int bytes)
{
	int left = bytes - (int)sizeof(SELF) - (int)sizeof("child"), used = 0;

	if (n < 3 || left < n - 2)
		return -1;
	av[0] = SELF;
	av[1] = "child";
	for (int i = 2; i < n; i++) {
		int size = left / (n - i); /* this one's share, NUL included */
		av[i] = store + used;
		memset(av[i], letter(i), (size_t)size - 1);
		av[i][size - 1] = 0;
		used += size;
		left -= size;
	}
	av[n] = NULL;
	return 0;
}

/* The exec'd program: checks every argument and the total. */
static int child(int argc, char **argv)
{
	int bytes = 0, intact = 1;

	for (int i = 0; i < argc; i++) {
		int len = (int)strlen(argv[i]);
		bytes += len + 1;
		for (int j = 0; i >= 2 && j < len; j++)
			intact &= argv[i][j] == letter(i);
	}
	intact &= argv[argc] == NULL && strcmp(argv[0], SELF) == 0;
	printf("child: %d arguments, %d bytes, %s\n", argc, bytes,
	       intact ? "all intact" : "CORRUPTED");
	return intact && bytes == MAXBYTES ? 0 : 1;
}

/* Runs av in a child; returns its exit status, or -1. */
static int run(void)
{
	int pid = fork(), st = -1;

	if (pid == 0) {
		execve(SELF, av, no_env);
		printf("FAIL: execve: %s\n", errname(errno));
		_exit(100);
	}
	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

int main(int argc, char **argv)
{
	struct meminfo before, after;

	if (argc > 1 && strcmp(argv[1], "child") == 0)
		return child(argc, argv);
	printf("exec_args: starting\n");
	meminfo(&before);
	build(NARG, MAXBYTES);
	check(run() == 0,
	      "2000 arguments, ARG_MAX bytes: the child got them all");
	build(NARG, MAXBYTES + 1);
	check_err("2000 arguments, ARG_MAX + 1 bytes", execve(SELF, av, no_env),
		  E2BIG);
	build(NARG, MAXBYTES);
	av[NARG] = "";
	av[NARG + 1] = NULL;
	check_err("2001 arguments, ARG_MAX + 1 bytes (an empty 2001st)",
		  execve(SELF, av, no_env), E2BIG);
	build(3, MAXBYTES);
	check(run() == 0,
	      "argv[0], \"child\" and one argument of 131042 bytes work");
	build(3, MAXBYTES + 1);
	check_err("one argument one byte longer", execve(SELF, av, no_env),
		  E2BIG);
	meminfo(&after);
	check(after.free_frames == before.free_frames,
	      "the failed execs kept nothing: free frames %u -> %u",
	      before.free_frames, after.free_frames);
	return check_done();
}
