// A 256 KiB console write lets a spinning process run and loses no ticks.
// expect: exit 0
// icount: yes
// expect-output: ^calibration: \d+ rdtsc units per ms of uptime$
// expect-output: ^control: spinner ran \d+ ticks while we spun \d+ ms$
// expect-output: ^write: 262144 bytes in \d+ ms by instruction count, uptime \+\d+ ms, spinner \+\d+ ticks$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 90
//
// Issue 9, finding 2. One write(1, buf, 256 KiB) used to run to its end
// in the kernel with interrupts off: nothing else ran, the timer's ticks
// were lost (the PIC holds one), and ^C could not stop it. Done when the
// write no longer stops a spinning process from running, nor makes
// uptime() fall behind the instruction-counted time by more than one tick
// per second of work.
//
// The clock: under "icount: yes" QEMU runs -icount shift=0,sleep=off, so
// virtual time is one nanosecond per guest instruction, and rdtsc (which
// ring 3 may run: CR4.TSD is clear) returns that virtual time in
// nanoseconds. It counts while interrupts are off, and it counts the time
// the CPU halts too (sleep=off makes the virtual clock jump over it
// instead of waiting), so it is the reference uptime() is held to. Measured on this kernel at 100 Hz: 190 ms
// of uptime over a busy loop = 190003953 rdtsc units; usleep(500000) =
// 510 ms of uptime = 510002267 units. The test does not assume 1e6 units
// per ms: it calibrates over a 200 ms busy loop first (no other process
// runs then), between two uptime() edges.
//
// Then a child spins in user mode. As a control, the parent spins too,
// for 60 ms, and the child must be given at least one quantum (20 ms,
// QUANTUM_MS in include/param.h). Then the parent sleeps for a tick, so it
// starts the write with a fresh quantum (and is not preempted between the
// write's end and the readings after it, which would credit the child
// with ticks it ran after the write), and makes ONE write of 256 KiB of
// lines of dots, reading the child's CPU ticks (procinfo) and uptime()
// and rdtsc just before and just after. Checked:
//   (a) the child ran at least one quantum's worth of ticks during the
//       write (a kernel that writes with interrupts off gives it none);
//   (b) uptime() advanced by at least the rdtsc time, less one tick per
//       second of it, less one tick for the granularity of uptime().
// The numbers are printed. The dots are the program's output, which no
// expect-output or forbid-output pattern here matches.
#include <kestrel.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define WRITE_BYTES (256 * 1024)
#define LINE	    128 /* 127 dots and a newline */
#define CALIB_MS    200 /* calibration busy loop, in uptime milliseconds */
#define CONTROL_MS  60	/* control: the parent spins this long */
#define QUANTUM_MS  20	/* the scheduler's quantum (include/param.h) */

static char buf[WRITE_BYTES];
static volatile unsigned counter;
static uint32_t units_per_ms; /* rdtsc units per millisecond of uptime */
static uint32_t hz;	      /* timer ticks per second */

static uint64_t rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (uint64_t)hi << 32 | lo;
}

/* Spins until uptime() changes; returns the new value. */
static int next_uptime_edge(void)
{
	int u = uptime(), v;

	while ((v = uptime()) == u)
		;
	return v;
}

/* Measures rdtsc units per millisecond of uptime over a busy loop. */
static void calibrate(void)
{
	int u0 = next_uptime_edge(), u1;
	uint64_t t0 = rdtsc(), t1;

	while (uptime() - u0 < CALIB_MS)
		;
	u1 = next_uptime_edge();
	t1 = rdtsc();
	units_per_ms = (uint32_t)((t1 - t0) / (uint32_t)(u1 - u0));
	printf("calibration: %u rdtsc units per ms of uptime\n", units_per_ms);
}

/* The CPU ticks charged to process pid so far, or -1 if it is gone. */
static int cpu_ticks(int pid)
{
	struct procinfo p;

	for (int slot = 0; slot < 64; slot++)
		if (procinfo(slot, &p) == 0 && p.pid == pid)
			return (int)p.ticks;
	return -1;
}

/* Forks a child that spins in user mode for ever; returns its pid. */
static int start_spinner(void)
{
	int fds[2], pid;
	char c;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		write(fds[1], "s", 1); /* tell the parent we are spinning */
		for (;;)
			counter++;
	}
	if (pid > 0)
		read(fds[0], &c, 1);
	close(fds[0]);
	close(fds[1]);
	return pid;
}

/* The parent spins for CONTROL_MS: the spinner must get a quantum. */
static void control(int pid)
{
	int before = cpu_ticks(pid), got;
	uint64_t t0 = rdtsc();

	while (rdtsc() - t0 < (uint64_t)CONTROL_MS * units_per_ms)
		;
	got = cpu_ticks(pid) - before;
	printf("control: spinner ran %d ticks while we spun %d ms\n", got,
	       CONTROL_MS);
	check(got >= (int)(QUANTUM_MS * hz / 1000),
	      "control: the spinner ran at least one quantum (%u ticks)",
	      QUANTUM_MS * hz / 1000);
}

/* The one big write, with the measurements around it. */
static void big_write(int pid)
{
	int before, after, u0, u1, r;
	uint64_t t0, t1, elapsed_us;
	int64_t tick_us = 1000000 / hz, allowed_us;

	usleep(1); /* wake on a tick: a fresh quantum for the write */
	before = cpu_ticks(pid);
	u0 = uptime();
	t0 = rdtsc();
	r = write(1, buf, sizeof(buf));
	t1 = rdtsc();
	u1 = uptime();
	after = cpu_ticks(pid);
	elapsed_us = (t1 - t0) * 1000 / units_per_ms;
	printf("write: %d bytes in %u ms by instruction count, uptime +%d ms, "
	       "spinner +%d ticks\n",
	       r, (unsigned)(elapsed_us / 1000), u1 - u0, after - before);
	check(r == WRITE_BYTES, "write returned %d", r);
	check(after - before >= (int)(QUANTUM_MS * hz / 1000),
	      "(a) the spinner ran %d ticks during the write, at least one "
	      "quantum (%u)",
	      after - before, QUANTUM_MS * hz / 1000);
	allowed_us = (int64_t)elapsed_us -
		     (int64_t)elapsed_us * tick_us / 1000000 - tick_us;
	check((int64_t)(u1 - u0) * 1000 >= allowed_us,
	      "(b) uptime advanced %d ms, at least %d ms (the write's %u ms, "
	      "less a tick per second, less a tick)",
	      u1 - u0, (int)(allowed_us / 1000), (unsigned)(elapsed_us / 1000));
}

int main(void)
{
	struct meminfo m;
	int pid, st = -1, r;

	meminfo(&m);
	hz = m.hz;
	for (int i = 0; i < WRITE_BYTES; i++)
		buf[i] = i % LINE == LINE - 1 ? '\n' : '.';
	calibrate();
	check(units_per_ms > 0, "rdtsc advances with uptime");
	pid = start_spinner();
	if (!check_ok("fork the spinner", pid))
		return check_done();
	control(pid);
	big_write(pid);
	kill(pid, SIGKILL);
	r = waitpid(pid, &st, 0);
	check(r == pid && WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL,
	      "spinner killed by SIGKILL (status 0x%x)", st);
	return check_done();
}
