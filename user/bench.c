/*
 * bench: what each kernel path costs, in guest instructions, read with
 * rdtsc. Under QEMU's -icount shift=0,sleep=off the time-stamp counter
 * advances by one per guest instruction; a loop of known length checks
 * that at the start, and every figure is scaled by what it found.
 * tools/bench.py boots the kernel with init=/bin/bench and parses the
 * lines "bench: ..." this prints; docs/bench.md says what each row
 * measures. "bench quick" takes fewer samples (for the regression test);
 * "bench ROW..." runs only the rows named.
 */
#include <errno.h>
#include <kestrel.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <traps.h>
#include <unistd.h>

#define PAGE	     4096
#define MIB	     (1024 * 1024)
#define PIPE_CHUNK   4096	/* bytes per write in the pipe row */
#define CAL_LOOPS    500000	/* iterations of the two-instruction loop */
#define ENOSYS_CALL  0x7fffffff /* a call number no kernel will have */
#define MAX_SAMPLES  41
#define QUICK_DIVIDE 4		 /* quick mode: this many times fewer samples */
#define KERNEL_ADDR  0xC0100000u /* kernel text: a write faults */

/* One row: how to take one sample of batch operations. */
struct row {
	const char *name; /* the key tools/bench.py knows it by */
	const char *unit; /* what one operation is */
	int samples;	  /* samples in a full run (odd: a true median) */
	uint32_t batch;	  /* operations per sample */
	int (*setup)(void);
	uint64_t (*sample)(uint32_t batch); /* TSC ticks for batch ops */
	void (*teardown)(void);
};

static int quick;
static uint64_t cal_ticks;	 /* TSC ticks of the calibration loop */
static uint64_t cal_insns;	 /* instructions it executed */
static uint64_t pair_ticks;	 /* two rdtsc back to back */
static int pp_to[2], pp_from[2]; /* ping-pong pipes; pipe row too */
static int child_pid = -1;	 /* the pipe rows' partner */
static char *heap;		 /* the 1 MiB heap of fork1m */
static char chunk[PIPE_CHUNK];	 /* the pipe row's buffer */
static sigjmp_buf gate_env;	 /* the int/iret probe's way out */
static volatile int upcalls;	 /* empty handler runs */

static inline uint64_t rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

/* Stops the run: a path that fails gives no figure worth printing. */
static void die(const char *what)
{
	printf("bench: error: %s: %s\n", what, strerror(errno));
	exit(1);
}

/*
 * The calibration: a loop of two instructions (dec, jnz) run CAL_LOOPS
 * times, less two rdtsc back to back; the cheapest of three runs (a timer
 * tick only adds). Under -icount the ratio is 1 to a few parts in a million.
 */
static void calibrate(void)
{
	uint64_t best = ~0ull, pair = ~0ull;

	for (int i = 0; i < 3; i++) {
		uint32_t n = CAL_LOOPS;
		uint64_t t0 = rdtsc(), t1 = rdtsc();

		if (t1 - t0 < pair)
			pair = t1 - t0;
		t0 = rdtsc();
		__asm__ volatile("1: decl %0\n\tjnz 1b" : "+r"(n));
		t1 = rdtsc();
		if (t1 - t0 < best)
			best = t1 - t0;
	}
	pair_ticks = pair;
	cal_insns = 2ull * CAL_LOOPS;
	cal_ticks = best > pair ? best - pair : 1;
	printf("bench: calibration: a loop of %u instructions took %u TSC "
	       "ticks (%u.%06u ticks per instruction); two rdtsc in a row "
	       "%u ticks\n",
	       (unsigned)cal_insns, (unsigned)cal_ticks,
	       (unsigned)(cal_ticks / cal_insns),
	       (unsigned)(cal_ticks % cal_insns * 1000000 / cal_insns),
	       (unsigned)pair_ticks);
}

/* TSC ticks, less the rdtsc pair, as instructions. */
static uint64_t insns(uint64_t ticks)
{
	ticks = ticks > pair_ticks ? ticks - pair_ticks : 0;
	return ticks * cal_insns / cal_ticks;
}

/* Prints hundredths as "N.NN". */
static void print_fixed(uint64_t hundredths)
{
	printf("%u.%02u", (unsigned)(hundredths / 100),
	       (unsigned)(hundredths % 100));
}

static void sort(uint64_t *v, int n)
{
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && v[j - 1] > v[j]; j--) {
			uint64_t t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

/*
 * Prints one figure: "bench: NAME: median M min A max B UNIT (S samples
 * of N)", each per operation in instructions with two decimals.
 */
static void report(const char *name, const char *unit, uint64_t *v, int n,
		   uint32_t batch)
{
	sort(v, n);
	printf("bench: %s: median ", name);
	print_fixed(v[n / 2]);
	printf(" min ");
	print_fixed(v[0]);
	printf(" max ");
	print_fixed(v[n - 1]);
	printf(" %s (%d samples of %u)\n", unit, n, batch);
}

/* ---- The system-call rows. */

static uint64_t sample_getpid(uint32_t batch)
{
	uint64_t t0 = rdtsc();

	for (uint32_t i = 0; i < batch; i++)
		getpid();
	return rdtsc() - t0;
}

/* int $0x40 with a number past the table: the kernel's shortest answer. */
static uint64_t sample_enosys(uint32_t batch)
{
	uint64_t t0 = rdtsc();
	int r = 0;

	for (uint32_t i = 0; i < batch; i++) {
		r = ENOSYS_CALL;
		__asm__ volatile("int %1"
				 : "+a"(r)
				 : "i"(T_SYSCALL)
				 : "memory");
	}
	if (r != -ENOSYS) {
		errno = -r;
		die("the unknown call did not fail with ENOSYS");
	}
	return rdtsc() - t0;
}

static void on_gate_fault(int sig)
{
	siglongjmp(gate_env, sig);
}

/* Is T_BENCH open (boot option bench)? Closed, int raises #GP: SIGSEGV. */
static int setup_intiret(void)
{
	struct sigaction sa, old;
	volatile int open = 0;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_gate_fault;
	sigaction(SIGSEGV, &sa, &old);
	if (sigsetjmp(gate_env, 1) == 0) {
		__asm__ volatile("int %0" : : "i"(T_BENCH) : "memory");
		open = 1;
	}
	sigaction(SIGSEGV, &old, NULL);
	if (!open)
		printf("bench: intiret: skipped: vector 0x%x is closed (boot "
		       "with the option bench)\n",
		       T_BENCH);
	return open ? 0 : -1;
}

static uint64_t sample_intiret(uint32_t batch)
{
	uint64_t t0 = rdtsc();

	for (uint32_t i = 0; i < batch; i++)
		__asm__ volatile("int %0" : : "i"(T_BENCH) : "memory");
	return rdtsc() - t0;
}

static void on_usr1(int sig)
{
	(void)sig;
	upcalls++;
}

static int setup_upcall(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	return sigaction(SIGUSR1, &sa, NULL);
}

/* kill() to self, the empty handler, sigreturn. */
static uint64_t sample_upcall(uint32_t batch)
{
	int pid = getpid(), before = upcalls;
	uint64_t t0 = rdtsc();

	for (uint32_t i = 0; i < batch; i++)
		kill(pid, SIGUSR1);
	uint64_t t = rdtsc() - t0;
	if (upcalls - before != (int)batch)
		die("the handler did not run once per signal");
	return t;
}

static void teardown_upcall(void)
{
	signal(SIGUSR1, SIG_DFL);
}

/* ---- Processes. */

/* Waits for pid; anything but a clean exit stops the run. */
static void reap(int pid, const char *what)
{
	int status;

	if (waitpid(pid, &status, 0) != pid)
		die(what);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		errno = 0;
		die(what);
	}
}

static uint64_t sample_fork(uint32_t batch)
{
	uint64_t t0 = rdtsc();

	for (uint32_t i = 0; i < batch; i++) {
		int pid = fork();
		if (pid < 0)
			die("fork");
		if (pid == 0)
			_exit(0);
		reap(pid, "fork: the child");
	}
	return rdtsc() - t0;
}

/* A parent with 1 MiB more heap, every page of it written. */
static int setup_fork1m(void)
{
	heap = sbrk(MIB);
	if (heap == (char *)-1)
		die("sbrk");
	for (int i = 0; i < MIB; i += PAGE)
		heap[i] = 1;
	return 0;
}

static void teardown_fork1m(void)
{
	sbrk(-MIB);
}

static uint64_t sample_forkexec(uint32_t batch)
{
	char *argv[] = {"true", NULL};
	uint64_t t0 = rdtsc();

	for (uint32_t i = 0; i < batch; i++) {
		int pid = fork();
		if (pid < 0)
			die("fork");
		if (pid == 0) {
			execv("/bin/true", argv);
			_exit(127);
		}
		reap(pid, "fork + exec of /bin/true");
	}
	return rdtsc() - t0;
}

/* sbrk(1 MiB), a write to every page, then the memory given back. */
static uint64_t sample_sbrk(uint32_t batch)
{
	uint64_t t0 = rdtsc();

	for (uint32_t i = 0; i < batch; i++) {
		char *p = sbrk(MIB);
		if (p == (char *)-1)
			die("sbrk");
		for (int off = 0; off < MIB; off += PAGE)
			p[off] = 1;
		if (sbrk(-MIB) == (char *)-1)
			die("sbrk(-1 MiB)");
	}
	return rdtsc() - t0;
}

/*
 * A child that faults: it stamps the TSC and sends it (t0), stamps again
 * and sends that (t1), then writes to address 0. The two sends are the
 * same write, so the fault comes about t1 - t0 after t1; the figure is
 * from there to the parent's return from waitpid. The parent waits on a
 * third pipe first: it is asleep in waitpid when the child runs.
 */
static uint64_t one_fault(void)
{
	int tsc[2], go[2], pid, status;
	uint64_t t0, t1, end;
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
		_exit(1);
	}
	write(go[1], &c, 1);
	if (waitpid(pid, &status, 0) != pid)
		die("waitpid");
	end = rdtsc();
	if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGSEGV) {
		errno = 0;
		die("the faulting child did not die of SIGSEGV");
	}
	if (read(tsc[0], &t0, sizeof(t0)) != sizeof(t0) ||
	    read(tsc[0], &t1, sizeof(t1)) != sizeof(t1))
		die("read the child's time");
	close(tsc[0]);
	close(tsc[1]);
	close(go[0]);
	close(go[1]);
	return end - t1 - (t1 - t0) + pair_ticks;
}

static uint64_t sample_pgfault(uint32_t batch)
{
	uint64_t sum = 0;

	for (uint32_t i = 0; i < batch; i++)
		sum += one_fault();
	return sum;
}

/* ---- Pipes: a child at the other end of two pipes. */

/* Forks the partner, which runs fn with pp_to[0] and pp_from[1]. */
static int start_partner(void (*fn)(void))
{
	if (pipe(pp_to) < 0 || pipe(pp_from) < 0)
		die("pipe");
	child_pid = fork();
	if (child_pid < 0)
		die("fork");
	if (child_pid == 0) {
		close(pp_to[1]);
		close(pp_from[0]);
		fn();
		_exit(0);
	}
	close(pp_to[0]);
	close(pp_from[1]);
	return 0;
}

/* Ends the partner: end of file on its input, then wait. */
static void stop_partner(void)
{
	close(pp_to[1]);
	reap(child_pid, "the pipe partner");
	close(pp_from[0]);
	child_pid = -1;
}

/* Reads 1 MiB at a time to the end, acknowledging each MiB. */
static void drain(void)
{
	static char buf[PIPE_CHUNK];
	uint32_t got = 0;
	int n;
	char ack = 'a';

	while ((n = read(pp_to[0], buf, sizeof(buf))) > 0) {
		got += (uint32_t)n;
		if (got == MIB) {
			write(pp_from[1], &ack, 1);
			got = 0;
		}
	}
}

static int setup_pipe(void)
{
	return start_partner(drain);
}

/* batch is in bytes: whole MiB, each written in 4 KiB writes. */
static uint64_t sample_pipe(uint32_t batch)
{
	uint64_t t0 = rdtsc();
	char ack;

	for (uint32_t done = 0; done < batch; done += MIB) {
		for (int off = 0; off < MIB; off += PIPE_CHUNK)
			if (write(pp_to[1], chunk, PIPE_CHUNK) != PIPE_CHUNK)
				die("pipe write");
		if (read(pp_from[0], &ack, 1) != 1)
			die("pipe: no acknowledgement");
	}
	return rdtsc() - t0;
}

/* Sends every byte back. */
static void echo(void)
{
	char c;

	while (read(pp_to[0], &c, 1) == 1)
		if (write(pp_from[1], &c, 1) != 1)
			break;
}

static int setup_pingpong(void)
{
	return start_partner(echo);
}

static uint64_t sample_pingpong(uint32_t batch)
{
	uint64_t t0 = rdtsc();
	char c = 'p';

	for (uint32_t i = 0; i < batch; i++)
		if (write(pp_to[1], &c, 1) != 1 || read(pp_from[0], &c, 1) != 1)
			die("ping-pong");
	return rdtsc() - t0;
}

static const struct row rows[] = {
	{"getpid", "instructions per call", 21, 200, NULL, sample_getpid, NULL},
	{"enosys", "instructions per call", 21, 200, NULL, sample_enosys, NULL},
	{"intiret", "instructions per int/iret", 21, 200, setup_intiret,
	 sample_intiret, NULL},
	{"fork", "instructions per fork+exit+wait", 21, 1, NULL, sample_fork,
	 NULL},
	{"fork1m", "instructions per fork+exit+wait", 11, 1, setup_fork1m,
	 sample_fork, teardown_fork1m},
	{"forkexec", "instructions per fork+exec+wait", 21, 1, NULL,
	 sample_forkexec, NULL},
	{"pipe", "instructions per byte", 7, MIB, setup_pipe, sample_pipe,
	 stop_partner},
	{"pingpong", "instructions per round trip", 21, 100, setup_pingpong,
	 sample_pingpong, stop_partner},
	{"sbrk", "instructions per sbrk+touch+shrink of 1 MiB", 21, 1, NULL,
	 sample_sbrk, NULL},
	{"pgfault", "instructions from fault to parent's wake-up", 21, 1, NULL,
	 sample_pgfault, NULL},
	{"upcall", "instructions per signal to self, handled", 21, 100,
	 setup_upcall, sample_upcall, teardown_upcall},
};

/* Takes a row's samples and prints its line. */
static void run_row(const struct row *r)
{
	static uint64_t v[MAX_SAMPLES];
	int n = r->samples;

	if (quick)
		n = n / QUICK_DIVIDE < 3 ? 3 : (n / QUICK_DIVIDE) | 1;
	if (r->setup && r->setup() < 0)
		return;
	r->sample(r->batch); /* once unmeasured: first-touch costs */
	for (int i = 0; i < n; i++)
		v[i] = insns(r->sample(r->batch)) * 100 / r->batch;
	if (r->teardown)
		r->teardown();
	report(r->name, r->unit, v, n, r->batch);
}

/* Prints a figure read once, not sampled: median, min and max agree. */
static void report_once(const char *name, const char *unit, uint64_t ticks)
{
	uint64_t v = insns(ticks + pair_ticks) * 100;

	report(name, unit, &v, 1, 1);
}

/* Is row name wanted? All are when no names were given. */
static int wanted(const char *name, int argc, char *argv[])
{
	int any = 0;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "quick") == 0)
			continue;
		any = 1;
		if (strcmp(argv[i], name) == 0)
			return 1;
	}
	return !any;
}

int main(int argc, char *argv[])
{
	struct meminfo mi;
	struct intrstat boot, run;
	uint64_t start = rdtsc();

	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "quick") == 0)
			quick = 1;
	if (meminfo(&mi) < 0 || intrstat(&boot, 1) < 0)
		die("meminfo/intrstat");
	printf("bench: kestrel, memory model %s, timer %u Hz%s\n",
	       mi.mm == MM_PAGING ? "paging" : "segment", mi.hz,
	       quick ? ", quick" : "");
	calibrate();
	if (wanted("boot", argc, argv)) {
		report_once("boot", "instructions from kernel entry to init",
			    boot.boot_tsc_ready - boot.boot_tsc_entry);
		report_once("bootfirst",
			    "instructions from kernel entry to bench's main",
			    start - boot.boot_tsc_entry);
		report_once("introffboot",
			    "instructions, longest with "
			    "interrupts off during boot",
			    boot.off_longest);
		printf("bench: introffboot: began in %s\n", boot.off_where);
	}
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		if (wanted(rows[i].name, argc, argv))
			run_row(&rows[i]);
	if (intrstat(&run, 0) < 0)
		die("intrstat");
	report_once("introff",
		    "instructions, longest with interrupts off during the run",
		    run.off_longest);
	printf("bench: introff: began in %s\n", run.off_where);
	printf("bench: done in %u instructions\n",
	       (unsigned)insns(rdtsc() - start));
	return 0;
}
