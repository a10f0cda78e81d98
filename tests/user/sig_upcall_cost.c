// The cost of a null upcall, in guest instructions (-icount): raise() to
// a handler that returns, less a kill() of signal 0 (the same system
// call that delivers nothing). Printed for the docs; bounded so that a
// slow path (a frame built twice, say) shows up.
// expect: exit 0
// expect-output: ^upcall: \d+ instructions per raise with a handler, \d+ per kill\(pid, 0\), \d+ per upcall$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// icount: yes
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include "check.h"

#define ROUNDS	   200
#define MAX_UPCALL 20000 /* instructions: a generous bound */

static volatile int hits;

static void on_usr1(int sig)
{
	(void)sig;
	hits++;
}

static uint64_t rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

/* The cheapest of three runs: a tick in the middle only adds. */
static uint32_t per_call(int sig)
{
	uint64_t best = ~0ull;
	int pid = getpid();

	for (int run = 0; run < 3; run++) {
		uint64_t t0 = rdtsc();
		for (int i = 0; i < ROUNDS; i++)
			kill(pid, sig);
		uint64_t t = rdtsc() - t0;
		if (t < best)
			best = t;
	}
	return (uint32_t)(best / ROUNDS);
}

int main(void)
{
	uint32_t with, without;

	signal(SIGUSR1, on_usr1);
	with = per_call(SIGUSR1);
	without = per_call(0);
	printf("upcall: %u instructions per raise with a handler, %u per "
	       "kill(pid, 0), %u per upcall\n",
	       with, without, with - without);
	check(hits == 3 * ROUNDS, "the handler ran every time (%d)", hits);
	check(with > without && with - without < MAX_UPCALL,
	      "an upcall costs under %d instructions (%u)", MAX_UPCALL,
	      with - without);
	return check_done();
}
