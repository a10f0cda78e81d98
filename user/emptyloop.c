/*
 * emptyloop: the lab in which a program watches itself being interrupted.
 * It reads the time-stamp counter in a tight loop that does nothing else;
 * each time two readings lie further apart than the loop itself takes,
 * something else ran in between: an interrupt handler, the scheduler,
 * another program. It records every such gap, then prints how many there
 * were by length, beside how many interrupts the kernel counted meanwhile.
 *
 *   emptyloop [-r] [-t TICKS] [MS]
 *
 * MS is how long to loop (default 1000 milliseconds); -t sets the gap
 * threshold in TSC ticks (default: 10 times the loop's own step); -r also
 * prints every gap as "gap START LENGTH" (TSC ticks from the loop's start),
 * the input of tools/emptyloop-plot.py. Nothing is printed while the loop
 * runs, so the console's own interrupts stay out of it.
 */
#include <kestrel.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "traps.h"

#define MAX_GAPS 4096 /* gaps recorded one by one; more are only counted */
#define NBUCKETS 24   /* gap lengths by powers of two */
#define NVEC	 256

struct gap {
	uint64_t start; /* TSC ticks from the loop's start */
	uint32_t len;	/* TSC ticks between the two readings */
};

static struct gap gaps[MAX_GAPS];
static uint32_t intr_before[NVEC];

static inline uint64_t rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

/*
 * TSC ticks per millisecond, from two edges of the kernel's millisecond
 * clock (which moves once per timer tick). Under QEMU's -icount shift=0
 * the answer is one million: the TSC counts instructions, one a
 * nanosecond of virtual time.
 */
static uint64_t tsc_per_ms(void)
{
	int t0 = uptime(), t1, t2;
	uint64_t c1, c2;

	while ((t1 = uptime()) == t0)
		;
	c1 = rdtsc();
	while ((t2 = uptime()) < t1 + 20)
		;
	c2 = rdtsc();
	return (c2 - c1) / (uint64_t)(t2 - t1);
}

/* The shortest step of the loop below, in TSC ticks. */
static uint32_t loop_step(void)
{
	uint64_t prev = rdtsc(), now;
	uint32_t best = 0xffffffffu;

	for (int i = 0; i < 1000; i++) {
		now = rdtsc();
		if (now - prev < best)
			best = (uint32_t)(now - prev);
		prev = now;
	}
	return best;
}

/* Does vector v fire with every timer tick (the tick, and its NMI)? */
static int tick_vector(int v)
{
	return v == T_IRQ0 + IRQ_TIMER || v == T_NMI;
}

/*
 * Reads every vector's count into counts; returns the sum over all but
 * the system-call vector (the program's own calls, not something that
 * happened to it), or -1. Reading 256 counters takes 256 system calls, a
 * good part of a tick: so the tick's own vectors are read next to the
 * loop (last before it, first after it), and a tick that comes while the
 * others are read is not counted as one during the loop.
 */
static int64_t read_counters(uint32_t *counts, int before_loop)
{
	struct intrinfo ii;
	int64_t sum = 0;

	for (int pass = 0; pass < 2; pass++)
		for (int v = 0; v < NVEC; v++) {
			if (tick_vector(v) != (pass == before_loop))
				continue;
			if (intrinfo(v, &ii) < 0)
				return -1;
			counts[v] = ii.count;
			if (v != T_SYSCALL)
				sum += ii.count;
		}
	return sum;
}

/*
 * The loop: reads the TSC until `ticks` have gone by, recording each gap
 * longer than threshold. Returns the number of gaps (all of them, even
 * past MAX_GAPS); *lost gets the ticks they took together.
 */
static uint32_t run(uint64_t ticks, uint32_t threshold, uint64_t *lost,
		    uint64_t *longest)
{
	uint64_t start = rdtsc(), prev = start, now, end = start + ticks;
	uint32_t n = 0;

	*lost = *longest = 0;
	do {
		now = rdtsc();
		if (now - prev > threshold) {
			if (n < MAX_GAPS) {
				gaps[n].start = prev - start;
				gaps[n].len = (uint32_t)(now - prev);
			}
			n++;
			*lost += now - prev;
			if (now - prev > *longest)
				*longest = now - prev;
		}
		prev = now;
	} while (now < end);
	return n;
}

/* Prints the gaps by length: [2^k, 2^(k+1)) TSC ticks, and in us. */
static void print_buckets(uint32_t n, uint64_t per_ms)
{
	uint32_t count[NBUCKETS] = {0};

	for (uint32_t i = 0; i < n && i < MAX_GAPS; i++) {
		int k = 0;

		while (k < NBUCKETS - 1 && (gaps[i].len >> (k + 1)) != 0)
			k++;
		count[k]++;
	}
	printf("  gap length (TSC ticks)       us       gaps\n");
	for (int k = 0; k < NBUCKETS; k++)
		if (count[k] > 0)
			printf("  %9u - %-9u %8u %10u\n", 1u << k,
			       (2u << k) - 1,
			       (unsigned)((1000ull << k) / per_ms), count[k]);
}

/*
 * Prints the vectors whose counts moved during the loop: from the counts
 * read just after it (after), not from counts read now, which would take
 * in the interrupts of printing the summary (intrinfo gives the names).
 */
static void print_counters(const uint32_t *after)
{
	struct intrinfo ii;

	printf("  interrupts during the loop:\n");
	for (int v = 0; v < NVEC; v++) {
		if (v == T_SYSCALL || after[v] == intr_before[v] ||
		    intrinfo(v, &ii) < 0)
			continue;
		printf("    vector %3d %-20s %u\n", v, ii.name,
		       after[v] - intr_before[v]);
	}
}

static void usage(void)
{
	fprintf(stderr, "usage: emptyloop [-r] [-t TICKS] [MS]\n");
	exit(2);
}

int main(int argc, char *argv[])
{
	int raw = 0, ms = 1000;
	uint32_t threshold = 0, step, n;
	uint64_t per_ms, lost, longest;
	int64_t before, after;
	uint32_t after_counts[NVEC];

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-r") == 0)
			raw = 1;
		else if (strcmp(argv[i], "-t") == 0 && i + 1 < argc)
			threshold = (uint32_t)atoi(argv[++i]);
		else if (argv[i][0] != '-' && atoi(argv[i]) > 0)
			ms = atoi(argv[i]);
		else
			usage();
	}
	per_ms = tsc_per_ms();
	step = loop_step();
	if (threshold == 0)
		threshold = step * 10 > 50 ? step * 10 : 50;
	if ((before = read_counters(intr_before, 1)) < 0) {
		perror("emptyloop: intrinfo");
		return 1;
	}
	n = run(per_ms * (uint64_t)ms, threshold, &lost, &longest);
	after = read_counters(after_counts, 0);
	printf("emptyloop: %d ms, %u TSC ticks a ms, loop step %u ticks, "
	       "threshold %u ticks\n",
	       ms, (unsigned)per_ms, step, threshold);
	printf("emptyloop: %u gaps, %u%% of the time lost (%u ticks)\n", n,
	       (unsigned)(lost * 100 / (per_ms * (uint64_t)ms)),
	       (unsigned)lost);
	printf("emptyloop: longest gap %u ticks (%u us)\n", (unsigned)longest,
	       (unsigned)(longest * 1000 / per_ms));
	printf("emptyloop: %d interrupts and exceptions counted during the "
	       "loop\n",
	       (int)(after - before));
	print_buckets(n, per_ms);
	print_counters(after_counts);
	if (raw)
		for (uint32_t i = 0; i < n && i < MAX_GAPS; i++)
			printf("gap %u %u\n", (unsigned)gaps[i].start,
			       gaps[i].len);
	return 0;
}
