// After fork, parent and child each write the data, bss, heap and stack
// they share, in both orders, and each must see only its own values; a
// grandchild shares the same pages three ways. Under paging fork shares
// those pages copy on write; under base and bound it copies them.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define HEAP (64 * 1024)

static int data_var = 1;
static char bss_buf[3 * 4096];
static char *heap;

/* The four places, each set to v (v + k for the k-th). */
static void set_all(volatile int *stack_var, int v)
{
	data_var = v;
	memset(bss_buf, v, sizeof(bss_buf));
	memset(heap, v + 1, HEAP);
	*stack_var = v + 2;
}

/* Do the four places still hold what set_all(v) wrote? */
static int all_are(volatile int *stack_var, int v)
{
	return data_var == v && bss_buf[0] == (char)v &&
	       bss_buf[sizeof(bss_buf) - 1] == (char)v &&
	       heap[0] == (char)(v + 1) && heap[HEAP - 1] == (char)(v + 1) &&
	       *stack_var == v + 2;
}

/* Waits for a byte on fd (a turn passed through a pipe). */
static void wait_turn(int fd)
{
	char c;

	if (read(fd, &c, 1) != 1)
		_exit(9);
}

/*
 * One round: the parent writes first (first == 0) or the child does. The
 * child exits 0 if it saw the values from before fork and then only its
 * own.
 */
static void round_trip(int first)
{
	volatile int stack_var;
	int to_child[2], to_parent[2], pid, st = -1;

	set_all(&stack_var, 10);
	pipe(to_child);
	pipe(to_parent);
	pid = fork();
	if (pid == 0) {
		int ok = all_are(&stack_var, 10);
		if (first == 0)
			wait_turn(to_child[0]); /* the parent has written */
		ok = ok && all_are(&stack_var, 10);
		set_all(&stack_var, 20);
		write(to_parent[1], "c", 1);
		if (first == 1)
			wait_turn(to_child[0]);
		_exit(ok && all_are(&stack_var, 20) ? 0 : 1);
	}
	if (!check_ok("fork", pid))
		return;
	if (first == 1)
		wait_turn(to_parent[0]); /* the child has written */
	set_all(&stack_var, 30);
	write(to_child[1], "p", 1);
	if (first == 0)
		wait_turn(to_parent[0]);
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "%s writes first: the child saw only its own values (status "
	      "0x%x)",
	      first ? "child" : "parent", st);
	check(all_are(&stack_var, 30),
	      "%s writes first: the parent saw only its own values",
	      first ? "child" : "parent");
	close(to_child[0]);
	close(to_child[1]);
	close(to_parent[0]);
	close(to_parent[1]);
}

/* Parent, child and grandchild share the pages; each writes in turn. */
static void three_ways(void)
{
	volatile int stack_var;
	int pid, st = -1;

	set_all(&stack_var, 40);
	pid = fork();
	if (pid == 0) {
		int gpid = fork(), gst = -1, ok;
		if (gpid == 0) {
			ok = all_are(&stack_var, 40);
			set_all(&stack_var, 60);
			_exit(ok && all_are(&stack_var, 60) ? 0 : 1);
		}
		ok = all_are(&stack_var, 40);
		waitpid(gpid, &gst, 0);
		ok = ok && gst == 0 && all_are(&stack_var, 40);
		set_all(&stack_var, 50); /* the last sharer but the parent */
		_exit(ok && all_are(&stack_var, 50) ? 0 : 1);
	}
	waitpid(pid, &st, 0);
	check(st == 0, "three sharers: child and grandchild saw their own");
	check(all_are(&stack_var, 40), "three sharers: the parent's intact");
	set_all(&stack_var, 70); /* now the only one: takes the pages back */
	check(all_are(&stack_var, 70), "the last sharer writes its pages");
}

int main(void)
{
	heap = malloc(HEAP);
	if (!check(heap != NULL, "malloc"))
		return check_done();
	round_trip(0);
	round_trip(1);
	three_ways();
	return check_done();
}
