/*
 * iobench FILE: the disk driver's three ways side by side (boot with
 * ide=poll, ide=intr or ide=dma, under -icount for repeatable figures).
 * Reads FILE whole while a child spins beside it, and reports how long
 * the read took and what share of the CPU the spinner still had then:
 * its loop count meanwhile against its rate alone (measured first, while
 * this process sleeps). Polling keeps the CPU for the reader; with
 * interrupts and DMA the spinner runs while the disk works. Times are
 * read from the TSC (one tick a guest instruction under -icount),
 * scaled by the clock. Under -icount the disk's own latency is the
 * host's, during which the guest runs on: the transfer times vary from
 * run to run, the spinner's share much less.
 */
#include <errno.h>
#include <kestrel.h>
#include "traps.h"
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CALIBRATE_US 200000 /* how long the spinner runs alone */

static char buf[16384];
static volatile unsigned count; /* the spinner's loops */
static int report_fd;		/* where the spinner writes count */

static void report(int sig)
{
	unsigned c = count;

	(void)sig;
	write(report_fd, &c, sizeof(c));
}

/* The child: counts loops forever (it reports the count on SIGUSR1). */
static void spin(void)
{
	for (;;)
		count++;
}

/* The spinner's loop count now. */
static unsigned ask(int pid, int fd)
{
	unsigned c = 0;

	kill(pid, SIGUSR1);
	read(fd, &c, sizeof(c));
	return c;
}

/* Microseconds since boot (in timer ticks: 10 ms steps at 100 Hz). */
static unsigned long long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* How many times the disk's IRQ (14, vector 46) has come since boot. */
static unsigned disk_irqs(void)
{
	struct intrinfo ii;

	return intrinfo(T_IRQ0 + IRQ_IDE, &ii) == 0 ? ii.count : 0;
}

/* The time-stamp counter: under -icount, one a guest instruction. */
static unsigned long long rdtsc(void)
{
	unsigned lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (unsigned long long)hi << 32 | lo;
}

int main(int argc, char *argv[])
{
	unsigned long long t0, t1, s0, s1, tsc_per_ms, took;
	unsigned c0, c1, i0, i1;
	long total = 0;
	int fd, n, pid, p[2];
	double rate; /* the spinner's loops per TSC tick, alone */

	if (argc != 2) {
		fprintf(stderr, "usage: iobench FILE\n");
		return 2;
	}
	if ((fd = open(argv[1], O_RDONLY)) < 0 || pipe(p) < 0) {
		fprintf(stderr, "iobench: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	report_fd = p[1];
	signal(SIGUSR1, report); /* set before fork: the child has it at once */
	if ((pid = fork()) == 0)
		spin();
	close(p[1]);
	/* The spinner alone, while this process sleeps: its rate, and the
	 * TSC's against the clock (the clock moves in whole ticks, too
	 * coarse for a read that takes a few of them). */
	c0 = ask(pid, p[0]);
	t0 = now_us();
	s0 = rdtsc();
	usleep(CALIBRATE_US);
	c1 = ask(pid, p[0]);
	s1 = rdtsc();
	t1 = now_us();
	if (t1 <= t0 || s1 <= s0) {
		fprintf(stderr, "iobench: the clock did not move\n");
		return 1;
	}
	tsc_per_ms = (s1 - s0) * 1000 / (t1 - t0);
	rate = (double)(c1 - c0) / (double)(s1 - s0);
	c0 = ask(pid, p[0]);
	i0 = disk_irqs();
	s0 = rdtsc();
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		total += n;
	s1 = rdtsc();
	i1 = disk_irqs();
	c1 = ask(pid, p[0]);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	took = s1 - s0;
	printf("iobench: read %ld bytes in %llu us (%llu TSC ticks)\n", total,
	       took * 1000 / (tsc_per_ms ? tsc_per_ms : 1), took);
	printf("iobench: %u disk interrupts\n", i1 - i0);
	/* The asking itself (a signal and a pipe round trip) is in the
	 * count too: a share a little over 100% is that. */
	printf("iobench: the spinner ran %u%% of that time\n",
	       (unsigned)((double)(c1 - c0) * 100 / (rate * (double)took)));
	return n < 0;
}
