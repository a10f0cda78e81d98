/*
 * iobench FILE: the disk driver's three ways side by side (boot with
 * ide=poll, ide=intr or ide=dma, under -icount for repeatable figures).
 * Reads FILE whole while a child spins beside it, and reports how long
 * the read took and what share of the CPU the spinner still had then:
 * its loop count meanwhile against its rate alone (measured first, while
 * this process sleeps). Polling keeps the CPU for the reader; with
 * interrupts and DMA the spinner runs while the disk works.
 */
#include <errno.h>
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

/* Microseconds since boot. */
static unsigned long long now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

int main(int argc, char *argv[])
{
	unsigned long long t0, t1, rate;
	unsigned c0, c1;
	long total = 0;
	int fd, n, pid, p[2];

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
	c0 = ask(pid, p[0]);
	t0 = now_us();
	usleep(CALIBRATE_US);
	c1 = ask(pid, p[0]);
	t1 = now_us();
	rate = (unsigned long long)(c1 - c0) * 1000 / (t1 - t0); /* per ms */
	c0 = ask(pid, p[0]);
	t0 = now_us();
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		total += n;
	t1 = now_us();
	c1 = ask(pid, p[0]);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	printf("iobench: read %ld bytes in %llu us\n", total, t1 - t0);
	printf("iobench: the spinner ran %u%% of that time\n",
	       rate && t1 > t0 ? (unsigned)((unsigned long long)(c1 - c0) *
					    100000 / (rate * (t1 - t0)))
			       : 0);
	return n < 0;
}
