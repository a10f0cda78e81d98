// The FPU is switched lazily: the #NM count (vector 7, "Device not
// available", which intrinfo reports) shows when the kernel moved FPU
// registers. Two processes that take 100 turns each through pipes and
// never touch the FPU cause no #NM at all; two that each compute with
// the FPU on every turn cause one at (nearly) every turn, since each
// finds the other's registers in the FPU; one FPU user taking turns
// with an integer-only process causes one, its first use: the FPU still
// holds its registers whenever it comes back.
// expect: exit 0
// expect-output: ^ok: integer-only pair: 0 #NM traps$
// expect-output: ^ok: two FPU users: \d+ #NM traps \(>= 100\)$
// expect-output: ^ok: one FPU user, one integer-only: 1 #NM trap$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include "check.h"

#define TURNS	     100
#define T_DEVICE_VEC 7 /* #NM */

static volatile double acc = 1.0;

static uint32_t nm_count(void)
{
	struct intrinfo ii;

	if (intrinfo(T_DEVICE_VEC, &ii) < 0)
		return 0;
	return ii.count;
}

/* Takes TURNS turns, computing with the FPU on each one if fpu is set. */
static void player(int rd, int wr, int first, int fpu)
{
	char c = 'x';

	for (int i = 0; i < TURNS; i++) {
		if ((!first || i > 0) && read(rd, &c, 1) != 1)
			_exit(2);
		if (fpu)
			acc = acc * 1.0001 + 0.5;
		if (write(wr, &c, 1) != 1)
			_exit(2);
	}
	if (first)
		read(rd, &c, 1);
	_exit(0);
}

/* Runs two players, A (which goes first) and B, and waits for both. */
static uint32_t game(int a_fpu, int b_fpu)
{
	int ab[2], ba[2], pa, pb, sa = -1, sb = -1;
	uint32_t before = nm_count();

	if (pipe(ab) < 0 || pipe(ba) < 0)
		_exit(2);
	if ((pa = fork()) == 0)
		player(ba[0], ab[1], 1, a_fpu);
	if ((pb = fork()) == 0)
		player(ab[0], ba[1], 0, b_fpu);
	close(ab[0]);
	close(ab[1]);
	close(ba[0]);
	close(ba[1]);
	waitpid(pa, &sa, 0);
	waitpid(pb, &sb, 0);
	if (sa != 0 || sb != 0)
		check(0, "players exited with 0x%x and 0x%x", sa, sb);
	return nm_count() - before;
}

int main(void)
{
	uint32_t n;

	n = game(0, 0);
	check(n == 0, "integer-only pair: %u #NM traps", n);
	n = game(1, 1);
	check(n >= TURNS, "two FPU users: %u #NM traps (>= %d)", n, TURNS);
	n = game(1, 0);
	check(n == 1, "one FPU user, one integer-only: %u #NM trap", n);
	return check_done();
}
