// Two processes keep different x87 states across many switches: each
// sets its own control word (one rounds up, the other down, with 53- and
// 64-bit precision), leaves its own value in st(0) for the whole run, and
// checks after every switch that both are still its own and that 1/3
// still rounds its way. First the two take turns through pipes (a switch
// at every turn), then both compute flat out and the timer preempts them
// wherever it lands.
// expect: exit 0
// expect-output: ^ok: rounding up and down give different 1/3 \(0x3fd5555555555556 0x3fd5555555555555\)$
// expect-output: ^ok: parent: 400 turns, control word and st\(0\) its own$
// expect-output: ^ok: the child's checks passed
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

#define TURNS	 400
#define SPIN_MS	 300
#define CW_UP	 0x0b7f /* all masked, 64-bit precision, round up */
#define CW_DOWN	 0x067f /* all masked, 53-bit precision, round down */
#define THIRD_UP 0x3fd5555555555556ull
#define THIRD_DN 0x3fd5555555555555ull

/*
 * The x87 values are handled as bits in memory, never as C doubles:
 * code GCC generates for a double could hold it in an x87 register
 * across these asm statements, which move the register stack.
 */
struct side {
	const char *name;
	uint16_t cw;
	uint64_t mark; /* a double's bits, kept in st(0) throughout */
	uint64_t third;
};

static const double three = 3.0;

static uint16_t get_cw(void)
{
	uint16_t cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw)::"memory");
	return cw;
}

/* 1/3 computed and stored as a double: its last bit shows the rounding. */
static uint64_t third_bits(void)
{
	uint64_t r;

	__asm__ volatile("fld1\n\t"
			 "fdivl %1\n\t"
			 "fstpl %0"
			 : "=m"(r)
			 : "m"(three)
			 : "memory");
	return r;
}

/* st(0), which the side pushed at the start, read without popping it. */
static uint64_t peek_st0(void)
{
	uint64_t v;

	__asm__ volatile("fstl %0" : "=m"(v)::"memory");
	return v;
}

/* Is the FPU as side s left it? Says what is wrong, once, if not. */
static int intact(const struct side *s, int turn)
{
	uint16_t cw = get_cw();
	uint64_t st0 = peek_st0();
	uint64_t t = third_bits();

	if (cw == s->cw && st0 == s->mark && t == s->third)
		return 1;
	printf("%s: turn %d: control word 0x%04x st(0) 0x%llx 1/3 0x%llx\n",
	       s->name, turn, cw, (unsigned long long)st0,
	       (unsigned long long)t);
	return 0;
}

/* Sets side s's control word and mark, and learns its 1/3. */
static void setup(struct side *s)
{
	__asm__ volatile("fninit\n\t"
			 "fldcw %0\n\t"
			 "fldl %1" ::"m"(s->cw),
			 "m"(s->mark)
			 : "memory");
	s->third = third_bits();
}

/* Takes TURNS turns with the other side, then spins SPIN_MS checking. */
static int run(struct side *s, int rd, int wr, int first)
{
	int ok = 1, n = 0;
	char c = 'x';
	clock_t end;

	for (int i = 0; i < TURNS && ok; i++) {
		if (!first || i > 0)
			ok = read(rd, &c, 1) == 1;
		ok = ok && intact(s, i);
		ok = ok && write(wr, &c, 1) == 1;
	}
	if (first)
		read(rd, &c, 1); /* the other side's last turn */
	check(ok, "%s: %d turns, control word and st(0) its own", s->name,
	      TURNS);
	end = clock() + SPIN_MS * (CLOCKS_PER_SEC / 1000);
	while (ok && clock() < end)
		ok = intact(s, n++);
	return check(ok, "%s: %d checks while preempted anywhere", s->name, n);
}

int main(void)
{
	/* 12345.6875 and -0.001953125 */
	struct side parent = {"parent", CW_UP, 0x40c81cd800000000ull, 0};
	struct side child = {"child", CW_DOWN, 0xbf60000000000000ull, 0};
	int to_child[2], to_parent[2], pid;

	if (pipe(to_child) < 0 || pipe(to_parent) < 0)
		return 2;
	setup(&parent);
	check(parent.third == THIRD_UP, "parent's 1/3 rounds up");
	pid = fork();
	if (pid == 0) {
		setup(&child);
		check(child.third == THIRD_DN, "child's 1/3 rounds down");
		run(&child, to_child[0], to_parent[1], 0);
		return check_done();
	}
	check(THIRD_UP != THIRD_DN &&
		      intact(&parent, -1), /* fork left it alone */
	      "rounding up and down give different 1/3 (0x%llx 0x%llx)",
	      THIRD_UP, THIRD_DN);
	run(&parent, to_parent[0], to_child[1], 1);
	{
		int st = -1;
		waitpid(pid, &st, 0);
		check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
		      "the child's checks passed (status 0x%x)", st);
	}
	return check_done();
}
