/*
 * bench for xv6-public: the rows of kestrel's /bin/bench (user/bench.c)
 * that xv6's system calls allow, timed the same way (rdtsc under QEMU's
 * -icount shift=0,sleep=off: one tick per guest instruction) and printed
 * in the same format, so tools/bench.py can put them side by side.
 * tools/bench.py --xv6 DIR copies this file and true.c into DIR and adds
 * both to UPROGS. xv6 has no signals, no 64-bit division in its user
 * library and only %d in printf: all arithmetic here is 32-bit, which
 * holds any one sample (under 2^32 instructions).
 */
#include "types.h"
#include "stat.h"
#include "user.h"

#define PAGE	    4096
#define MIB	    (1024 * 1024)
#define PIPE_CHUNK  4096
#define CAL_LOOPS   500000
#define ENOSYS_CALL 0x7fffffff
#define T_SYSCALL   64	       /* xv6's traps.h */
#define KERNEL_ADDR 0x80100000 /* kernel text: a write faults */
#define MAX_SAMPLES 41

struct row {
	char *name;
	char *unit;
	int samples;
	uint batch;
	void (*setup)(void);
	uint (*sample)(uint batch); /* TSC ticks for batch operations */
	void (*teardown)(void);
};

static uint cal_ticks, cal_insns, pair_ticks;
static int to_child[2], from_child[2];
static int partner;
static char chunk[PIPE_CHUNK];

static inline uint rdtsc(void)
{
	uint lo, hi;

	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return lo;
}

static void die(char *what)
{
	printf(1, "bench: error: %s\n", what);
	exit();
}

static void calibrate(void)
{
	uint best = 0xffffffff, pair = 0xffffffff, t0, t1, n;
	int i;

	for (i = 0; i < 3; i++) {
		t0 = rdtsc();
		t1 = rdtsc();
		if (t1 - t0 < pair)
			pair = t1 - t0;
		n = CAL_LOOPS;
		t0 = rdtsc();
		asm volatile("1: decl %0\n\tjnz 1b" : "+r"(n));
		t1 = rdtsc();
		if (t1 - t0 < best)
			best = t1 - t0;
	}
	pair_ticks = pair;
	cal_insns = 2 * CAL_LOOPS;
	cal_ticks = best > pair ? best - pair : 1;
	printf(1,
	       "bench: calibration: a loop of %d instructions took %d TSC "
	       "ticks; two rdtsc in a row %d ticks\n",
	       cal_insns, cal_ticks, pair_ticks);
	if (cal_ticks != cal_insns && cal_ticks != cal_insns + 1)
		printf(1, "bench: warning: not one tick per instruction: "
			  "figures are TSC ticks (run under -icount)\n");
}

/*
 * Hundredths of an instruction per operation, in 32-bit arithmetic (the
 * remainder is below 2^20, so r * 100 cannot overflow).
 */
static uint per_op(uint ticks, uint batch)
{
	uint q, r;

	ticks = ticks > pair_ticks ? ticks - pair_ticks : 0;
	q = ticks / batch;
	r = ticks % batch;
	return q * 100 + r * 100 / batch;
}

static void print_fixed(uint h)
{
	printf(1, "%d.%d%d", h / 100, h % 100 / 10, h % 10);
}

static void report(struct row *r, uint *v, int n)
{
	int i, j;
	uint t;

	for (i = 1; i < n; i++)
		for (j = i; j > 0 && v[j - 1] > v[j]; j--) {
			t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	printf(1, "bench: %s: median ", r->name);
	print_fixed(v[n / 2]);
	printf(1, " min ");
	print_fixed(v[0]);
	printf(1, " max ");
	print_fixed(v[n - 1]);
	printf(1, " %s (%d samples of %d)\n", r->unit, n, r->batch);
}

static uint sample_getpid(uint batch)
{
	uint t0 = rdtsc(), i;

	for (i = 0; i < batch; i++)
		getpid();
	return rdtsc() - t0;
}

/*
 * xv6 prints a line on the console for every unknown call: that is part
 * of what it costs there.
 */
static uint sample_enosys(uint batch)
{
	uint t0 = rdtsc(), i;
	int r = 0;

	for (i = 0; i < batch; i++) {
		r = ENOSYS_CALL;
		asm volatile("int %1" : "+a"(r) : "i"(T_SYSCALL) : "memory");
	}
	if (r != -1)
		die("the unknown call did not fail");
	return rdtsc() - t0;
}

static uint sample_fork(uint batch)
{
	uint t0 = rdtsc(), i;
	int pid;

	for (i = 0; i < batch; i++) {
		pid = fork();
		if (pid < 0)
			die("fork");
		if (pid == 0)
			exit();
		if (wait() != pid)
			die("wait");
	}
	return rdtsc() - t0;
}

static void setup_fork1m(void)
{
	char *heap = sbrk(MIB);
	int i;

	if (heap == (char *)-1)
		die("sbrk");
	for (i = 0; i < MIB; i += PAGE)
		heap[i] = 1;
}

static void teardown_fork1m(void)
{
	sbrk(-MIB);
}

static uint sample_forkexec(uint batch)
{
	char *argv[] = {"true", 0};
	uint t0 = rdtsc(), i;
	int pid;

	for (i = 0; i < batch; i++) {
		pid = fork();
		if (pid < 0)
			die("fork");
		if (pid == 0) {
			exec("true", argv);
			exit();
		}
		if (wait() != pid)
			die("wait");
	}
	return rdtsc() - t0;
}

static uint sample_sbrk(uint batch)
{
	uint t0 = rdtsc(), i;
	char *p;
	int off;

	for (i = 0; i < batch; i++) {
		p = sbrk(MIB);
		if (p == (char *)-1)
			die("sbrk");
		for (off = 0; off < MIB; off += PAGE)
			p[off] = 1;
		if (sbrk(-MIB) == (char *)-1)
			die("sbrk(-1 MiB)");
	}
	return rdtsc() - t0;
}

/*
 * As in user/bench.c: two equal sends of the TSC, then the fault; the
 * figure runs from the estimated fault to the parent's return from wait.
 */
static uint one_fault(void)
{
	int tsc[2], go[2], pid;
	uint t0, t1, end;
	char c = 0;

	if (pipe(tsc) < 0 || pipe(go) < 0)
		die("pipe");
	pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		read(go[0], &c, 1);
		t0 = rdtsc();
		write(tsc[1], &t0, sizeof(t0));
		t1 = rdtsc();
		write(tsc[1], &t1, sizeof(t1));
		*(volatile int *)KERNEL_ADDR = c;
		exit();
	}
	write(go[1], &c, 1);
	if (wait() != pid)
		die("wait");
	end = rdtsc();
	if (read(tsc[0], &t0, sizeof(t0)) != sizeof(t0) ||
	    read(tsc[0], &t1, sizeof(t1)) != sizeof(t1))
		die("read the child's time");
	close(tsc[0]);
	close(tsc[1]);
	close(go[0]);
	close(go[1]);
	return end - t1 - (t1 - t0) + pair_ticks;
}

static uint sample_pgfault(uint batch)
{
	uint sum = 0, i;

	for (i = 0; i < batch; i++)
		sum += one_fault();
	return sum;
}

static void start_partner(void (*fn)(void))
{
	if (pipe(to_child) < 0 || pipe(from_child) < 0)
		die("pipe");
	partner = fork();
	if (partner < 0)
		die("fork");
	if (partner == 0) {
		close(to_child[1]);
		close(from_child[0]);
		fn();
		exit();
	}
	close(to_child[0]);
	close(from_child[1]);
}

static void stop_partner(void)
{
	close(to_child[1]);
	if (wait() != partner)
		die("wait");
	close(from_child[0]);
}

static void drain(void)
{
	static char buf[PIPE_CHUNK];
	uint got = 0;
	int n;
	char ack = 'a';

	while ((n = read(to_child[0], buf, sizeof(buf))) > 0) {
		got += n;
		if (got == MIB) {
			write(from_child[1], &ack, 1);
			got = 0;
		}
	}
}

static void setup_pipe(void)
{
	start_partner(drain);
}

static uint sample_pipe(uint batch)
{
	uint t0 = rdtsc(), done;
	int off;
	char ack;

	for (done = 0; done < batch; done += MIB) {
		for (off = 0; off < MIB; off += PIPE_CHUNK)
			if (write(to_child[1], chunk, PIPE_CHUNK) != PIPE_CHUNK)
				die("pipe write");
		if (read(from_child[0], &ack, 1) != 1)
			die("pipe: no acknowledgement");
	}
	return rdtsc() - t0;
}

static void echo(void)
{
	char c;

	while (read(to_child[0], &c, 1) == 1)
		if (write(from_child[1], &c, 1) != 1)
			break;
}

static void setup_pingpong(void)
{
	start_partner(echo);
}

static uint sample_pingpong(uint batch)
{
	uint t0 = rdtsc(), i;
	char c = 'p';

	for (i = 0; i < batch; i++)
		if (write(to_child[1], &c, 1) != 1 ||
		    read(from_child[0], &c, 1) != 1)
			die("ping-pong");
	return rdtsc() - t0;
}

static struct row rows[] = {
	{"getpid", "instructions per call", 21, 200, 0, sample_getpid, 0},
	{"enosys", "instructions per call (each prints a line)", 11, 20, 0,
	 sample_enosys, 0},
	{"fork", "instructions per fork+exit+wait", 21, 1, 0, sample_fork, 0},
	{"fork1m", "instructions per fork+exit+wait", 11, 1, setup_fork1m,
	 sample_fork, teardown_fork1m},
	{"forkexec", "instructions per fork+exec+wait", 21, 1, 0,
	 sample_forkexec, 0},
	{"pipe", "instructions per byte", 7, MIB, setup_pipe, sample_pipe,
	 stop_partner},
	{"pingpong", "instructions per round trip", 21, 100, setup_pingpong,
	 sample_pingpong, stop_partner},
	{"sbrk", "instructions per sbrk+touch+shrink of 1 MiB", 21, 1, 0,
	 sample_sbrk, 0},
	{"pgfault", "instructions from fault to parent's wake-up", 21, 1, 0,
	 sample_pgfault, 0},
};

int main(int argc, char *argv[])
{
	static uint v[MAX_SAMPLES];
	uint start = rdtsc();
	struct row *r;
	int i, j, n;

	printf(1, "bench: xv6\n");
	calibrate();
	for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		r = &rows[i];
		n = r->samples;
		if (argc > 1 && strcmp(argv[1], "quick") == 0)
			n = 3;
		if (r->setup)
			r->setup();
		r->sample(r->batch);
		for (j = 0; j < n; j++)
			v[j] = per_op(r->sample(r->batch), r->batch);
		if (r->teardown)
			r->teardown();
		report(r, v, n);
	}
	printf(1, "bench: done in %d instructions\n", rdtsc() - start);
	exit();
}
