/*
 * fuzz: a system-call fuzzer. Usage: fuzz -s SEED -n COUNT [-c PER_CHILD]
 * [-t WATCHDOG_SECONDS] [-k CHILD [-v]] [-x CHILD]. Forked children make
 * COUNT raw int $0x40 calls in batches, with random numbers and arguments
 * drawn from values that tend to find bugs; the kernel must neither
 * panic, leak, hang nor give an impossible answer. -k K -v replays child K
 * alone, printing every call; -x K prints child K's calls in a full run
 * (its results may depend on what earlier children left behind). Filters
 * (below, each with its reason) keep a call from wrecking the experiment
 * instead of testing the kernel.
 *
 * Signals. The children also make the signal calls: sigaction (random
 * signals, flags, masks; handlers SIG_DFL, SIG_IGN, count_handler, a
 * handler that only returns, the restorer itself, code that cannot run:
 * page 0, the kernel, the heap's edge, unmapped; restorers the real stub,
 * 0 or wild), sigprocmask, sigpending, sigsuspend, sigaltstack (static
 * buffers, the heap, too small, bad), setitimer and getitimer, nanosleep,
 * fcntl (O_ASYNC, O_NONBLOCK, owners), __sigreturn with a context the
 * fuzzer forged (it must come back exactly as told) or one the kernel
 * must refuse, and kill or raise to itself. A shadow of the kernel's
 * signal state and a model of delivery (sim_run: sig_deliver, handlers,
 * faults, sigreturn) say after each call which handlers must have run,
 * with which mask, siginfo and stack, and whether the child must die of
 * a signal: SIG_DFL of a fatal one, a wild handler or restorer, a refused
 * context, an alternate stack the heap no longer covers. Such a call is
 * announced to the parent first through a pipe (NOTEFD), which then
 * counts the death as expected; a call whose outcome the model cannot
 * tell is not made. The timers' signals come at any moment, so while a
 * timer may run its signal keeps a handler that returns cleanly (or is
 * ignored); a timer whose signal kills is armed only to wait for it.
 * SIGSTOP is never sent to the child itself (stopped, it would wait for
 * ever), nor a stop signal it would not catch, ignore or block.
 *
 * Files. The file calls (lseek, ftruncate, fsync, fstat, getdents, stat,
 * lstat, statfs, chdir, getcwd, umask, sync, and unlink, link, rename,
 * mkdir, rmdir, chmod) get descriptors and paths from the same pools as
 * open. The root is the read-only initrd, so each call that would change
 * the tree must fail; a chdir or umask is undone at once, so the paths
 * and modes of later calls keep their meaning.
 *
 * Memory. Some forks ("cow") give the grandchild a probe of the memory
 * it shares with the child: both write, read() into and check the same
 * bytes in turn, so a page that fork shares copy on write (or a copyout
 * into one) must never show one process the other's data; the
 * grandchild may also grow its stack on untouched pages, run a program
 * from the shared image, or be killed in the middle of its writes. The
 * free-frame count init checks after the run says that none of it
 * leaked.
 */
#include <errno.h>
#include <fcntl.h>
#include <kestrel.h>
#include <memlayout.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* The kernel's limits this program relies on: NOFILE, PIPESIZE. */
#include "param.h"

#define PAGE 4096

#define LOGFD	    (NOFILE - 1) /* each child's console, kept out of reach */
#define NOTEFD	    (NOFILE - 2) /* the child's notes to the parent (a pipe) */
#define NFUZZFD	    NOTEFD	 /* the calls' descriptors: 0 .. NFUZZFD - 1 */
#define ARENA_SIZE  (64 * 1024)	 /* heap buffer ending at the break */
#define BSSBUF_SIZE (16 * 1024)	 /* bss buffer */
#define STACKBUF    (8 * 1024)	 /* buffer in main's frame */
#define KERNEL_PTR  0xC0100000u	 /* kernel text: supervisor only */
#define STATUS_DONE 77		 /* a child that finished its batch */
#define STATUS_BAD  79		 /* a child that saw the kernel misbehave */
#define STATUS_NOEX 78		 /* the ending ran out of memory */
#define MAXFILES    (2 * NOFILE) /* shadow open files (NOFILE fds need NOFILE) */
#define MAXPIPES    NOFILE
#define RING	    24	 /* calls remembered for a failure report */
#define NOTE_MAX    100	 /* notes a child may send (a pipe holds 500) */
#define DEADLY_ODDS 2	 /* past its death point, a deadly call: 1 in 2 */
#define KERNEL_CS   0x08 /* the kernel's selectors, for forged contexts */
#define KERNEL_DS   0x10
#define FL_CF	    0x001 /* eflags */
#define FL_RESERVED 0x002
#define FL_PF	    0x004
#define FL_AF	    0x010
#define FL_ZF	    0x040
#define FL_SF	    0x080
#define FL_IF	    0x200
#define FL_OF	    0x800
#define FL_IOPL	    0x3000
#define FL_NT	    0x4000
#define FL_VM	    0x20000

#define PGUP(a) (((uint32_t)(a) + PAGE - 1) & ~(uint32_t)(PAGE - 1))

/* How a child's batch ends; its last call is the ending call. */
enum ending { END_NORMAL, END_EXIT, END_KILL, END_EXEC, END_TOUCH };

/* What the kernel must answer, checked after the call. */
enum want { W_ANY, W_FAIL, W_ERR };

/* ---- Signals (see "Signals" below): the types the call and shadow use. */

/* Where a pointer argument points: nowhere, at good memory, at bad. */
enum arg { A_NULL, A_GOOD, A_BAD };

/* After setitimer armed a timer whose signal kills: wait for it so. */
enum then { THEN_NONE, THEN_SUSPEND, THEN_SPIN };

/* What the grandchild of a "cow" fork does with the memory it shares. */
enum cow {
	COW_NONE,  /* nothing: it exits at once (a plain fork) */
	COW_WRITE, /* writes the shared pages */
	COW_READ,  /* read() into them: the kernel's copyout must copy */
	COW_EXEC,  /* writes some, then runs /bin/hello */
	COW_STACK, /* touches untouched stack pages, by hand and by read() */
	COW_KILL,  /* writes pages in a loop until the child kills it */
	NCOW
};

/* What a signal call passes (pointers point at copies of v) and expects. */
struct sigargs {
	int in, out;	    /* enum arg: the input and output pointers */
	uint32_t inp, outp; /* where they point */
	union {
		struct ksigaction act;
		uint32_t set;
		struct kstack ss;
		struct kitimerval itv;
		struct ktimespec ts;
	} v;		 /* what the input says */
	int then;	 /* enum then */
	uint32_t mask;	 /* THEN_SUSPEND: sigsuspend's mask */
	int garbage;	 /* sigreturn: which forgery (1..6), 0: none */
	int retval;	 /* sigreturn: the eax the context gives back */
	uint32_t eflags; /* sigreturn: the eflags it gives back */
};

/* A child's note to the parent (on NOTEFD): the signals it may die of
 * from call ncalls on (0: none, which takes the last note back), and how
 * much of the signal path it has checked so far. */
struct note {
	uint32_t sigs, ncalls;
	uint32_t runs;	 /* count_handler runs */
	uint32_t probes; /* sigaltstack refused on the alternate stack */
	uint32_t forged; /* sigreturns to a forged context that came back */
	uint32_t early;	 /* calls that gave EINTR before they ran */
	uint32_t cows;	 /* copy-on-write probes that ran to their end */
};

/* One system call about to be made, and what must come of it. */
struct call {
	uint32_t nr, a[3];
	const char *name;
	enum want want;
	int err;	 /* the errno for W_ERR */
	int probe;	 /* an edge probe: must succeed (1) or EFAULT (2) */
	uint32_t deadly; /* the signals it may kill the child with */
	int cow; /* fork: the memory probe of the grandchild (enum cow) */
	struct sigargs sa;
};

/* The kinds of open file the shadow table tells apart. */
enum fkind { K_NONE, K_CONSOLE, K_FILE, K_PIPE_R, K_PIPE_W };

/* A shadow of one kernel open file, so the child can avoid blocking. */
struct sfile {
	int kind, refs, pipe, readable, writable;
	int nonblock, async, owner; /* fcntl's O_NONBLOCK, O_ASYNC, F_SETOWN */
	int inherited; /* the console shared with the fuzzer and init */
};

/* A shadow pipe: bytes buffered, and whether each end is still open. */
struct spipe {
	int inuse, buffered, ropen, wopen;
};

/* The shadow of the kernel's signal state for this child (p->sig). */
struct sshadow {
	struct ksigaction act[NSIG];
	uint32_t blocked, pending; /* pending: known to be */
	uint32_t unk;		   /* a timer's signal that may be pending */
	struct kstack alt;
	struct {
		int32_t code, pid;
	} info[NSIG]; /* what the last sending of each signal carried */
	struct {
		int armed;	     /* may be running */
		int periodic;	     /* certainly running, with an interval */
		uint32_t value_t;    /* the value last set, in ticks */
		uint32_t interval_t; /* the interval, in ticks */
	} timer[2];		     /* ITIMER_REAL, ITIMER_VIRTUAL */
};

/* The registers passed to and returned from int $0x40 (static: see raw). */
static struct {
	uint32_t a0, a1, a2;
	uint32_t in[5], out[5]; /* ebx, ecx, edx, esi, edi */
	uint32_t sp, bp;	/* esp and ebp at the int */
	uint32_t fl;		/* eflags right after it */
} rc;

/* Settings and layout, fixed before the first fork. */
static struct {
	uint32_t seed, count, per_child, watchdog_s, only, trace;
	int verbose, only_set, trace_set, segment;
	int disk; /* the root is a disk, which the file calls could change */
	int root; /* run by root: halt is not fuzzed */
	uint32_t arena, arena_end; /* heap buffer [arena, arena_end) */
	uint32_t stackbuf;	   /* buffer in main's frame */
	uint32_t stack_lo;	   /* lowest stack address */
	uint32_t ppid;
	uint32_t hz;			       /* timer ticks per second */
	uint32_t ucs, uss, uds, ues, ufs, ugs; /* the program's selectors */
	struct ksigaction act0[NSIG]; /* the actions a child inherits */
	uint32_t blocked0;	      /* and the mask */
} cfg;

/* Everything a child changes; its bss copy, not the parent's. */
static struct {
	uint32_t rng, k, ncalls, mypid, brk;
	int fd[NOFILE]; /* index into files, or -1 */
	struct sfile files[MAXFILES];
	struct spipe pipes[MAXPIPES];
	int anomalies;
	struct sshadow sg;    /* the signal state */
	int mypgid_self;      /* the child leads a process group of its own */
	uint32_t notes;	      /* notes sent to the parent */
	uint32_t forged;      /* forged sigreturns that came back as told */
	uint32_t early;	      /* calls cut short at the entry (cut_short) */
	uint32_t cows;	      /* copy-on-write probes judged */
	uint32_t deadly_from; /* calls that may kill it come after this one */
	uint32_t mk_sp;	      /* esp and ebp at the int of make_call's calls */
	uint32_t mk_bp;
	struct {
		const char *name;
		uint32_t a[3];
		int r;
	} ring[RING]; /* the last calls, shown with the first anomaly */
} cs;

static char bssbuf[BSSBUF_SIZE];
extern char etext[], end[]; /* user/user.ld */

static const char *const paths[] = {"/bin/hello",
				    "/bin/init",
				    "/etc/motd",
				    "/dev/console",
				    "/bin/fuzz",
				    "",
				    "/",
				    "/bin",
				    "/bin/",
				    "/nonexistent",
				    "bin/hello",
				    "/bin/hello/",
				    "/bad/bad_magic",
				    "/bad/empty",
				    "/bad/seg_in_kernel",
				    "/bad/phnum_huge"};
/* Paths execv may use in mid-batch: each certainly fails. */
static const char *const bad_exec_paths[] = {"",
					     "/",
					     "/bin",
					     "/bin/",
					     "/nonexistent",
					     "/bin/nonexistent",
					     "/dev/console",
					     "/etc/motd",
					     "/bad/bad_magic",
					     "/bad/empty",
					     "/bad/seg_in_kernel",
					     "/bad/phnum_huge",
					     "/bad/truncated_header",
					     "/bad/seg_wraps",
					     "/bad/entry_outside"};
static char longpath[300];	      /* 299 'a's: too long for a path */
static char *argv_ok[3];	      /* {"x", "y", NULL} */
static char *argv_badptr[3];	      /* {"x", kernel address, NULL} */
static char *argv_many[ARGV_MAX + 2]; /* ARGV_MAX + 1 arguments: E2BIG */
/* More than ARG_MAX bytes, argbig again and again: E2BIG. */
#define NBIG (ARG_MAX / 1499 + 1)
static char *argv_big[NBIG + 1];
static char argbig[1500];

/* xorshift32: the only source of randomness, so a seed replays a run. */
static uint32_t rnd(void)
{
	uint32_t x = cs.rng;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return cs.rng = x;
}

/* A number in [0, n). */
static uint32_t below(uint32_t n)
{
	return n ? rnd() % n : 0;
}

/* One in n. */
static int chance(uint32_t n)
{
	return below(n) == 0;
}

/* The PRNG state for child k: a hash of the seed and k, never 0. */
static uint32_t child_seed(uint32_t seed, uint32_t k)
{
	uint32_t x = seed * 0x9e3779b9u + k * 0x85ebca6bu + 0x27d4eb2fu;

	x ^= x >> 16;
	x *= 0x7feb352du;
	x ^= x >> 15;
	return x ? x : 1;
}

/*
 * int $0x40 with eax = nr, rc.a0..a2 pushed as a cdecl call would, and
 * ebx..edi loaded from rc.in; afterwards rc.out holds ebx..edi as the
 * kernel left them, rc.fl the flags. Everything the asm touches is
 * static, so no operand is addressed through esp while the pushes move
 * it. One copy only: fuzz_after_int, right after the int, is where a
 * forged sigreturn resumes and how a handler knows the saved registers
 * are the loaded ones.
 */
static __attribute__((noinline, noclone)) int raw(uint32_t nr)
{
	int r = (int)nr;

	__asm__ volatile(
		"pushl %[a2]\n\t"
		"pushl %[a1]\n\t"
		"pushl %[a0]\n\t"
		"pushl $0\n\t"
		"movl %[i0], %%ebx\n\t"
		"movl %[i1], %%ecx\n\t"
		"movl %[i2], %%edx\n\t"
		"movl %[i3], %%esi\n\t"
		"movl %[i4], %%edi\n\t"
		"movl %%esp, %[sp]\n\t"
		"movl %%ebp, %[bp]\n\t"
		"int $0x40\n"
		".globl fuzz_after_int\n"
		"fuzz_after_int:\n\t"
		"pushfl\n\t"
		"popl %[fl]\n\t"
		"addl $16, %%esp\n\t"
		"movl %%ebx, %[o0]\n\t"
		"movl %%ecx, %[o1]\n\t"
		"movl %%edx, %[o2]\n\t"
		"movl %%esi, %[o3]\n\t"
		"movl %%edi, %[o4]"
		: "+a"(r), [o0] "=m"(rc.out[0]), [o1] "=m"(rc.out[1]),
		  [o2] "=m"(rc.out[2]), [o3] "=m"(rc.out[3]),
		  [o4] "=m"(rc.out[4]), [sp] "=m"(rc.sp), [bp] "=m"(rc.bp),
		  [fl] "=m"(rc.fl)
		: [a0] "m"(rc.a0), [a1] "m"(rc.a1), [a2] "m"(rc.a2),
		  [i0] "m"(rc.in[0]), [i1] "m"(rc.in[1]), [i2] "m"(rc.in[2]),
		  [i3] "m"(rc.in[3]), [i4] "m"(rc.in[4])
		: "ebx", "ecx", "edx", "esi", "edi", "memory", "cc");
	return r;
}

/* A plain raw call, for the fuzzer's own bookkeeping. */
static int sys3(uint32_t nr, uint32_t a, uint32_t b, uint32_t c)
{
	rc.a0 = a;
	rc.a1 = b;
	rc.a2 = c;
	return raw(nr);
}

/* Ends this process at once, without the C library. */
__attribute__((noreturn)) static void raw_exit(int status)
{
	sys3(SYS_exit, (uint32_t)status, 0, 0);
	for (;;)
		;
}

/* Prints one line on the child's console (LOGFD) in one write. */
__attribute__((format(printf, 1, 2))) static void logf(const char *fmt, ...)
{
	char buf[300];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf) - 1, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	sys3(SYS_write, LOGFD, (uint32_t)buf, (uint32_t)n);
}

/* Prints the calls before the current one, oldest first. */
static void log_ring(void)
{
	for (uint32_t i = cs.ncalls > RING ? cs.ncalls - RING : 1;
	     i < cs.ncalls; i++) {
		const typeof(cs.ring[0]) *e = &cs.ring[i % RING];
		logf("fuzz: child %u call %u was %s(0x%x, 0x%x, 0x%x) = %d",
		     cs.k, i, e->name, e->a[0], e->a[1], e->a[2], e->r);
	}
}

/* Reports a wrong answer from the kernel, with how to replay it. */
static void anomaly(const struct call *c, int r, const char *why)
{
	if (cs.anomalies++ == 0)
		log_ring();
	logf("fuzz: FAIL: child %u call %u: %s(0x%x, 0x%x, 0x%x) = %d: %s "
	     "(replay: fuzz -s %u -c %u -k %u -v)",
	     cs.k, cs.ncalls, c->name, c->a[0], c->a[1], c->a[2], r, why,
	     cfg.seed, cfg.per_child, cs.k);
}

/* An anomaly about descriptors: shows what the shadow table expected. */
static void anomaly_fd(const struct call *c, int r, const char *why, int want)
{
	char buf[120];

	snprintf(buf, sizeof(buf), "%s; expected %d", why, want);
	anomaly(c, r, buf);
}

/* ---- The shadow descriptor table. */

static void shadow_init(void)
{
	memset(cs.files, 0, sizeof(cs.files));
	memset(cs.pipes, 0, sizeof(cs.pipes));
	for (int fd = 0; fd < NOFILE; fd++)
		cs.fd[fd] = -1;
	cs.files[0] = (struct sfile){K_CONSOLE, 3, -1, 1, 1, 0, 0, 0, 1};
	cs.fd[0] = cs.fd[1] = cs.fd[2] = 0;
}

static struct sfile *sfile_of(int fd)
{
	if (fd < 0 || fd >= NOFILE || cs.fd[fd] < 0)
		return NULL;
	return &cs.files[cs.fd[fd]];
}

static int lowest_free_fd(int from)
{
	for (int fd = from; fd < NFUZZFD; fd++)
		if (cs.fd[fd] < 0)
			return fd;
	return -1;
}

static int new_file(int kind, int readable, int writable)
{
	for (int i = 0; i < MAXFILES; i++)
		if (cs.files[i].refs == 0) {
			cs.files[i] = (struct sfile){
				kind, 1, -1, readable, writable, 0, 0, 0, 0};
			return i;
		}
	return -1; /* cannot happen: NOFILE descriptors hold at most NOFILE */
}

/* Drops fd's reference; the last one closes a pipe end. */
static void shadow_close(int fd)
{
	struct sfile *f = sfile_of(fd);

	if (f == NULL)
		return;
	cs.fd[fd] = -1;
	if (--f->refs > 0)
		return;
	if (f->pipe >= 0) {
		struct spipe *p = &cs.pipes[f->pipe];
		if (f->kind == K_PIPE_R)
			p->ropen = 0;
		else
			p->wopen = 0;
		if (!p->ropen && !p->wopen)
			p->inuse = 0;
	}
	f->kind = K_NONE;
}

static void shadow_dup(int fd, int nfd)
{
	cs.fd[nfd] = cs.fd[fd];
	cs.files[cs.fd[fd]].refs++;
}

/* A pipe's read end is open somewhere in this process. */
static int pipe_readers(const struct spipe *p)
{
	return p->ropen;
}

static int pipe_writers(const struct spipe *p)
{
	return p->wopen;
}

/* ---- Argument values. */

/* Numbers that tend to sit on a boundary. */
static uint32_t gen_int(void)
{
	static const uint32_t v[] = {
		0,	    1,		2,	    3,		0xffffffff,
		0xfffffffe, 0x7fffffff, 0x80000000, 0x80000001, 15,
		16,	    17,		31,	    32,		63,
		64,	    255,	256,	    4095,	4096,
		4097,	    65536,	0x40000000, 0xc0000000, 0xc0100000};

	switch (below(4)) {
	case 0:
		return below(20);
	case 1:
		return rnd();
	default:
		return v[below(sizeof(v) / sizeof(v[0]))];
	}
}

/* A buffer length. */
static uint32_t gen_len(void)
{
	static const uint32_t v[] = {
		0,	    1,	       2,     3,       4,	   7,
		8,	    16,	       100,   511,     512,	   513,
		1000,	    3999,      4000,  4001,    4095,	   4096,
		4097,	    8192,      65536, 1 << 20, 0x7fffffff, 0x80000000,
		0xffffffff, 0xfffffff0};

	if (chance(4))
		return below(600);
	return v[below(sizeof(v) / sizeof(v[0]))];
}

/* A descriptor: mostly an open one, sometimes a bad number; never LOGFD
 * or NOTEFD. */
static int gen_fd(void)
{
	static const int bad[] = {-1,	      NOFILE,	       NOFILE + 1, 100,
				  0x7fffffff, (int)0x80000000, -16};

	if (chance(8))
		return bad[below(sizeof(bad) / sizeof(bad[0]))];
	for (int tries = 0; tries < 4; tries++) {
		int fd = (int)below(NFUZZFD);
		if (cs.fd[fd] >= 0 || tries == 3)
			return fd;
	}
	return 0;
}

/* The first byte past the break, rounded up to a page: the heap's edge. */
static uint32_t heap_edge(void)
{
	return PGUP(cs.brk);
}

/*
 * A pointer: into the heap arena, the bss buffer, the stack buffer, the
 * code, the page edges of the heap, or at nothing (NULL, unmapped, the
 * kernel, the top of memory), aligned or not.
 */
static uint32_t gen_ptr(void)
{
	static const uint32_t bad[] = {
		0,	    1,		0xfff,	    0x40000000, 0x7fffffff,
		0x80000000, 0xbfffffff, 0xbffef000, 0xbfff0000, 0xc0000000,
		0xc0100000, 0xdfffffff, 0xfffffffc, 0xfffffff0, 0xffffffff};
	uint32_t edge = heap_edge();

	switch (below(12)) {
	case 0:
	case 1:
	case 2:
		return cfg.arena + below(ARENA_SIZE);
	case 3:
		return cfg.arena + below(ARENA_SIZE / 4) * 4;
	case 4:
		return (uint32_t)bssbuf + below(BSSBUF_SIZE);
	case 5:
		return cfg.stackbuf + below(STACKBUF);
	case 6:
		return (chance(2) ? (uint32_t)raw : (uint32_t)etext) - below(4);
	case 7:
		return edge - 1 - below(4) * (chance(2) ? 1 : 1024);
	case 8:
		return edge + below(2) * (chance(2) ? 1 : 4096);
	case 9:
		return rnd();
	default:
		return bad[below(sizeof(bad) / sizeof(bad[0]))];
	}
}

/*
 * Keeps the kernel from writing over what the child itself needs: its
 * code and data (segment model: all of them are writable), its bss
 * outside bssbuf, and the live stack below the stack buffer. A range that
 * starts in such a zone gets a kernel pointer instead (the call is still
 * made, and must fail); one that runs into a zone is cut short. Returns
 * the pointer to use and may shrink *n.
 */
static uint32_t guard_out(uint32_t p, uint32_t *n)
{
	uint32_t zone[2][2] = {
		{cfg.segment ? USER_TEXT : PGUP(etext), (uint32_t)end},
		{cfg.stack_lo, cfg.stackbuf}};
	uint32_t b = (uint32_t)bssbuf;

	if (*n > 0x7fffffff)
		return p; /* a negative length: EINVAL before any copy */
	if (p >= b && p < b + BSSBUF_SIZE) {
		if (*n > b + BSSBUF_SIZE - p)
			*n = b + BSSBUF_SIZE - p;
		return p;
	}
	for (int i = 0; i < 2; i++) {
		if (p >= zone[i][0] && p < zone[i][1])
			return KERNEL_PTR;
		if (p < zone[i][0] && *n > zone[i][0] - p)
			*n = zone[i][0] - p;
	}
	return p;
}

/* For a fixed-size result: a pointer the kernel may write size bytes at. */
static uint32_t out_ptr(uint32_t size)
{
	uint32_t n = size, p = guard_out(gen_ptr(), &n);

	return n < size ? KERNEL_PTR : p;
}

/* A pointer to a path: a file that opens, one from the list, a long one,
 * or any pointer. */
static uint32_t gen_path(void)
{
	static const char *const good[] = {"/bin/hello", "/etc/motd",
					   "/dev/console", "bin/hello",
					   "//etc//motd"};

	switch (below(8)) {
	case 0:
		return gen_ptr();
	case 1:
		return (uint32_t)longpath + below(sizeof(longpath));
	case 2:
	case 3:
	case 4:
		return (uint32_t)good[below(sizeof(good) / sizeof(good[0]))];
	default:
		return (uint32_t)paths[below(sizeof(paths) / sizeof(paths[0]))];
	}
}

/* ---- Signals: the shadow of the kernel's signal state, the handlers, and
 * a model of delivery that says what must follow each call. */

#define ALLSIGS	    0x7fffffffu /* signals 1 .. NSIG - 1 */
#define UNCATCHABLE (SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))
#define STOPSIGS                                                               \
	(SIGBIT(SIGSTOP) | SIGBIT(SIGTSTP) | SIGBIT(SIGTTIN) | SIGBIT(SIGTTOU))
#define DFL_IGNORED                                                            \
	(SIGBIT(SIGCHLD) | SIGBIT(SIGURG) | SIGBIT(SIGWINCH) | SIGBIT(SIGCONT))
/* A handler that gets one of these with si_code > 0 was sent by a fault. */
#define FAULTSIGS                                                              \
	(SIGBIT(SIGILL) | SIGBIT(SIGTRAP) | SIGBIT(SIGBUS) | SIGBIT(SIGFPE) |  \
	 SIGBIT(SIGSEGV))
#define TIMERSIGS    (SIGBIT(SIGALRM) | SIGBIT(SIGVTALRM))
#define CODE_UNKNOWN 0x7fffffff /* si_code: a kill's or a timer's, which? */
#define FL_IF	     0x200	/* eflags: interrupts on */
#define SIM_DEPTH    32		/* nested handler frames the model follows */
#define SIM_STEPS    200	/* kernel entries it follows for one call */
#define ALT_NESTED   512	/* alternate stack a nested handler may use */
#define FRAME_ROOM   256 /* a frame at the alternate stack's top, rounded */
#define SHORT_PERIOD 5	 /* ITIMER_REAL ticks: see safe_async */

/* Calls on the signal path, and the fuzzer's own code they may enter. */
void __sigreturn(void);		    /* the C library's restorer stub */
extern void fuzz_nop_handler(void); /* ret: a handler that changes nothing */
extern char fuzz_after_int[];	    /* raw(): right after int $0x40 */
__asm__(".text\n\t.globl fuzz_nop_handler\n\t.type fuzz_nop_handler, "
	"@function\nfuzz_nop_handler:\n\tret\n");

/* What the handlers saw: written by them, read by the main flow. */
static volatile struct {
	uint32_t hits[NSIG]; /* runs of count_handler, per signal */
	struct {
		int32_t code, pid;
		uint32_t mask; /* uc_sigmask: the blocked set to restore */
		int onalt;     /* the frame was on the alternate stack */
	} seen[NSIG];	       /* the last run, per signal */
	int bad;	       /* the first thing a handler found wrong */
	uint32_t bad_sig, bad_val;
	uint32_t probes; /* sigaltstack refused (EPERM) on the stack */
} hs;

/* What count_handler can find wrong (hs.bad), for the report. */
enum hbad {
	HB_NONE,
	HB_SIGNO,
	HB_SIGINFO,
	HB_UCONTEXT,
	HB_SELECTOR,
	HB_IF,
	HB_REGISTER,
	HB_RESET,
	HB_EPERM
};
static const char *const hbad_why[] = {
	"",
	"the handler got a signal number out of range",
	"siginfo's si_signo is not the handler's signal",
	"the ucontext is not right after the siginfo",
	"the saved cs or ss is not the program's",
	"the saved eflags has interrupts off",
	"a saved register differs from the one the fuzzer loaded",
	"the handler could not reset its fault signal to SIG_DFL",
	"sigaltstack on the alternate stack did not give EPERM (with "
	"SS_ONSTACK in the old one)"};

/* A signal's name, or its number where the C library has no name. */
static const char *sname(int sig)
{
	static char num[2][12];
	static int i;
	const char *n = signame(sig);

	if (strcmp(n, "SIG?") != 0)
		return n;
	i ^= 1;
	snprintf(num[i], sizeof(num[i]), "signal %d", sig);
	return num[i];
}

static void hs_bad(enum hbad why, int sig, uint32_t val)
{
	if (hs.bad == HB_NONE) {
		hs.bad = why;
		hs.bad_sig = (uint32_t)sig;
		hs.bad_val = val;
	}
}

/*
 * A system call from a handler: it must not touch rc, which holds the
 * interrupted call's registers. The arguments sit in registers, so no
 * operand is addressed through esp while the pushes move it.
 */
static int hsys(uint32_t nr, uint32_t a, uint32_t b, uint32_t c)
{
	int r;

	__asm__ volatile("pushl %3\n\t"
			 "pushl %2\n\t"
			 "pushl %1\n\t"
			 "pushl $0\n\t"
			 "int $0x40\n\t"
			 "addl $16, %%esp"
			 : "=a"(r)
			 : "r"(a), "r"(b), "r"(c), "0"(nr)
			 : "memory", "cc");
	return r;
}

/* Checks the saved registers of a delivery right after int $0x40. */
static void check_saved_regs(int sig, const uint32_t *g)
{
	static const int reg[5] = {REG_EBX, REG_ECX, REG_EDX, REG_ESI, REG_EDI};

	if (g[REG_EIP] != (uint32_t)fuzz_after_int)
		return;
	for (int i = 0; i < 5; i++)
		if (g[reg[i]] != rc.in[i])
			hs_bad(HB_REGISTER, sig, g[reg[i]]);
}

/*
 * On the alternate stack, sigaltstack must refuse a change (EPERM) and
 * report SS_ONSTACK. A signal taken meanwhile makes the call EINTR.
 */
static void probe_altstack(int sig, const struct kstack *cur)
{
	struct kstack ss = {cur->ss_sp, 0, cur->ss_size}, old;
	int r;

	while ((r = hsys(SYS_sigaltstack, (uint32_t)&ss, (uint32_t)&old, 0)) ==
	       -EINTR)
		;
	if (r != -EPERM || !(old.ss_flags & SS_ONSTACK) ||
	    old.ss_sp != cur->ss_sp)
		hs_bad(HB_EPERM, sig, (uint32_t)r);
	hs.probes++;
}

/*
 * The handler the fuzzer installs most: counts the delivery, checks the
 * frame the kernel built (signal number, siginfo, the saved selectors and
 * flags, and after a system call the registers the fuzzer loaded), and
 * records what the main flow compares with its model. A fault's signal
 * gets the default action back first, so that the return, which faults
 * again, ends in death by it instead of a loop. Returns through the
 * restorer.
 */
static void count_handler(int sig, struct ksiginfo *si, struct kucontext *uc)
{
	const uint32_t *g = uc->uc_mcontext.gregs;
	uint32_t frame = (uint32_t)si - 16; /* ksigframe: 4 words first */
	const struct kstack *alt = &uc->uc_stack;
	int onalt = !(alt->ss_flags & SS_DISABLE) &&
		    frame - alt->ss_sp < alt->ss_size;
	struct ksigaction dfl = {0};

	if (sig <= 0 || sig >= NSIG) {
		hs_bad(HB_SIGNO, sig, (uint32_t)sig);
		return;
	}
	hs.hits[sig]++;
	if (si->si_signo != sig)
		hs_bad(HB_SIGINFO, sig, (uint32_t)si->si_signo);
	if ((uint32_t)uc != (uint32_t)si + sizeof(*si))
		hs_bad(HB_UCONTEXT, sig, (uint32_t)uc);
	if (g[REG_CS] != cfg.ucs || g[REG_SS] != cfg.uss)
		hs_bad(HB_SELECTOR, sig, g[REG_CS]);
	if (!(g[REG_EFL] & FL_IF))
		hs_bad(HB_IF, sig, g[REG_EFL]);
	check_saved_regs(sig, g);
	hs.seen[sig].code = si->si_code;
	hs.seen[sig].pid = si->si_pid;
	hs.seen[sig].mask = uc->uc_sigmask;
	hs.seen[sig].onalt = onalt;
	if ((SIGBIT(sig) & FAULTSIGS) && si->si_code > 0) {
		int r;
		while ((r = hsys(SYS_sigaction, (uint32_t)sig, (uint32_t)&dfl,
				 0)) == -EINTR)
			;
		if (r != 0)
			hs_bad(HB_RESET, sig, (uint32_t)r);
	}
	if (onalt)
		probe_altstack(sig, alt);
}

/* How a handler or restorer address will behave when the kernel uses it. */
enum hkind { HK_DFL, HK_IGN, HK_COUNT, HK_NOP, HK_SIGRET, HK_WILD, HK_UNKNOWN };
enum rkind { RK_GOOD, RK_WILD, RK_UNKNOWN };

/*
 * Does running code at a certainly fault, whatever the program does
 * meanwhile? Paging: page 0, the gap between the heap and the stack, the
 * kernel. Base and bound: everything from the bound (the break's page)
 * up. It depends on the break, so it is asked at each delivery.
 */
static int wild_addr(uint32_t a)
{
	uint32_t edge = heap_edge();

	if (a >= USER_TOP || (cfg.segment && a >= edge))
		return 1;
	if (cfg.segment)
		return 0;
	return a < PAGE || (a >= edge && a < USER_TOP - USTACK_SIZE - PAGE);
}

static enum hkind handler_kind(uint32_t h)
{
	if (h == SIGH_DFL)
		return HK_DFL;
	if (h == SIGH_IGN)
		return HK_IGN;
	if (h == (uint32_t)count_handler)
		return HK_COUNT;
	if (h == (uint32_t)fuzz_nop_handler)
		return HK_NOP;
	if (h == (uint32_t)__sigreturn)
		return HK_SIGRET; /* reads the siginfo as a context: refused */
	return wild_addr(h) ? HK_WILD : HK_UNKNOWN;
}

static enum rkind restorer_kind(uint32_t r)
{
	if (r == (uint32_t)__sigreturn)
		return RK_GOOD;
	return wild_addr(r) ? RK_WILD : RK_UNKNOWN;
}

/* Is [p, p + n) inside one of the buffers that only the calls use? */
static int in_static(uint32_t p, uint32_t n)
{
	uint32_t b = (uint32_t)bssbuf, s = cfg.stackbuf;

	return (p >= b && n <= BSSBUF_SIZE && p - b <= BSSBUF_SIZE - n) ||
	       (p >= s && n <= STACKBUF && p - s <= STACKBUF - n);
}

/* Could the kernel write a frame at the alternate stack's top now? */
static int alt_frame_ok(const struct kstack *a)
{
	uint32_t top = a->ss_sp + a->ss_size;

	if (in_static(a->ss_sp, a->ss_size))
		return 1;
	return a->ss_sp >= cfg.arena && top <= heap_edge();
}

/* A timer's signal, or one that may still be pending from a timer. */
static uint32_t live_sigs(const struct sshadow *s)
{
	return s->unk | (s->timer[0].armed ? SIGBIT(SIGALRM) : 0) |
	       (s->timer[1].armed ? SIGBIT(SIGVTALRM) : 0);
}

/*
 * May sig arrive at any moment (a timer) without changing what the model
 * predicts? Ignored, or a handler that returns through the restorer and
 * leaves the action as it is, on a stack that cannot go away. An SA_RESTART
 * handler of a short ITIMER_REAL period would restart a sleep for ever.
 */
static int safe_async(const struct sshadow *s, int sig)
{
	const struct ksigaction *a = &s->act[sig];
	enum hkind k = handler_kind(a->handler);

	if (k == HK_IGN)
		return 1;
	if ((k != HK_COUNT && k != HK_NOP) ||
	    restorer_kind(a->restorer) != RK_GOOD || (a->flags & SA_RESETHAND))
		return 0;
	if (sig == SIGALRM && s->timer[0].armed &&
	    s->timer[0].interval_t - 1 < SHORT_PERIOD - 1 &&
	    (a->flags & SA_RESTART))
		return 0;
	return !(a->flags & SA_ONSTACK) || (s->alt.ss_flags & SS_DISABLE) ||
	       in_static(s->alt.ss_sp, s->alt.ss_size);
}

/* The invariant the generators keep: every live signal is safe. */
static int state_safe(const struct sshadow *s)
{
	uint32_t live = live_sigs(s);

	for (int sig = 1; sig < NSIG; sig++)
		if ((live & SIGBIT(sig)) && !safe_async(s, sig))
			return 0;
	return 1;
}

/* The kernel's sig_post, in the shadow: dropped if ignored, else pending. */
static void sh_post(struct sshadow *s, int sig, int32_t code, int32_t pid)
{
	uint32_t b = SIGBIT(sig), h = s->act[sig].handler;

	if (sig == SIGCONT || sig == SIGKILL)
		s->pending &= ~STOPSIGS;
	if (b & STOPSIGS)
		s->pending &= ~SIGBIT(SIGCONT);
	if (!(b & UNCATCHABLE) &&
	    (h == SIGH_IGN || (h == SIGH_DFL && (b & DFL_IGNORED))))
		return;
	s->pending |= b;
	s->info[sig].code = code;
	s->info[sig].pid = pid;
}

/* ---- The model of delivery (kernel/signal.c, as seen from user mode). */

enum { SIM_OK, SIM_DEATH, SIM_UNPRED };

/* What runs in user mode next: the fuzzer, a handler, a faulting eip. */
enum ukind {
	U_MAIN,	   /* the fuzzer, after the call */
	U_HANDLER, /* a handler, about to run */
	U_HRET,	   /* a handler, about to return to its restorer */
	U_WILD,	   /* an eip where nothing runs: it faults */
	U_FAULT	   /* a valid eip whose instruction faults (touch) */
};

struct uctx {
	int kind, sig, alt, altframes;
	uint32_t restorer;
	enum hkind hk;
};

struct sim {
	struct sshadow s;
	int in_suspend;
	uint32_t suspend_saved;
	int ended, result, sig, takes, steps;
	uint8_t hits[NSIG], onalt[NSIG];
	uint32_t mask[NSIG];
	struct uctx cur;
	struct {
		uint32_t mask;
		struct uctx ctx;
	} fr[SIM_DEPTH]; /* the frames handlers will return through */
	int depth;
};

static void sim_init(struct sim *m)
{
	memset(m, 0, sizeof(*m));
	m->s = cs.sg;
	m->cur.kind = U_MAIN;
}

static int sim_end(struct sim *m, int result, int sig)
{
	m->ended = 1;
	m->result = result;
	m->sig = sig;
	return -1;
}

static int lowest_sig(uint32_t set)
{
	for (int sig = 1; sig < NSIG; sig++)
		if (set & SIGBIT(sig))
			return sig;
	return 0;
}

/*
 * take(): a frame for sig's handler (on the alternate stack if asked and
 * not already on it), the handler's mask, SA_RESETHAND. Returns 1, or -1
 * when the model ends (death, or a case it cannot follow).
 */
static int sim_take(struct sim *m, int sig)
{
	struct sshadow *s = &m->s;
	struct ksigaction a = s->act[sig];
	uint32_t mask = m->in_suspend ? m->suspend_saved : s->blocked;
	enum hkind k = handler_kind(a.handler);
	int onstack = (a.flags & SA_ONSTACK) &&
		      !(s->alt.ss_flags & SS_DISABLE) && !m->cur.alt;
	int alt = onstack || m->cur.alt;
	int altframes = alt ? m->cur.altframes + 1 : 0;
	int recursion = sig == SIGSEGV && k == HK_WILD;

	if (onstack && !alt_frame_ok(&s->alt))
		return sim_end(m, SIM_DEATH, SIGSEGV); /* no room: killed */
	/* Deep nesting runs out of stack: a faulting SIGSEGV handler with
	 * SA_NODEFER does so for sure (death); anything else is not followed. */
	if (m->depth == SIM_DEPTH ||
	    (alt && (uint32_t)altframes * ALT_NESTED > s->alt.ss_size))
		return sim_end(m, recursion ? SIM_DEATH : SIM_UNPRED, SIGSEGV);
	m->fr[m->depth].mask = mask;
	m->fr[m->depth].ctx = m->cur;
	m->depth++;
	m->in_suspend = 0;
	s->blocked =
		(mask | a.mask | (a.flags & SA_NODEFER ? 0 : SIGBIT(sig))) &
		~UNCATCHABLE;
	if (a.flags & SA_RESETHAND) {
		s->act[sig].handler = SIGH_DFL;
		s->act[sig].flags &= ~SA_SIGINFO;
	}
	m->takes++;
	m->cur = (struct uctx){U_HANDLER, sig, alt, altframes, a.restorer, k};
	switch (k) {
	case HK_COUNT:
		m->hits[sig]++;
		m->mask[sig] = mask;
		m->onalt[sig] = (uint8_t)alt;
		break;
	case HK_NOP:
		break;
	case HK_SIGRET:
		return sim_end(m, SIM_DEATH, SIGSEGV);
	case HK_WILD:
		if (cfg.segment) /* eip past the bound: killed on the way */
			return sim_end(m, SIM_DEATH, SIGSEGV);
		m->cur.kind = U_WILD;
		break;
	default:
		return sim_end(m, SIM_UNPRED, sig);
	}
	/* Another signal is due too: it may come before the handler's first
	 * instruction or after its return; only a handler that returns
	 * cleanly makes the order not matter. */
	if ((s->pending & ~s->blocked) &&
	    ((k != HK_COUNT && k != HK_NOP) ||
	     restorer_kind(a.restorer) != RK_GOOD))
		return sim_end(m, SIM_UNPRED, sig);
	return 1;
}

/*
 * sig_deliver() at one return to user mode: the pending unblocked signals,
 * lowest first, until one handler is taken. Returns 1 if one was, 0 if
 * none, -1 if the model ended.
 */
static int sim_deliver(struct sim *m)
{
	struct sshadow *s = &m->s;
	int sig;

	for (;;) {
		if (s->pending & SIGBIT(SIGKILL))
			return sim_end(m, SIM_DEATH, SIGKILL);
		sig = lowest_sig(s->pending & ~s->blocked);
		if (sig == 0)
			return 0;
		s->pending &= ~SIGBIT(sig);
		switch (handler_kind(s->act[sig].handler)) {
		case HK_DFL:
			if (SIGBIT(sig) & DFL_IGNORED)
				continue;
			if (SIGBIT(sig) & STOPSIGS) /* would stop: not sent */
				return sim_end(m, SIM_UNPRED, sig);
			return sim_end(m, SIM_DEATH, sig);
		case HK_IGN:
			continue;
		default:
			return sim_take(m, sig);
		}
	}
}

/*
 * A fault in user mode (trap.c user_fault, signal.c sig_fault): SIGSEGV
 * blocked or ignored goes back to the default; the default kills at once,
 * a handler gets it on the way out. Returns 1 if the model ended.
 */
static int sim_fault(struct sim *m)
{
	struct ksigaction *a = &m->s.act[SIGSEGV];

	if ((m->s.blocked & SIGBIT(SIGSEGV)) || a->handler == SIGH_IGN) {
		a->handler = SIGH_DFL;
		m->s.blocked &= ~SIGBIT(SIGSEGV);
	}
	if (a->handler == SIGH_DFL)
		return sim_end(m, SIM_DEATH, SIGSEGV) < 0;
	sh_post(&m->s, SIGSEGV, SEGV_MAPERR, 0);
	return 0;
}

/* Runs user code from m->cur to its next kernel entry; 1: the model ended. */
static int sim_user(struct sim *m)
{
	struct uctx *u = &m->cur;

	switch (u->kind) {
	case U_MAIN:
		return sim_end(m, SIM_OK, 0) < 0;
	case U_WILD:
	case U_FAULT:
		return sim_fault(m);
	case U_HANDLER:
		u->kind = U_HRET;
		if (u->hk == HK_COUNT && (SIGBIT(u->sig) & FAULTSIGS) &&
		    m->s.info[u->sig].code > 0) {
			memset(&m->s.act[u->sig], 0, sizeof(m->s.act[0]));
			return 0; /* the handler's sigaction: a kernel entry */
		}
		if (u->hk == HK_COUNT && u->alt)
			return 0; /* its sigaltstack probe: a kernel entry */
		/* It returns: fall through. */
		__attribute__((fallthrough));
	default:
		switch (restorer_kind(u->restorer)) {
		case RK_GOOD: /* sigreturn: back to the interrupted context */
			m->depth--;
			m->s.blocked = m->fr[m->depth].mask & ~UNCATCHABLE;
			m->cur = m->fr[m->depth].ctx;
			return 0;
		case RK_WILD:
			u->kind = U_WILD;
			return sim_fault(m);
		default:
			return sim_end(m, SIM_UNPRED, u->sig) < 0;
		}
	}
}

/*
 * Follows the kernel and the user code from the current kernel exit until
 * the fuzzer runs again (SIM_OK), the process dies (SIM_DEATH, m->sig),
 * or the model cannot say (SIM_UNPRED: the generators avoid such calls).
 */
static void sim_run(struct sim *m)
{
	if (m->ended)
		return;
	for (; m->steps < SIM_STEPS; m->steps++) {
		int t = sim_deliver(m);
		if (t < 0)
			return;
		if (t == 0 && m->in_suspend) {
			/* No handler ran: sigsuspend's mask goes back, and
			 * what it lets through is delivered on the same exit. */
			m->s.blocked = m->suspend_saved;
			m->in_suspend = 0;
			continue;
		}
		if (t == 0 && m->cur.kind == U_WILD && cfg.segment) {
			sim_end(m, SIM_DEATH, SIGSEGV); /* eip past the bound */
			return;
		}
		if (sim_user(m))
			return;
	}
	sim_end(m, SIM_UNPRED, 0); /* a loop: faulting for ever */
}

/* Would a fault at a valid eip now end the child by SIGSEGV? */
static int fault_kills(void)
{
	struct sim m;

	sim_init(&m);
	m.cur.kind = U_FAULT;
	if (!sim_fault(&m))
		sim_run(&m);
	return m.result == SIM_DEATH && m.sig == SIGSEGV;
}

/* ---- Timers: the kernel's tick arithmetic, so old values can be checked. */

static uint32_t to_ticks(const struct ktimeval *tv)
{
	uint64_t us = (uint64_t)tv->tv_sec * 1000000 + (uint32_t)tv->tv_usec;
	uint64_t t = (us * cfg.hz + 999999) / 1000000;

	return t > 0x7fffffff ? 0x7fffffff : (uint32_t)t;
}

static uint32_t timeval_ticks(const struct ktimeval *tv)
{
	return (uint32_t)tv->tv_sec * cfg.hz +
	       (uint32_t)tv->tv_usec / (1000000 / cfg.hz);
}

static int bad_timeval(const struct ktimeval *tv)
{
	return tv->tv_sec < 0 || tv->tv_usec < 0 || tv->tv_usec >= 1000000;
}

/* A timeval the kernel reported: whole ticks, in range. */
static int sane_timeval(const struct ktimeval *tv)
{
	return !bad_timeval(tv) && tv->tv_usec % (1000000 / cfg.hz) == 0;
}

/* ---- Arguments of the signal calls: memory whose fate is known. */

/* Does [p, p + n) meet the alternate stack a (where frames may land)? */
static int meets_alt(uint32_t p, uint32_t n, const struct kstack *a)
{
	if (a == NULL || (a->ss_flags & SS_DISABLE))
		return 0;
	return p < a->ss_sp + a->ss_size && a->ss_sp < p + n;
}

/*
 * n bytes the calls may use freely: in the bss or stack buffer, the heap
 * arena or the heap's last bytes; never where a signal frame could land
 * meanwhile (the alternate stack, and alt2 if given). 0 if none is found.
 */
static uint32_t scratch(uint32_t n, const struct kstack *alt2)
{
	uint32_t edge = heap_edge(), top, p;

	for (int tries = 0; tries < 8; tries++) {
		top = edge < cfg.arena_end ? edge : cfg.arena_end;
		switch (below(4)) {
		case 0:
			if (top < cfg.arena + n)
				continue;
			p = cfg.arena + below(top - cfg.arena - n + 1);
			break;
		case 1:
			if (edge < cfg.arena + n)
				continue;
			p = edge - n;
			break;
		case 2:
			p = cfg.stackbuf + below(STACKBUF - n + 1);
			break;
		default:
			p = (uint32_t)bssbuf + below(BSSBUF_SIZE - n + 1);
		}
		if (!meets_alt(p, n, &cs.sg.alt) && !meets_alt(p, n, alt2))
			return p;
	}
	return 0;
}

/*
 * n bytes of which at least one is certainly not the program's: the
 * kernel, past 4 GiB, across the heap's edge or the top of user memory,
 * past the bound or in the unmapped gap, page 0 (paging only).
 */
static uint32_t bad_ptr(uint32_t n)
{
	uint32_t edge = heap_edge();

	switch (below(6)) {
	case 0:
		return KERNEL_PTR;
	case 1:
		return 0xffffffffu - below(n);
	case 2:
		if (n > 1 && edge >= cfg.arena + n)
			return edge - 1 - below(n - 1);
		return edge;
	case 3:
		return (cfg.segment ? edge : 0x40000000u) + below(PAGE);
	case 4:
		if (!cfg.segment)
			return 4 + below(PAGE - 4 - n);
		/* Page 0 is the program's under base and bound. */
		__attribute__((fallthrough));
	default:
		return USER_TOP - below(n);
	}
}

/* Points an input at a copy of n bytes of src, or at bad memory (*kind).
 * Made after the call's output, which it may overlap (the kernel copies
 * the input in before it writes the output). */
static uint32_t in_arg(const void *src, uint32_t n, int *kind,
		       const struct kstack *alt2)
{
	uint32_t p = chance(8) ? 0 : scratch(n, alt2);

	if (p == 0) {
		*kind = A_BAD;
		return bad_ptr(n);
	}
	memcpy((void *)p, src, n);
	*kind = A_GOOD;
	return p;
}

/* An output for n bytes: NULL (if null_ok), good memory, or bad. */
static uint32_t out_arg(uint32_t n, int null_ok, int *kind,
			const struct kstack *alt2)
{
	uint32_t p;

	if (null_ok && chance(3)) {
		*kind = A_NULL;
		return 0;
	}
	if (!chance(8) && (p = scratch(n, alt2)) != 0) {
		*kind = A_GOOD;
		memset((void *)p, 0xa5, n); /* so that a missing write shows */
		return p;
	}
	*kind = A_BAD;
	return bad_ptr(n);
}

/*
 * Will the kernel accept [p, p + n) as writable memory (1), refuse it (0),
 * or is it not known (-1: the generators do not pass it)?
 */
static int range_ok(uint32_t p, uint32_t n)
{
	uint32_t edge = heap_edge();

	if (p >= USER_TOP || n > USER_TOP - p)
		return 0;
	if (in_static(p, n))
		return 1;
	if (p >= cfg.arena && p < edge)
		return n <= edge - p;
	if (cfg.segment)
		return p >= edge ? 0 : -1;
	if (p < PAGE || (p >= edge && p < USER_TOP - USTACK_SIZE - PAGE))
		return 0;
	return -1;
}

/* ---- The signal calls: each fills in arguments and what must come back. */

/* A signal number: mostly real (the ones with a source weighted up),
 * sometimes 0, 32, negative, huge, SIGKILL or SIGSTOP. */
static int gen_signo(void)
{
	static const int odd[] = {0,   32,   33,      64,      -1,
				  -11, 1000, SIGKILL, SIGSTOP, (int)0x80000000};
	static const int busy[] = {SIGALRM, SIGVTALRM, SIGIO,	SIGCHLD,
				   SIGPIPE, SIGUSR1,   SIGSEGV, SIGCONT};

	if (chance(10))
		return odd[below(sizeof(odd) / sizeof(odd[0]))];
	if (chance(3))
		return busy[below(sizeof(busy) / sizeof(busy[0]))];
	return 1 + (int)below(NSIG - 1);
}

/* Code that cannot run: page 0, the kernel, the heap's edge, unmapped. */
static uint32_t gen_wild(void)
{
	switch (below(6)) {
	case 0:
		return 2 + below(PAGE - 2); /* NULL + small */
	case 1:
		return KERNEL_PTR + below(PAGE);
	case 2:
		return 0xffffffffu - below(16);
	case 3:
		return heap_edge() + below(PAGE);
	case 4:
		return 0x40000000u + below(PAGE);
	default:
		return USER_TOP + below(0x100000);
	}
}

/*
 * A handler: the defaults, count_handler, the handler that changes
 * nothing, the restorer itself, wild code, or any pointer. The model
 * decides at each delivery what an address does; one it cannot tell
 * (code of the fuzzer's own, say) is installed but never delivered.
 */
static uint32_t gen_handler(void)
{
	switch (below(20)) {
	case 0:
	case 1:
	case 2:
		return SIGH_DFL;
	case 3:
	case 4:
		return SIGH_IGN;
	case 5:
	case 6:
		return (uint32_t)fuzz_nop_handler;
	case 7:
	case 8:
		return gen_wild();
	case 9:
		return chance(2) ? (uint32_t)__sigreturn : gen_ptr();
	default:
		return (uint32_t)count_handler;
	}
}

/* A restorer: mostly the real __sigreturn stub, sometimes 0 or wild. */
static uint32_t gen_restorer(void)
{
	switch (below(10)) {
	case 0:
		return 0;
	case 1:
		return gen_wild();
	default:
		return (uint32_t)__sigreturn;
	}
}

/* A signal set: empty, full, random, a few signals. */
static uint32_t gen_sigmask(void)
{
	switch (below(8)) {
	case 0:
	case 1:
		return 0;
	case 2:
		return 0xffffffffu;
	case 3:
		return rnd();
	case 4:
	case 5:
		return SIGBIT(1 + below(NSIG - 1)) |
		       SIGBIT(1 + below(NSIG - 1));
	default:
		return rnd() & rnd() & rnd();
	}
}

static uint32_t gen_saflags(void)
{
	static const uint32_t f[] = {SA_NOCLDSTOP, SA_SIGINFO, SA_RESTORER,
				     SA_ONSTACK,   SA_RESTART, SA_NODEFER,
				     SA_RESETHAND};
	uint32_t v = chance(10) ? rnd() : 0;

	for (unsigned i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		if (chance(f[i] == SA_RESETHAND ? 6 : 3))
			v |= f[i];
	return v;
}

/*
 * sigaction(sig, act, old): random signals, handlers, restorers, flags
 * and masks. EINVAL for a bad number or SIGKILL/SIGSTOP with an act,
 * EFAULT for a bad act or old (checked in that order). A live signal
 * (a timer's) mostly gets a handler the model can let run at any time.
 */
static void gen_sigaction(struct call *c)
{
	int sig = gen_signo(), bad = sig <= 0 || sig >= NSIG;
	struct sigargs *a = &c->sa;
	struct ksigaction k = {gen_handler(), gen_saflags(), gen_restorer(),
			       gen_sigmask()};

	/* Faults go to SIGSEGV: its handler often runs on the alternate
	 * stack, and faults again there (a wild one with SA_NODEFER). */
	if (sig == SIGSEGV && chance(2)) {
		k.handler = chance(2) ? gen_wild() : k.handler;
		k.flags |= SA_ONSTACK | (chance(2) ? SA_NODEFER : 0);
	}
	if (!bad && (live_sigs(&cs.sg) & SIGBIT(sig)) && chance(2)) {
		k.handler = (uint32_t)count_handler;
		k.restorer = (uint32_t)__sigreturn;
		k.flags &= ~(SA_RESETHAND | SA_RESTART);
	}
	a->v.act = k;
	c->a[0] = (uint32_t)sig;
	c->a[2] = a->outp = out_arg(sizeof(k), 1, &a->out, NULL);
	c->a[1] = chance(5) ? 0 : in_arg(&k, sizeof(k), &a->in, NULL);
	c->want = W_ERR;
	c->err = bad					? EINVAL
		 : a->in == A_BAD			? EFAULT
		 : a->in && (SIGBIT(sig) & UNCATCHABLE) ? EINVAL
		 : a->out == A_BAD			? EFAULT
							: 0;
}

/* The blocked set sigprocmask makes of how and set. */
static uint32_t new_mask(uint32_t how, uint32_t old, uint32_t set)
{
	if (how == SIG_BLOCK)
		set |= old;
	else if (how == SIG_UNBLOCK)
		set = old & ~set;
	return set & ALLSIGS & ~UNCATCHABLE;
}

/* sigprocmask(how, set, old): often unblocks what is pending. */
static void gen_sigprocmask(struct call *c)
{
	static const uint32_t how[] = {SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK,
				       SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK,
				       3,	  0xffffffffu, 0x80000000u};
	struct sigargs *a = &c->sa;
	uint32_t set = gen_sigmask();

	if (cs.sg.pending && chance(2))
		set = chance(2) ? cs.sg.pending : set & ~cs.sg.pending;
	a->v.set = set;
	c->a[0] = how[below(sizeof(how) / sizeof(how[0]))];
	c->a[2] = a->outp = out_arg(4, 1, &a->out, NULL);
	c->a[1] = chance(6) ? 0 : in_arg(&set, 4, &a->in, NULL);
	c->want = W_ERR;
	c->err = a->in == A_BAD			  ? EFAULT
		 : a->in && c->a[0] > SIG_SETMASK ? EINVAL
		 : a->out == A_BAD		  ? EFAULT
						  : 0;
}

static void gen_sigpending(struct call *c)
{
	c->a[0] = c->sa.outp = out_arg(4, 0, &c->sa.out, NULL);
	c->want = W_ERR;
	c->err = c->sa.out == A_BAD ? EFAULT : 0;
}

/*
 * sigsuspend(mask) waits until a signal is taken, so it is made only when
 * one will be: a pending one the mask lets through (with no timer's
 * signal about, which could come first or cut the call short at its
 * entry, see cut_short), or SIGALRM from a periodic timer
 * that fires within a second and every second at most, with a handler
 * (everything else blocked). Otherwise the mask pointer is bad: EFAULT,
 * no wait.
 */
static void gen_sigsuspend(struct call *c)
{
	const struct sshadow *s = &cs.sg;
	uint32_t live = live_sigs(s), known = s->pending, mask = gen_sigmask();
	int ok = 0;

	if (known && !live && !chance(4)) {
		mask &= ~SIGBIT(lowest_sig(known));
		ok = 1;
	} else if (s->timer[0].periodic && s->timer[0].interval_t <= cfg.hz &&
		   s->timer[0].value_t <= cfg.hz &&
		   s->act[SIGALRM].handler != SIGH_IGN) {
		mask = (mask | known | live) & ~SIGBIT(SIGALRM);
		ok = 1;
	}
	c->sa.v.set = mask;
	if (ok && !chance(8))
		c->a[0] = in_arg(&mask, 4, &c->sa.in, NULL);
	else
		c->a[0] = bad_ptr(4), c->sa.in = A_BAD;
	c->want = W_ERR;
	c->err = c->sa.in == A_BAD ? EFAULT : EINTR;
}

/*
 * sigaltstack(ss, old): stacks in the bss or stack buffer, in the heap
 * (which may shrink under it later), too small (ENOMEM), at bad memory
 * (EFAULT), disabled, bad flags (EINVAL). Never where the kernel would
 * accept memory the fuzzer needs: such a pointer becomes a kernel one.
 */
static void gen_sigaltstack(struct call *c)
{
	static const uint32_t sizes[] = {
		MINSIGSTKSZ, MINSIGSTKSZ + 1, SIGSTKSZ,	  MINSIGSTKSZ - 1, 0,
		100,	     0xffffffffu,     0x80000000u};
	struct sigargs *a = &c->sa;
	struct kstack ss = {0, 0, 0};
	int ok;

	ss.ss_size = chance(2) ? MINSIGSTKSZ + below(4 * PAGE)
			       : sizes[below(sizeof(sizes) / 4)];
	switch (below(6)) {
	case 0:
	case 1:
		if (ss.ss_size <= BSSBUF_SIZE)
			ss.ss_sp = (uint32_t)bssbuf +
				   below(BSSBUF_SIZE - ss.ss_size + 1);
		break;
	case 2:
		if (ss.ss_size <= STACKBUF)
			ss.ss_sp =
				cfg.stackbuf + below(STACKBUF - ss.ss_size + 1);
		break;
	case 3:
		ss.ss_sp = cfg.arena + below(ARENA_SIZE);
		break;
	case 4:
		ss.ss_sp = bad_ptr(ss.ss_size ? ss.ss_size : 1);
		break;
	default:
		ss.ss_sp = gen_ptr();
	}
	if ((ok = range_ok(ss.ss_sp, ss.ss_size)) < 0)
		ss.ss_sp = KERNEL_PTR, ok = 0;
	if (chance(6))
		ss.ss_flags = SS_DISABLE;
	else if (chance(12))
		ss.ss_flags = (int32_t)gen_int();
	a->v.ss = ss;
	c->a[1] = a->outp = out_arg(sizeof(ss), 1, &a->out, &ss);
	c->a[0] = chance(5) ? 0 : in_arg(&ss, sizeof(ss), &a->in, &ss);
	c->want = W_ERR;
	c->err = a->in == A_BAD		     ? EFAULT
		 : a->out == A_BAD	     ? EFAULT
		 : !a->in		     ? 0
		 : ss.ss_flags & ~SS_DISABLE ? EINVAL
		 : ss.ss_flags & SS_DISABLE  ? 0
		 : ss.ss_size < MINSIGSTKSZ  ? ENOMEM
		 : !ok			     ? EFAULT
					     : 0;
}

/*
 * __sigreturn called directly. With a context the fuzzer built (its own
 * registers, a result, a mask, arithmetic flags and some that the kernel
 * must drop), it returns to the instruction after int $0x40 exactly as
 * told. With a refused one (a bad pointer, a kernel selector, a selector
 * past 16 bits) the child must die of SIGSEGV.
 */
static void gen_sigreturn(struct call *c)
{
	static const int results[] = {0, 1, 42, 0x7fffffff, -4, -14, -22};
	struct sigargs *a = &c->sa;
	uint32_t size = sizeof(struct kucontext);

	a->inp = cs.mk_sp ? scratch(size, NULL) : 0;
	a->garbage = a->inp == 0 || chance(3) ? 1 + (int)below(6) : 0;
	if (a->garbage == 1 || a->inp == 0)
		a->inp = bad_ptr(size), a->garbage = 1;
	a->retval = results[below(sizeof(results) / sizeof(results[0]))];
	a->v.set = gen_sigmask();
	a->eflags = (rnd() & (FL_CF | FL_PF | FL_AF | FL_ZF | FL_SF | FL_OF)) |
		    (rnd() & (FL_IOPL | FL_NT | FL_VM | FL_IF));
	c->a[0] = rnd(); /* esp + 4: not used */
	c->a[1] = a->inp;
	c->want = W_ERR;
	c->err = -a->retval;
}

/* Fills in the context gen_sigreturn asked for (rc.in is loaded by now). */
static void build_context(const struct call *c)
{
	const struct sigargs *a = &c->sa;
	struct kucontext *uc = (struct kucontext *)a->inp;
	uint32_t *g = uc->uc_mcontext.gregs;

	memset(uc, 0, sizeof(*uc));
	g[REG_GS] = cfg.ugs;
	g[REG_FS] = cfg.ufs;
	g[REG_ES] = cfg.ues;
	g[REG_DS] = cfg.uds;
	g[REG_EBX] = rc.in[0];
	g[REG_ECX] = rc.in[1];
	g[REG_EDX] = rc.in[2];
	g[REG_ESI] = rc.in[3];
	g[REG_EDI] = rc.in[4];
	g[REG_EBP] = cs.mk_bp;
	g[REG_ESP] = rnd(); /* pushal's copy: ignored */
	g[REG_EAX] = (uint32_t)a->retval;
	g[REG_TRAPNO] = rnd();
	g[REG_ERR] = rnd();
	g[REG_EIP] = (uint32_t)fuzz_after_int;
	g[REG_CS] = cfg.ucs;
	g[REG_EFL] = a->eflags;
	g[REG_UESP] = cs.mk_sp;
	g[REG_SS] = cfg.uss;
	uc->uc_sigmask = a->v.set;
	switch (a->garbage) {
	case 2:
		g[REG_CS] = KERNEL_CS;
		break;
	case 3:
		g[REG_SS] = KERNEL_DS;
		break;
	case 4:
		g[REG_DS] = KERNEL_DS;
		break;
	case 5:
		g[REG_ES] = cfg.ues | 0x10000;
		break;
	case 6:
		g[REG_CS] = cfg.ucs & ~3u; /* RPL 0 */
		break;
	}
}

/* A time value: zero, short, longer, seconds, huge, or invalid. */
static struct ktimeval gen_timeval(int interval)
{
	static const struct ktimeval bad[] = {{-1, 0},
					      {0, 1000000},
					      {0, -1},
					      {0, 0x7fffffff},
					      {(int32_t)0x80000000, 0}};
	static const struct ktimeval huge[] = {
		{0x7fffffff, 999999}, {42949673, 0}, {21474837, 0}};

	if (interval && chance(2))
		return (struct ktimeval){0, 0};
	switch (below(10)) {
	case 0:
	case 1:
		return (struct ktimeval){0, 0};
	case 2:
	case 3:
	case 4:
		return (struct ktimeval){0, (int32_t)(1 + below(30000))};
	case 5:
		return (struct ktimeval){0, (int32_t)(50000 + below(200000))};
	case 6:
		return (struct ktimeval){(int32_t)below(3),
					 (int32_t)below(1000000)};
	case 7:
		return huge[below(3)];
	default:
		return bad[below(5)];
	}
}

static uint32_t gen_which(void)
{
	static const uint32_t odd[] = {ITIMER_PROF, 3, 0xffffffffu,
				       0x80000000u};

	switch (below(10)) {
	case 8:
	case 9:
		return chance(2) ? odd[below(4)] : gen_int();
	default:
		return below(10) < 6 ? ITIMER_REAL : ITIMER_VIRTUAL;
	}
}

/*
 * setitimer(which, value, old): EINVAL for another timer or a bad time,
 * EFAULT for bad pointers. A timer whose signal would kill (SIG_DFL, a
 * wild handler) is armed only to die of it: the child then waits for it
 * in sigsuspend (ITIMER_REAL) or spins in user mode (ITIMER_VIRTUAL).
 */
static void gen_setitimer(struct call *c)
{
	struct sigargs *a = &c->sa;
	struct kitimerval v;
	uint32_t w = gen_which(), value;
	int sig = w == ITIMER_REAL ? SIGALRM : SIGVTALRM, badtv;

	v.it_interval = gen_timeval(1);
	v.it_value = gen_timeval(0);
	badtv = bad_timeval(&v.it_value) || bad_timeval(&v.it_interval);
	a->v.itv = v;
	c->a[0] = w;
	c->a[2] = a->outp = out_arg(sizeof(v), 1, &a->out, NULL);
	c->a[1] = in_arg(&v, sizeof(v), &a->in, NULL);
	c->want = W_ERR;
	c->err = w > ITIMER_VIRTUAL ? EINVAL
		 : a->in == A_BAD   ? EFAULT
		 : badtv	    ? EINVAL
		 : a->out == A_BAD  ? EFAULT
				    : 0;
	value = badtv ? 0 : to_ticks(&v.it_value);
	if (c->err || value == 0 || value > cfg.hz || safe_async(&cs.sg, sig) ||
	    !chance(2))
		return;
	if (w == ITIMER_REAL) {
		a->then = THEN_SUSPEND;
		a->mask =
			(cs.sg.blocked | live_sigs(&cs.sg)) & ~SIGBIT(SIGALRM);
	} else if (!(cs.sg.blocked & SIGBIT(SIGVTALRM)) && value <= 10) {
		a->then = THEN_SPIN;
	}
}

static void gen_getitimer(struct call *c)
{
	uint32_t w = gen_which();

	c->a[0] = w;
	c->a[1] = c->sa.outp =
		out_arg(sizeof(struct kitimerval), 0, &c->sa.out, NULL);
	c->want = W_ERR;
	c->err = w > ITIMER_VIRTUAL ? EINVAL : c->sa.out == A_BAD ? EFAULT : 0;
}

/* nanosleep(req, rem): at most 20 ms; bad times give EINVAL. */
static void gen_nanosleep(struct call *c)
{
	static const struct ktimespec bad[] = {
		{0, 1000000000}, {0, -1}, {-1, 0}, {-5, 999}, {0, 0x7fffffff}};
	struct sigargs *a = &c->sa;
	struct ktimespec ts = {0, 0};
	int badts = 0;

	switch (below(4)) {
	case 0:
		break;
	case 1:
		ts.tv_nsec = (int32_t)(1 + below(20000000));
		break;
	case 2:
		ts.tv_nsec = (int32_t)(1 + below(1000000));
		break;
	default:
		ts = bad[below(5)];
		badts = 1;
	}
	a->v.ts = ts;
	c->a[1] = a->outp = out_arg(sizeof(ts), 1, &a->out, NULL);
	c->a[0] = in_arg(&ts, sizeof(ts), &a->in, NULL);
	c->want = a->in == A_BAD ? W_ERR : badts ? W_ERR : W_ANY;
	c->err = a->in == A_BAD ? EFAULT : EINVAL;
}

/* What F_GETFL must say for an open file of the shadow. */
static int getfl(const struct sfile *f)
{
	return (f->readable && f->writable ? O_RDWR
		: f->writable		   ? O_WRONLY
					   : O_RDONLY) |
	       (f->async ? O_ASYNC : 0) | (f->nonblock ? O_NONBLOCK : 0);
}

/*
 * fcntl(fd, cmd, arg): F_GETFL, F_SETFL (O_ASYNC, O_NONBLOCK), F_GETOWN,
 * F_SETOWN, and other commands (EINVAL). Owners are only the child itself
 * (by pid or, as a group, -pid), nobody, or INT_MIN (EINVAL): SIGIO must
 * not reach the fuzzer. The console that the child shares with the fuzzer
 * and init keeps its flags and owner; no console gets O_ASYNC (its
 * notification is one setting for the whole system).
 */
static void gen_fcntl(struct call *c)
{
	static const uint32_t cmds[] = {F_GETFL, F_SETFL, F_GETOWN, F_SETOWN};
	int fd = gen_fd(),
	    owners[] = {0,	     (int)cs.mypid, -(int)cs.mypid, 0x40000000,
			-0x40000000, 1000000,	    (int)0x80000000};
	struct sfile *f = sfile_of(fd);
	uint32_t cmd = chance(8) ? (chance(2) ? gen_int() : below(12))
				 : cmds[below(4)];
	uint32_t arg = gen_int();

	if (cmd == F_SETFL && !chance(8))
		arg = (chance(2) ? O_ASYNC : 0) | (chance(2) ? O_NONBLOCK : 0) |
		      (chance(4) ? O_RDWR | O_CREAT : 0);
	if (cmd == F_SETOWN)
		arg = (uint32_t)owners[below(7)];
	if (f && f->kind == K_CONSOLE && cmd == F_SETFL)
		arg &= ~(uint32_t)(O_ASYNC | (f->inherited ? O_NONBLOCK : 0));
	if (f && f->inherited && cmd == F_SETOWN && arg != 0x80000000u)
		arg = 0;
	c->a[0] = (uint32_t)fd;
	c->a[1] = cmd;
	c->a[2] = arg;
	c->want = W_ERR;
	if (f == NULL)
		c->err = EBADF;
	else if (cmd != F_GETFL && cmd != F_SETFL && cmd != F_GETOWN &&
		 cmd != F_SETOWN)
		c->err = EINVAL;
	else if (cmd == F_GETFL)
		c->err = -getfl(f);
	else if (cmd == F_GETOWN)
		c->err = -f->owner;
	else
		c->err = cmd == F_SETOWN && arg == 0x80000000u ? EINVAL : 0;
}

/* ---- What a call does to the signal state, before and after it is made. */

/* Does the call touch the signal state or send the child a signal? */
static int sig_call(const struct call *c)
{
	switch (c->nr) {
	case SYS_kill:
		return c->a[0] == cs.mypid;
	case SYS_write:
	case SYS_close:
	case SYS_dup2:
	case SYS_fork:
	case SYS_sigaction:
	case SYS_sigprocmask:
	case SYS_sigpending:
	case SYS_sigsuspend:
	case SYS_sigaltstack:
	case SYS_sigreturn:
	case SYS_setitimer:
	case SYS_getitimer:
		return 1;
	default:
		return 0;
	}
}

/* Does input into shadow pipe i send this child SIGIO (O_ASYNC, owner)? */
static int pipe_sigio(int i)
{
	for (int k = 0; k < MAXFILES; k++) {
		const struct sfile *f = &cs.files[k];
		if (f->refs > 0 && f->kind == K_PIPE_R && f->pipe == i)
			return f->async &&
			       (f->owner == (int)cs.mypid ||
				(f->owner == -(int)cs.mypid && cs.mypgid_self));
	}
	return 0;
}

/* Closing fd drops the last reference to a pipe's write end, whose end
 * of file is input for the read end: SIGIO, if asked for. */
static int close_sends_sigio(int fd)
{
	const struct sfile *f = sfile_of(fd);

	return f && f->refs == 1 && f->kind == K_PIPE_W &&
	       cs.pipes[f->pipe].ropen && pipe_sigio(f->pipe);
}

/* Sets an action as sys_sigaction does; ignoring discards what is pending. */
static void set_action(struct sshadow *s, int sig, const struct ksigaction *k)
{
	uint32_t b = SIGBIT(sig);

	s->act[sig] = *k;
	s->act[sig].mask &= ALLSIGS & ~UNCATCHABLE;
	if (k->handler == SIGH_IGN ||
	    (k->handler == SIGH_DFL &&
	     (b & (SIGBIT(SIGCHLD) | SIGBIT(SIGURG) | SIGBIT(SIGWINCH))))) {
		s->pending &= ~b;
		s->unk &= ~b;
	}
}

/* setitimer's effect: the timer, and a last firing that may be pending. */
static void set_timer(struct sim *m, const struct call *c)
{
	struct sshadow *s = &m->s;
	const struct sigargs *a = &c->sa;
	int w = (int)c->a[0], sig = w == ITIMER_REAL ? SIGALRM : SIGVTALRM;
	const struct ktimeval *v = &a->v.itv.it_value;
	uint32_t value = to_ticks(v);

	if (value == 0 && (v->tv_sec || v->tv_usec))
		value = 1;
	if (s->timer[w].armed && (s->blocked & SIGBIT(sig))) {
		s->unk |= SIGBIT(sig);
		s->info[sig].code = CODE_UNKNOWN;
	}
	s->timer[w].armed = value != 0;
	s->timer[w].value_t = value;
	s->timer[w].interval_t = to_ticks(&a->v.itv.it_interval);
	s->timer[w].periodic = value && s->timer[w].interval_t;
	if (a->then == THEN_SUSPEND) {
		m->in_suspend = 1;
		m->suspend_saved = s->blocked;
		s->blocked = a->mask & ALLSIGS & ~UNCATCHABLE;
	}
	if (a->then)
		sh_post(s, sig, SI_TIMER, 0);
}

/* A write: SIGPIPE if no reader was left, SIGIO if input was asked for. */
static void write_signals(struct sshadow *s, const struct call *c, int r)
{
	const struct sfile *f = sfile_of((int)c->a[0]);

	if (f == NULL || f->kind != K_PIPE_W)
		return;
	if (r == -EPIPE)
		sh_post(s, SIGPIPE, SI_KERNEL, 0);
	if (r > 0 && pipe_sigio(f->pipe))
		sh_post(s, SIGIO, POLL_IN, 0);
}

/*
 * What the call did to the signal state if it returned r, as the kernel
 * does it (before any delivery, which sim_run follows). The shadow of the
 * descriptors is still the one from before the call.
 */
static void apply_sig(struct sim *m, const struct call *c, int r)
{
	struct sshadow *s = &m->s;
	const struct sigargs *a = &c->sa;
	int sig = (int)c->a[0];

	switch (c->nr) {
	case SYS_kill: /* to itself: sig_call says so */
		if (r == 0 && c->a[1] - 1 < NSIG - 1)
			sh_post(s, (int)c->a[1], SI_USER, (int32_t)cs.mypid);
		break;
	case SYS_write:
		write_signals(s, c, r);
		break;
	case SYS_close:
		if (r == 0 && close_sends_sigio(sig))
			sh_post(s, SIGIO, POLL_IN, 0);
		break;
	case SYS_dup2:
		if (r >= 0 && c->a[1] != c->a[0] && close_sends_sigio(r))
			sh_post(s, SIGIO, POLL_IN, 0);
		break;
	case SYS_fork:
		if (r > 0)
			sh_post(s, SIGCHLD,
				c->cow == COW_KILL ? CLD_KILLED : CLD_EXITED,
				r);
		break;
	case SYS_sigaction:
		if (r == 0 && a->in == A_GOOD)
			set_action(s, sig, &a->v.act);
		break;
	case SYS_sigprocmask:
		if (r == 0 && a->in == A_GOOD)
			s->blocked = new_mask(c->a[0], s->blocked, a->v.set);
		break;
	case SYS_sigsuspend:
		if (r == -EINTR) {
			m->in_suspend = 1;
			m->suspend_saved = s->blocked;
			s->blocked = a->v.set & ALLSIGS & ~UNCATCHABLE;
		}
		break;
	case SYS_sigaltstack:
		if (r == 0 && a->in == A_GOOD &&
		    (a->v.ss.ss_flags & SS_DISABLE))
			s->alt = (struct kstack){0, SS_DISABLE, 0};
		else if (r == 0 && a->in == A_GOOD)
			s->alt = a->v.ss;
		break;
	case SYS_sigreturn:
		if (a->garbage)
			sim_end(m, SIM_DEATH, SIGSEGV);
		else if (r == a->retval)
			s->blocked = a->v.set & ALLSIGS & ~UNCATCHABLE;
		break;
	case SYS_setitimer:
		if (r == 0)
			set_timer(m, c);
		break;
	}
}

/* The results a call may have, where its effects on signals differ. */
static int hypotheses(const struct call *c, int *h)
{
	const struct sfile *f;

	switch (c->nr) {
	case SYS_fork:
		h[0] = 1;
		h[1] = -EAGAIN;
		return 2;
	case SYS_write:
		f = sfile_of((int)c->a[0]);
		h[0] = 0;
		if (f == NULL || f->kind != K_PIPE_W ||
		    c->a[2] - 1 >= 0x7fffffff)
			return 1;
		h[0] = pipe_readers(&cs.pipes[f->pipe]) ? 1 : -EPIPE;
		h[1] = -EFAULT;
		return 2;
	case SYS_close:
		h[0] = sfile_of((int)c->a[0]) ? 0 : -EBADF;
		return 1;
	case SYS_dup2:
		h[0] = sfile_of((int)c->a[0]) && c->a[1] < NOFILE ? (int)c->a[1]
								  : -EBADF;
		return 1;
	default:
		h[0] = c->want == W_ERR ? -c->err : 0;
		return 1;
	}
}

/*
 * Runs the model on each result the call may have. Returns -1 if the
 * call must not be made (the model cannot say what follows, a timer's
 * signal would become unsafe, or it may kill the child and this is not
 * the time), else 0 with c->deadly the signals it may die of.
 */
static int plan_call(struct call *c)
{
	int h[2], n;
	struct sim m;

	c->deadly = 0;
	if (!sig_call(c))
		return 0;
	n = hypotheses(c, h);
	for (int i = 0; i < n; i++) {
		sim_init(&m);
		apply_sig(&m, c, h[i]);
		sim_run(&m);
		if (m.result == SIM_UNPRED)
			return -1;
		if (m.result == SIM_DEATH)
			c->deadly |= SIGBIT(m.sig);
		else if (!state_safe(&m.s))
			return -1;
	}
	if (c->deadly && (cs.anomalies || cs.notes >= NOTE_MAX ||
			  cs.ncalls < cs.deadly_from || !chance(DEADLY_ODDS)))
		return -1;
	return 0;
}

/* Tells the parent which signals the child may die of from this call on. */
static void note_send(uint32_t sigs)
{
	struct note n = {sigs,	    cs.ncalls, 0,      hs.probes,
			 cs.forged, cs.early,  cs.cows};
	struct call c = {.name = "note to the parent"};
	int r;

	for (int sig = 1; sig < NSIG; sig++)
		n.runs += hs.hits[sig];
	cs.notes++;
	/* A timer's signal coming meanwhile makes the write EINTR. */
	while ((r = sys3(SYS_write, NOTEFD, (uint32_t)&n, sizeof(n))) == -EINTR)
		;
	if (r != sizeof(n))
		anomaly(&c, r, "could not write the note");
	if (cfg.verbose)
		logf("fuzz: c%u #%u may die of signals 0x%x", cs.k, cs.ncalls,
		     sigs);
}

/* Reads the kernel's signal state into the shadow (a child's start). */
static void sig_shadow_read(struct sshadow *s)
{
	memset(s, 0, sizeof(*s));
	for (int sig = 1; sig < NSIG; sig++)
		sys3(SYS_sigaction, (uint32_t)sig, 0, (uint32_t)&s->act[sig]);
	sys3(SYS_sigprocmask, SIG_BLOCK, 0, (uint32_t)&s->blocked);
	sys3(SYS_sigaltstack, 0, (uint32_t)&s->alt, 0);
	sys3(SYS_sigpending, (uint32_t)&s->pending, 0, 0);
}

/* The tick arithmetic behind an itimerval the kernel gave back. */
static void check_itimer(const struct call *c, int r, int w,
			 const struct kitimerval *v)
{
	const struct sshadow *s = &cs.sg;
	uint32_t value, most;

	if (!sane_timeval(&v->it_value) || !sane_timeval(&v->it_interval)) {
		anomaly(c, r, "the itimerval is not in whole ticks");
		return;
	}
	value = timeval_ticks(&v->it_value);
	most = s->timer[w].value_t > s->timer[w].interval_t
		       ? s->timer[w].value_t
		       : s->timer[w].interval_t;
	char why[120];

	if (timeval_ticks(&v->it_interval) != s->timer[w].interval_t) {
		snprintf(why, sizeof(why),
			 "the timer's interval is %u ticks, it was set to %u",
			 timeval_ticks(&v->it_interval),
			 s->timer[w].interval_t);
		anomaly(c, r, why);
	}
	if (!s->timer[w].armed && value != 0)
		anomaly(c, r, "a stopped timer has time left");
	if (value > most) {
		snprintf(why, sizeof(why),
			 "the timer has %u ticks left, it was set to %u", value,
			 most);
		anomaly(c, r, why);
	}
}

/* Checks what a signal call wrote against the shadow from before it. */
static void check_sig_out(const struct call *c, int r)
{
	const struct sshadow *s = &cs.sg;
	const void *out = (const void *)c->sa.outp;
	uint32_t live = live_sigs(s), v;
	int sig = (int)c->a[0];

	if (c->sa.out != A_GOOD || r < 0)
		return;
	switch (c->nr) {
	case SYS_sigaction:
		if (memcmp(out, &s->act[sig], sizeof(s->act[0])) != 0)
			anomaly(c, r, "the old action differs from the shadow");
		break;
	case SYS_sigprocmask:
		if (*(const uint32_t *)out != s->blocked)
			anomaly(c, r, "the old mask differs from the shadow");
		break;
	case SYS_sigpending:
		v = *(const uint32_t *)out;
		if ((v & ~live) != (s->pending & s->blocked & ~live))
			anomaly(c, (int)v,
				"the pending set differs from the "
				"shadow");
		break;
	case SYS_sigaltstack:
		if (memcmp(out, &s->alt, sizeof(s->alt)) != 0)
			anomaly(c, r,
				"the old alternate stack differs from the "
				"shadow");
		break;
	case SYS_setitimer:
	case SYS_getitimer:
		if (sig == ITIMER_REAL || sig == ITIMER_VIRTUAL)
			check_itimer(c, r, sig, out);
		break;
	}
}

/* What sigpending and getitimer tell about the timers' signals. */
static void learn_timers(const struct call *c, int r)
{
	struct sshadow *s = &cs.sg;
	const struct kitimerval *v = (const void *)c->sa.outp;
	uint32_t w = c->a[0], got;

	if (c->nr == SYS_getitimer && r == 0 && c->sa.out == A_GOOD &&
	    v->it_value.tv_sec == 0 && v->it_value.tv_usec == 0) {
		int sig = w ? SIGVTALRM : SIGALRM;
		if (s->timer[w].armed && (s->blocked & SIGBIT(sig))) {
			s->unk |= SIGBIT(sig);
			s->info[sig].code = CODE_UNKNOWN;
		}
		s->timer[w].armed = s->timer[w].periodic = 0;
	}
	if (c->nr == SYS_sigpending && r == 0 && c->sa.out == A_GOOD) {
		got = *(const uint32_t *)c->sa.outp;
		s->pending |= got & s->unk & s->blocked;
		if (!s->timer[0].armed)
			s->unk &= ~SIGBIT(SIGALRM);
		if (!s->timer[1].armed)
			s->unk &= ~SIGBIT(SIGVTALRM);
	}
	/* Unblocked, a pending one was delivered: only the timer is left. */
	s->unk &= s->blocked;
}

/* Reports what a handler found wrong since the last check. */
static void check_handlers(const struct call *c, int r)
{
	char why[160];

	if (hs.bad == HB_NONE)
		return;
	snprintf(why, sizeof(why), "%s (signal %u, value 0x%x)",
		 hbad_why[hs.bad], hs.bad_sig, hs.bad_val);
	hs.bad = HB_NONE;
	anomaly(c, r, why);
}

/* The handler runs, masks and stacks the model expected from this call. */
static void check_runs(const struct call *c, int r, const struct sim *m,
		       const uint32_t *before, uint32_t live)
{
	char why[120];

	for (int sig = 1; sig < NSIG; sig++) {
		uint32_t got = hs.hits[sig] - before[sig];
		if ((live & SIGBIT(sig)) || got == m->hits[sig])
			continue;
		snprintf(why, sizeof(why),
			 "%s's handler ran %u times, the model says %u",
			 sname(sig), got, m->hits[sig]);
		anomaly(c, r, why);
	}
	if (m->takes != 1 || live)
		return;
	for (int sig = 1; sig < NSIG; sig++) {
		if (m->hits[sig] != 1)
			continue;
		if (hs.seen[sig].mask != m->mask[sig])
			anomaly(c, (int)hs.seen[sig].mask,
				"the handler's saved mask is not the one "
				"before it");
		if (hs.seen[sig].onalt != m->onalt[sig])
			anomaly(c, hs.seen[sig].onalt,
				m->onalt[sig]
					? "the handler did not run on the "
					  "alternate stack"
					: "the handler ran on the "
					  "alternate stack");
		if (m->s.info[sig].code != CODE_UNKNOWN &&
		    (hs.seen[sig].code != m->s.info[sig].code ||
		     hs.seen[sig].pid != m->s.info[sig].pid))
			anomaly(c, hs.seen[sig].code,
				"si_code or si_pid is not the sender's");
	}
}

/*
 * After a call: what it wrote, then the model from the shadow to what the
 * kernel must have done (deliveries, the handlers' runs), which becomes
 * the new shadow. The child is alive, so a death the model predicts is an
 * anomaly too.
 */
static void sig_after(const struct call *c, int r, const uint32_t *before)
{
	uint32_t live = live_sigs(&cs.sg);
	struct sim m;

	if (!sig_call(c)) {
		check_handlers(c, r);
		return;
	}
	check_sig_out(c, r);
	sim_init(&m);
	apply_sig(&m, c, r);
	sim_run(&m);
	if (m.result != SIM_OK) {
		anomaly(c, r,
			m.result == SIM_DEATH ? "the child should have died of "
						"a signal"
					      : "the model cannot follow what "
						"the kernel did");
		sig_shadow_read(&cs.sg);
		memcpy(cs.sg.timer, m.s.timer, sizeof(m.s.timer));
	} else {
		check_runs(c, r, &m, before, live | live_sigs(&m.s));
		cs.sg = m.s;
	}
	learn_timers(c, r);
	check_handlers(c, r);
}

/* A forged sigreturn came back: eflags as asked, less what ring 3 may not
 * have (IOPL, NT, VM), with interrupts on. */
static void check_sigreturn_flags(const struct call *c, int r)
{
	uint32_t want = (c->sa.eflags &
			 (FL_CF | FL_PF | FL_AF | FL_ZF | FL_SF | FL_OF)) |
			FL_IF | FL_RESERVED;

	char why[100];

	if (c->nr != SYS_sigreturn || c->sa.garbage || r != c->sa.retval)
		return;
	cs.forged++;
	if (rc.fl == want)
		return;
	snprintf(why, sizeof(why),
		 "eflags 0x%x after sigreturn, expected 0x%x (given 0x%x)",
		 rc.fl, want, c->sa.eflags);
	anomaly(c, r, why);
}

/*
 * setitimer armed a timer whose signal kills: wait for it. Returns only if
 * the child survived, which is an anomaly.
 */
static void wait_for_timer(const struct call *c, int r)
{
	uint32_t t0;

	if (c->sa.then == THEN_SUSPEND) {
		sys3(SYS_sigsuspend, (uint32_t)&c->sa.mask, 0, 0);
		anomaly(c, r,
			"sigsuspend returned: the timer's signal should "
			"have killed the child");
		return;
	}
	t0 = (uint32_t)sys3(SYS_uptime, 0, 0, 0);
	while ((uint32_t)sys3(SYS_uptime, 0, 0, 0) - t0 < 5000)
		for (volatile int i = 0; i < 100000; i++)
			;
	anomaly(c, r,
		"5 s in user mode and the virtual timer's signal has "
		"not killed the child");
}

/* Disarms both interval timers. */
static void stop_timers(void)
{
	struct kitimerval zero;

	memset(&zero, 0, sizeof(zero));
	sys3(SYS_setitimer, ITIMER_REAL, (uint32_t)&zero, 0);
	sys3(SYS_setitimer, ITIMER_VIRTUAL, (uint32_t)&zero, 0);
}

/*
 * setitimer armed a timer whose signal must kill the child, which waited
 * for it and came back: an anomaly (wait_for_timer reported it). The
 * timers stop and the shadow is read again, so the batch can go on.
 */
static void timer_survived(const struct call *c, int r)
{
	wait_for_timer(c, r);
	stop_timers();
	sig_shadow_read(&cs.sg);
}

/* ---- The calls: each fills in arguments that cannot wreck the child. */

/*
 * An edge probe for a read from a file: the heap's last n bytes (which
 * must work), or those and the first byte past the break's page (which
 * must give EFAULT).
 */
static void edge_probe(struct call *c, uint32_t *p, uint32_t *n)
{
	uint32_t edge = heap_edge(), len = 1 + below(chance(2) ? 8 : 6000);

	if (edge < cfg.arena + len)
		return; /* the heap has shrunk below the arena */
	c->probe = 1 + below(2);
	*p = edge - len;
	*n = len + (c->probe == 2);
}

static void gen_read(struct call *c)
{
	int fd = gen_fd();
	struct sfile *f = sfile_of(fd);
	uint32_t n = gen_len(), p = gen_ptr();

	int kind = f ? f->kind : K_NONE;

	if (kind == K_FILE && chance(4))
		edge_probe(c, &p, &n);
	/* Reading the console (or an empty pipe that this process itself
	 * could write, unless O_NONBLOCK) with a good buffer would block for
	 * ever. */
	if (n > 0 && n <= 0x7fffffff && f && f->readable &&
	    (kind == K_CONSOLE ||
	     (kind == K_PIPE_R && cs.pipes[f->pipe].buffered == 0 &&
	      pipe_writers(&cs.pipes[f->pipe]) && !f->nonblock)))
		p = KERNEL_PTR, c->probe = 0;
	if (c->probe == 0)
		p = guard_out(p, &n);
	c->a[0] = (uint32_t)fd;
	c->a[1] = p;
	c->a[2] = n;
	if (p >= USER_TOP && n > 0)
		c->want = W_FAIL;
}

static void gen_write(struct call *c)
{
	int fd = gen_fd();
	struct sfile *f = sfile_of(fd);
	uint32_t n = gen_len(), p = gen_ptr();

	if (n > 0 && n <= 0x7fffffff && f && f->writable) {
		struct spipe *pi = f->pipe >= 0 ? &cs.pipes[f->pipe] : NULL;
		/* Bytes on the console would mix with the test's output. */
		if (f->kind == K_CONSOLE)
			p = KERNEL_PTR;
		/* A pipe this process reads: more than fits would block. */
		else if (pi && pipe_readers(pi) &&
			 n > (uint32_t)(PIPESIZE - pi->buffered)) {
			if (chance(2) && pi->buffered < PIPESIZE)
				n = (uint32_t)(PIPESIZE - pi->buffered);
			else
				p = KERNEL_PTR;
		}
	}
	c->a[0] = (uint32_t)fd;
	c->a[1] = p;
	c->a[2] = n;
	if (p >= USER_TOP && n > 0)
		c->want = W_FAIL;
}

static void gen_open(struct call *c)
{
	static const uint32_t flags[] = {0,    0,     0,     1,	   2,	      3,
					 0x40, 0x200, 0x241, 0x80, 0xffffffff};

	c->a[0] = gen_path();
	c->a[1] = chance(2)   ? 0
		  : chance(4) ? gen_int()
			      : flags[below(sizeof(flags) / 4)];
	if (c->a[0] >= USER_TOP)
		c->want = W_FAIL;
}

/* close, dup, dup2: any descriptor but the child's console. */
static void gen_fds(struct call *c)
{
	c->a[0] = (uint32_t)gen_fd();
	c->a[1] = (uint32_t)gen_fd();
}

static void gen_pipe(struct call *c)
{
	c->a[0] = out_ptr(8);
	if (c->a[0] >= USER_TOP)
		c->want = W_FAIL;
}

/*
 * sbrk: mostly small steps either way. Huge requests make the kernel map
 * every free frame before it fails, which is slow under TCG: rare.
 */
static void gen_sbrk(struct call *c)
{
	static const uint32_t huge[] = {0x7fffffff, 0x40000000, 0x10000000,
					0x80000000, 0xc0000000};
	uint32_t heap = cs.brk - cfg.arena;
	int32_t v;

	switch (below(10)) {
	case 0:
		v = 0;
		break;
	case 1:
	case 2:
		v = (int32_t)below(PAGE + 1) * (chance(2) ? 1 : -1);
		break;
	case 3:
	case 4:
		v = (int32_t)(below(16) * PAGE) * (chance(2) ? 1 : -1);
		break;
	case 5:
		v = (int32_t)(cfg.arena - cs.brk) - (int32_t)below(2);
		break;
	case 6:
		v = heap > (8u << 20) ? -(int32_t)(heap / 2)
				      : (int32_t)(below(4) << 20);
		break;
	case 7:
		v = chance(20) ? (int32_t)huge[below(5)]
			       : -(int32_t)(gen_int() & 0x7fffffff);
		break;
	default:
		v = (int32_t)gen_int() % (64 * PAGE);
		break;
	}
	c->a[0] = (uint32_t)v;
}

static void gen_waitpid(struct call *c)
{
	static const uint32_t opts[] = {0, 1, 2, 3, 0xffffffff, 0x100};

	c->a[0] = chance(2) ? gen_int() : (uint32_t)-1;
	c->a[1] = chance(4) ? 0 : out_ptr(4);
	c->a[2] = opts[below(sizeof(opts) / 4)];
	c->want = W_FAIL; /* the child has no children when it asks */
}

/* Any signal number: real ones, 0, and out of range. */
static uint32_t gen_sig(void)
{
	static const uint32_t v[] = {0,	 0,  1,	 2,  9,	 11,   15,	  17,
				     31, 32, 33, 64, -1, 1000, 0x80000000};

	return v[below(sizeof(v) / 4)];
}

/*
 * kill may only hit: the child itself (any signal but SIGSTOP, which
 * would leave it stopped with nobody to continue it; the model says what
 * each must do, and a stopping SIGTSTP, SIGTTIN or SIGTTOU is not sent),
 * pids that cannot exist, init (which the kernel must refuse), or anyone
 * with signal 0. kill(-1), kill(0) and groups with a real signal would
 * kill the fuzzer's parent.
 */
static void gen_kill(struct call *c)
{
	static const uint32_t nobody[] = {0x40000000, 0x7fffffff, 0x12345678,
					  1000000};
	uint32_t sig = gen_sig();

	switch (below(5)) {
	case 0:
		c->a[0] = cs.mypid;
		if (chance(2))
			sig = 1 + below(NSIG - 1);
		if (sig == SIGSTOP)
			sig = 0;
		c->want = W_ERR;
		c->err = sig < NSIG ? 0 : EINVAL;
		break;
	case 1:
		c->a[0] = nobody[below(4)];
		c->want = W_FAIL;
		break;
	case 2:
		c->a[0] = 1;
		c->want = W_FAIL;
		break;
	default:
		c->a[0] = chance(2) ? gen_int() : cfg.ppid;
		sig = 0;
		break;
	}
	c->a[1] = sig;
}

/* fork takes no argument: a random one goes on the stack anyway. */
static void gen_fork(struct call *c)
{
	c->a[0] = rnd();
}

/* A fork whose grandchild probes the memory it shares (see cow_probe). */
static void gen_cow(struct call *c)
{
	c->a[0] = rnd();
	c->cow = 1 + (int)below(NCOW - 1);
}

/*
 * raise: kill(getpid(), sig), mostly for a signal that has a handler or
 * is blocked, so that the handler path runs often; the model says what
 * each must do. Never SIGSTOP (see gen_kill).
 */
static void gen_raise(struct call *c)
{
	uint32_t sig = 1 + below(NSIG - 1);

	for (int tries = 0; tries < 24; tries++) {
		enum hkind k = handler_kind(cs.sg.act[sig].handler);
		int blocked = (cs.sg.blocked & SIGBIT(sig)) != 0;
		if ((k == HK_COUNT || (k == HK_NOP && tries >= 8)) &&
		    (!blocked || tries >= 16))
			break;
		if (blocked && tries >= 16)
			break;
		sig = 1 + below(NSIG - 1);
	}
	c->a[0] = cs.mypid;
	c->a[1] = sig == SIGSTOP ? 0 : sig;
	c->want = W_ERR;
	c->err = 0;
}

/* usleep: at most 10 ms (one tick at 100 Hz); longer would only wait. */
static void gen_usleep(struct call *c)
{
	c->a[0] = chance(2) ? 0 : gen_int() % 10001;
}

/* An argv that certainly fails: a bad pointer, a bad entry, or too big. */
static uint32_t gen_bad_argv(void)
{
	static const uint32_t bad[] = {KERNEL_PTR, 0xfffffffc, 0x40000000,
				       0xc0000000};

	switch (below(4)) {
	case 0:
		return (uint32_t)argv_badptr;
	case 1:
		return (uint32_t)argv_many;
	case 2:
		return (uint32_t)argv_big;
	default:
		return bad[below(4)];
	}
}

/*
 * execve in mid-batch must fail, or the child would be replaced: either a
 * path that cannot run (a bad pointer, a missing file, a file in /bad/
 * or one that is not ELF), or /bin/hello with an argv or envp that
 * cannot be copied. A bad path with a good argv must give ENOENT or ENOEXEC.
 */
static void gen_execv(struct call *c)
{
	static const uint32_t badp[] = {KERNEL_PTR, 0xffffffff, 0x40000000};
	uint32_t n = sizeof(bad_exec_paths) / sizeof(bad_exec_paths[0]);
	const char *path;

	c->want = W_FAIL;
	c->a[2] = 0; /* execve's envp: NULL is an empty environment */
	switch (below(4)) {
	case 0:
		c->a[0] = badp[below(3)];
		c->a[1] = chance(2) ? (uint32_t)argv_ok : gen_ptr();
		return;
	case 1:
		/* A vector that cannot be copied, as argv or as envp. */
		c->a[0] = (uint32_t) "/bin/hello";
		c->a[1] = gen_bad_argv();
		if (chance(2)) {
			c->a[2] = c->a[1];
			c->a[1] = (uint32_t)argv_ok;
		}
		return;
	case 2:
		c->a[0] = (uint32_t)longpath + below(40);
		c->a[1] = (uint32_t)argv_ok;
		return;
	default:
		path = bad_exec_paths[below(n)];
		c->a[0] = (uint32_t)path;
		c->a[1] = chance(4) ? gen_bad_argv() : (uint32_t)argv_ok;
		if (c->a[1] == (uint32_t)argv_ok &&
		    strncmp(path, "/bad/", 5) == 0) {
			c->want = W_ERR;
			c->err = 8; /* ENOEXEC: each breaks one ELF rule */
		}
	}
}

static void gen_sysinfo(struct call *c)
{
	uint32_t size = c->nr == SYS_procinfo ? sizeof(struct procinfo)
			: c->nr == SYS_initrd_readdir
				? sizeof(struct initrd_dirent)
				: sizeof(struct meminfo);
	uint32_t p = out_ptr(size);

	if (c->nr == SYS_meminfo) {
		c->a[0] = p;
	} else {
		c->a[0] = chance(2) ? below(NOFILE * 4) : gen_int();
		c->a[1] = p;
	}
	if (p >= USER_TOP)
		c->want = W_FAIL;
}

static void gen_misc(struct call *c)
{
	c->a[0] = chance(2) ? gen_int() : gen_ptr();
	c->a[1] = chance(3) ? cs.mypid : gen_int();
	c->a[2] = gen_int();
	if (c->nr == SYS_halt && cfg.root) {
		c->nr = SYS_getpid; /* root's halt would power off */
		c->name = "getpid";
	} else if (c->nr == SYS_halt) {
		c->want = W_ERR;
		c->err = 1; /* EPERM: only root may power off */
	} else if (c->nr == SYS_vtop && c->a[0] >= USER_TOP) {
		c->want = W_ERR;
		c->err = 14; /* EFAULT */
	} else if (c->nr == SYS_tcsetpgrp) {
		c->a[0] = (uint32_t)gen_fd();
	}
}

/*
 * ---- The file calls (issue 14): descriptors and paths. With the
 * read-only initrd as the root, every call that would change the tree
 * must fail; a disk root is never changed (the fuzzer's model of which
 * paths open would no longer hold), so those calls are not made there.
 */

/* lseek, ftruncate, fsync, fstat, getdents: any descriptor. */
static void gen_fdcall(struct call *c)
{
	static const uint32_t whence[] = {0, 1, 2, 3, 0xffffffff};
	uint32_t n, p;

	c->a[0] = (uint32_t)gen_fd();
	switch (c->nr) {
	case SYS_lseek:
		c->a[1] = chance(2) ? below(64) : gen_int();
		c->a[2] = whence[below(sizeof(whence) / 4)];
		break;
	case SYS_ftruncate:
		if (cfg.disk)
			c->a[0] = 0xffffffff; /* never a real file */
		c->a[1] = gen_int();
		c->want = W_FAIL; /* nothing the fuzzer opens may shrink */
		break;
	case SYS_fstat:
		c->a[1] = out_ptr(sizeof(struct stat));
		if (c->a[1] >= USER_TOP)
			c->want = W_FAIL;
		break;
	case SYS_getdents:
		/* A "negative" length is no error here: the kernel writes
		 * what fits, so the buffer must be good for all of it. */
		n = gen_len();
		p = n > 0x7fffffff ? out_ptr(BSSBUF_SIZE)
				   : guard_out(gen_ptr(), &n);
		c->a[1] = p;
		c->a[2] = n;
		break;
	}
}

/* The calls that change the tree: they must fail on the initrd. */
static void gen_change(struct call *c)
{
	c->a[0] = gen_path();
	c->a[1] = c->nr == SYS_link || c->nr == SYS_rename ? gen_path()
		  : chance(2)				   ? 0755
							   : gen_int();
	if (cfg.disk)
		c->a[0] = (uint32_t) "/nonexistent/x"; /* see above */
	c->want = W_FAIL;
}

/* stat, lstat, statfs, chdir, __getcwd, umask, __sync, clock_gettime,
 * intrinfo: the calls that only look (chdir is undone at once). */
static void gen_look(struct call *c)
{
	uint32_t size = c->nr == SYS_statfs	     ? sizeof(struct kstatfs)
			: c->nr == SYS_clock_gettime ? 8
			: c->nr == SYS_intrinfo	     ? sizeof(struct intrinfo)
						     : sizeof(struct stat);

	switch (c->nr) {
	case SYS_umask:
		c->a[0] = chance(2) ? 022 : gen_int();
		return;
	case SYS_getcwd:
		/* The path written is short, but any length is taken: the
		 * pointer must be good for a whole path. */
		c->a[0] = out_ptr(256);
		c->a[1] = gen_len();
		return;
	case SYS_clock_gettime:
	case SYS_intrinfo:
		c->a[0] = chance(2) ? below(3) : gen_int();
		c->a[1] = out_ptr(size);
		if (c->a[1] >= USER_TOP)
			c->want = W_FAIL;
		return;
	case SYS_sync:
	case SYS_chdir:
		c->a[0] = gen_path();
		return;
	}
	c->a[0] = gen_path();
	c->a[1] = out_ptr(size);
	if (c->a[1] >= USER_TOP)
		c->want = W_FAIL;
}

/* Numbers the kernel does not have: it must answer ENOSYS. */
static void gen_nosys(struct call *c)
{
	static const uint32_t v[] = {0,		 SYS_MAX + 1, SYS_MAX + 2,
				     0x7fffffff, 0x80000000,  0xffffffff,
				     0xfffffffe, 256,	      1000};

	c->nr = chance(3) ? SYS_MAX + 1 + below(300) : v[below(9)];
	c->name = "nosys";
	c->a[0] = gen_int();
	c->a[1] = gen_ptr();
	c->a[2] = gen_len();
	c->want = W_ERR;
	c->err = 38; /* ENOSYS */
}

/* The calls fuzzed in mid-batch, with weights. _exit is an ending only. */
static const struct {
	uint32_t nr;
	const char *name;
	void (*gen)(struct call *c);
	uint32_t weight;
} calls[] = {
	{SYS_read, "read", gen_read, 10},
	{SYS_write, "write", gen_write, 10},
	{SYS_open, "open", gen_open, 8},
	{SYS_close, "close", gen_fds, 8},
	{SYS_dup, "dup", gen_fds, 4},
	{SYS_dup2, "dup2", gen_fds, 4},
	{SYS_pipe, "pipe", gen_pipe, 5},
	{SYS_sbrk, "sbrk", gen_sbrk, 6},
	{SYS_execve, "execve", gen_execv, 3},
	{SYS_waitpid, "waitpid", gen_waitpid, 3},
	{SYS_fork, "fork", gen_fork, 2},
	{SYS_fork, "cow", gen_cow, 3},
	{SYS_kill, "kill", gen_kill, 4},
	{SYS_kill, "raise", gen_raise, 6},
	{SYS_usleep, "usleep", gen_usleep, 1},
	{SYS_getpid, "getpid", gen_misc, 1},
	{SYS_getppid, "getppid", gen_misc, 1},
	{SYS_uptime, "uptime", gen_misc, 1},
	{SYS_procinfo, "procinfo", gen_sysinfo, 3},
	{SYS_initrd_readdir, "initrd_readdir", gen_sysinfo, 3},
	{SYS_meminfo, "meminfo", gen_sysinfo, 2},
	{SYS_halt, "halt", gen_misc, 1},
	{SYS_setpgid, "setpgid", gen_misc, 2},
	{SYS_tcsetpgrp, "tcsetpgrp", gen_misc, 2},
	{SYS_vtop, "vtop", gen_misc, 3},
	{SYS_sigaction, "sigaction", gen_sigaction, 8},
	{SYS_sigprocmask, "sigprocmask", gen_sigprocmask, 4},
	{SYS_sigpending, "sigpending", gen_sigpending, 2},
	{SYS_sigsuspend, "sigsuspend", gen_sigsuspend, 2},
	{SYS_sigaltstack, "sigaltstack", gen_sigaltstack, 3},
	{SYS_sigreturn, "__sigreturn", gen_sigreturn, 1},
	{SYS_setitimer, "setitimer", gen_setitimer, 3},
	{SYS_getitimer, "getitimer", gen_getitimer, 2},
	{SYS_nanosleep, "nanosleep", gen_nanosleep, 1},
	{SYS_fcntl, "fcntl", gen_fcntl, 4},
	{SYS_lseek, "lseek", gen_fdcall, 3},
	{SYS_ftruncate, "ftruncate", gen_fdcall, 1},
	{SYS_fsync, "fsync", gen_fdcall, 1},
	{SYS_fstat, "fstat", gen_fdcall, 2},
	{SYS_getdents, "getdents", gen_fdcall, 2},
	{SYS_stat, "stat", gen_look, 2},
	{SYS_lstat, "lstat", gen_look, 1},
	{SYS_statfs, "statfs", gen_look, 1},
	{SYS_chdir, "chdir", gen_look, 1},
	{SYS_getcwd, "__getcwd", gen_look, 1},
	{SYS_umask, "umask", gen_look, 1},
	{SYS_sync, "__sync", gen_look, 1},
	{SYS_clock_gettime, "clock_gettime", gen_look, 1},
	{SYS_intrinfo, "intrinfo", gen_look, 1},
	{SYS_unlink, "unlink", gen_change, 1},
	{SYS_link, "link", gen_change, 1},
	{SYS_rename, "rename", gen_change, 1},
	{SYS_mkdir, "mkdir", gen_change, 1},
	{SYS_rmdir, "rmdir", gen_change, 1},
	{SYS_chmod, "chmod", gen_change, 1},
	{0, "nosys", gen_nosys, 6},
};
#define NCALLS (sizeof(calls) / sizeof(calls[0]))

static void gen_one(struct call *c)
{
	uint32_t total = 0, pick;
	uint32_t i;

	memset(c, 0, sizeof(*c));
	for (i = 0; i < NCALLS; i++)
		total += calls[i].weight;
	pick = below(total);
	for (i = 0; pick >= calls[i].weight; i++)
		pick -= calls[i].weight;
	c->nr = calls[i].nr;
	c->name = calls[i].name;
	if (calls[i].gen)
		calls[i].gen(c);
}

/* A call whose signal consequences the model can tell (see plan_call). */
static void gen_call(struct call *c)
{
	for (int tries = 0; tries < 50; tries++) {
		gen_one(c);
		if (plan_call(c) == 0)
			return;
	}
	memset(c, 0, sizeof(*c));
	c->nr = SYS_getpid;
	c->name = "getpid";
}

/* ---- Making a call and checking the answer. */

/* Loads random values into the registers the kernel must preserve. */
static void random_regs(void)
{
	for (int i = 0; i < 5; i++)
		rc.in[i] = rnd();
}

static int known_errno(int r)
{
	static const int known[] = {1,	2,  3,	4,  5,	7,  8,	9,  10, 11,
				    12, 13, 14, 16, 17, 20, 21, 22, 23, 24,
				    25, 27, 28, 29, 30, 32, 34, 36, 38};

	for (unsigned i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (r == -known[i])
			return 1;
	return 0;
}

/* ebx..edi must come back as they went in, whatever the call did. */
static void check_regs(const struct call *c, int r)
{
	char why[80];

	for (int i = 0; i < 5; i++)
		if (rc.out[i] != rc.in[i]) {
			snprintf(why, sizeof(why),
				 "register %d changed: 0x%x -> 0x%x", i,
				 rc.in[i], rc.out[i]);
			anomaly(c, r, why);
		}
}

static void check_result(const struct call *c, int r)
{
	char why[80];

	check_regs(c, r);
	/* F_GETOWN's answer may be a group: -pgid. */
	if (r < 0 && !known_errno(r) &&
	    !(c->nr == SYS_fcntl && c->a[1] == F_GETOWN))
		anomaly(c, r, "not a known errno");
	if ((c->nr == SYS_read || c->nr == SYS_write) && r > 0 &&
	    (uint32_t)r > c->a[2])
		anomaly(c, r, "moved more bytes than asked for");
	if (c->want == W_FAIL && r >= 0)
		anomaly(c, r, "must fail");
	if (c->want == W_ERR && r != -c->err) {
		snprintf(why, sizeof(why), "expected -%d", c->err);
		anomaly(c, r, why);
	}
	/* EISDIR (a directory opened from the path list) comes before
	 * the buffer is looked at: it says nothing about the memory. */
	if (c->probe == 1 && r == -EFAULT)
		anomaly(c, r, "the heap's last bytes are good memory");
	if (c->probe == 2 && r != -EFAULT && r != -EISDIR)
		anomaly(c, r, "one byte past the heap's edge must be EFAULT");
}

/* Updates the shadow of descriptors, pipes and the break. */
static void post_fds(const struct call *c, int r)
{
	int want;

	switch (c->nr) {
	case SYS_close:
		if ((r == 0) != (sfile_of((int)c->a[0]) != NULL))
			anomaly(c, r, "close disagrees with the open fds");
		if (r == 0)
			shadow_close((int)c->a[0]);
		break;
	case SYS_dup:
		want = !sfile_of((int)c->a[0]) ? -9  /* EBADF */
		       : lowest_free_fd(0) < 0 ? -24 /* EMFILE */
					       : lowest_free_fd(0);
		if (r != want)
			anomaly_fd(c, r, "dup: not the lowest free fd", want);
		if (r >= 0 && r < NFUZZFD)
			shadow_dup((int)c->a[0], r);
		break;
	case SYS_dup2:
		want = sfile_of((int)c->a[0]) && c->a[1] < NOFILE ? (int)c->a[1]
								  : -9;
		if (r != want)
			anomaly(c, r, "dup2 disagrees with the open fds");
		if (r >= 0 && r != (int)c->a[0] && r < NFUZZFD) {
			shadow_close(r);
			shadow_dup((int)c->a[0], r);
		}
		break;
	}
}

static void post_open(const struct call *c, int r)
{
	const char *path = (const char *)c->a[0];
	int want = lowest_free_fd(0), f, mode = (int)(c->a[1] & 3);

	if (r < 0)
		return;
	if (r != want) {
		anomaly_fd(c, r, "open: not the lowest free fd", want);
		if (r >= NFUZZFD)
			return;
	}
	if (strcmp(path, "/dev/console") == 0)
		f = new_file(K_CONSOLE, mode != 1, mode != 0);
	else
		f = new_file(K_FILE, 1, 0);
	cs.fd[r] = f;
}

static void post_pipe(const struct call *c, int r)
{
	const int *fds = (const int *)c->a[0];
	int r0 = lowest_free_fd(0), r1 = r0 < 0 ? -1 : lowest_free_fd(r0 + 1);
	int i, rf, wf;

	if (r < 0) {
		if (r == -24 && r1 >= 0)
			anomaly(c, r, "EMFILE with two free fds");
		return;
	}
	if (fds[0] != r0 || fds[1] != r1) {
		anomaly_fd(c, fds[0] * 100 + fds[1],
			   "pipe: not the two lowest free fds (result "
			   "fds[0]*100+fds[1])",
			   r0 * 100 + r1);
		return;
	}
	for (i = 0; i < MAXPIPES && cs.pipes[i].inuse; i++)
		;
	if (i == MAXPIPES) {
		anomaly(c, r, "fuzz: shadow pipe table full (fuzzer bug)");
		return;
	}
	rf = new_file(K_PIPE_R, 1, 0);
	wf = new_file(K_PIPE_W, 0, 1);
	cs.files[rf].pipe = cs.files[wf].pipe = i;
	cs.pipes[i] = (struct spipe){1, 0, 1, 1};
	cs.fd[r0] = rf;
	cs.fd[r1] = wf;
}

static void post_rw(const struct call *c, int r)
{
	struct sfile *f = sfile_of((int)c->a[0]);
	int mode_ok = f && (c->nr == SYS_read ? f->readable : f->writable);

	if ((r == -9) != (!f || (c->a[2] <= 0x7fffffff && !mode_ok)))
		anomaly(c, r, "EBADF disagrees with the open fds");
	if (c->nr == SYS_read && f && f->kind == K_PIPE_R && f->nonblock &&
	    cs.pipes[f->pipe].buffered == 0 &&
	    pipe_writers(&cs.pipes[f->pipe]) && c->a[2] - 1 < 0x7fffffff &&
	    r != -EAGAIN && r != -EFAULT)
		anomaly(c, r, "an empty O_NONBLOCK pipe must give EAGAIN");

	if (r <= 0 || f == NULL || f->pipe < 0)
		return;
	if (c->nr == SYS_read)
		cs.pipes[f->pipe].buffered -= r;
	else
		cs.pipes[f->pipe].buffered += r;
	if (cs.pipes[f->pipe].buffered < 0 ||
	    cs.pipes[f->pipe].buffered > PIPESIZE)
		anomaly(c, r, "pipe byte count out of range");
}

/* fcntl changed a file's flags or owner (shared by its descriptors). */
static void post_fcntl(const struct call *c, int r)
{
	struct sfile *f = sfile_of((int)c->a[0]);

	if (r != 0 || f == NULL)
		return;
	if (c->a[1] == F_SETFL) {
		f->async = (c->a[2] & O_ASYNC) != 0;
		f->nonblock = (c->a[2] & O_NONBLOCK) != 0;
	} else if (c->a[1] == F_SETOWN) {
		f->owner = (int)c->a[2];
	}
}

/* nanosleep sleeps its whole time unless a timer's signal is taken. */
static void post_nanosleep(const struct call *c, int r)
{
	const struct ktimespec *rem = (const void *)c->sa.outp;
	int live = live_sigs(&cs.sg) != 0;

	if (c->want != W_ANY)
		return;
	if (r != 0 && !(live && (r == -EINTR || r == -EFAULT)))
		anomaly(c, r, "nanosleep must sleep its time");
	if (r == -EINTR && c->sa.out == A_GOOD &&
	    (rem->tv_sec != 0 ||
	     rem->tv_nsec > c->sa.v.ts.tv_nsec + 1000000000 / (int)cfg.hz))
		anomaly(c, r, "more time remaining than was asked for");
}

static void post_call(const struct call *c, int r)
{
	switch (c->nr) {
	case SYS_close:
	case SYS_dup:
	case SYS_dup2:
		post_fds(c, r);
		break;
	case SYS_open:
		post_open(c, r);
		break;
	case SYS_pipe:
		post_pipe(c, r);
		break;
	case SYS_read:
	case SYS_write:
		post_rw(c, r);
		break;
	case SYS_sbrk:
		if (r >= 0 && (uint32_t)r != cs.brk)
			anomaly(c, r, "sbrk: not the old break");
		if (r >= 0)
			cs.brk += c->a[0];
		break;
	case SYS_getpid:
		if ((uint32_t)r != cs.mypid)
			anomaly(c, r, "getpid changed");
		break;
	case SYS_getppid:
		if ((uint32_t)r != cfg.ppid)
			anomaly(c, r, "getppid is not the fuzzer");
		break;
	case SYS_fcntl:
		post_fcntl(c, r);
		break;
	case SYS_nanosleep:
		post_nanosleep(c, r);
		break;
	case SYS_setpgid:
		if (r == 0 && (c->a[0] == 0 || c->a[0] == cs.mypid))
			cs.mypgid_self = c->a[1] == 0 || c->a[1] == cs.mypid;
		break;
	case SYS_chdir:
		/* Relative paths in the list must keep meaning the same. */
		if (r == 0 && sys3(SYS_chdir, (uint32_t) "/", 0, 0) != 0)
			anomaly(c, r, "chdir / failed after a chdir");
		break;
	case SYS_umask:
		sys3(SYS_umask, 022, 0,
		     0); /* so that a later open means the same */
		break;
	}
}

/*
 * ---- Copy on write and the lazy stack: what a "cow" fork probes.
 *
 * Before fork the child writes a value into a few bytes (spots) of the
 * memory fork will share. Then, with the two taking turns through pipes
 * (go: child to grandchild, back: the other way): the child read()s a
 * token into its first spot while the grandchild still shares the page
 * (the kernel's copyout must copy it), the grandchild checks that it
 * sees the values from before fork and none of the child's, then does
 * what c->cow says, and checks its own result once the child has
 * written its values too (before or after the grandchild, at random).
 * The child checks last that its bytes are its own. The tokens wait in
 * the pipe tok: the child's first, then one per spot for the grandchild.
 */

#define NSPOT 4 /* bytes each side writes */

static volatile uint8_t cow_data[NSPOT] = {1, 2, 3, 4}; /* a .data page */

/* The probe's bytes and pipes; fork gives each side its own copy. */
static struct {
	volatile uint8_t *spot[NSPOT];
	uint8_t before[NSPOT]; /* what the child wrote there before fork */
	uint8_t after[NSPOT];  /* what it has there after */
	uint8_t mine[NSPOT];   /* what the grandchild has there after */
	int tok[2], go[2], back[2];
	int pipes; /* the three pipes exist */
	int late;  /* the child writes its values after the grandchild */
} cw;

/* A system call that is run again when a signal cut it short. */
static int sys_again(uint32_t nr, uint32_t a, uint32_t b, uint32_t c)
{
	int r;

	while ((r = sys3(nr, a, b, c)) == -EINTR)
		;
	return r;
}

/* Closes what is left of the probe's pipes (the shadow never knew them). */
static void cow_close(void)
{
	int *fd[] = {cw.tok, cw.go, cw.back};

	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 2; j++)
			if (fd[i][j] >= 0) {
				sys3(SYS_close, (uint32_t)fd[i][j], 0, 0);
				fd[i][j] = -1;
			}
}

/* Passes the turn on through pipe end fd (a byte), or waits for it. */
static void cow_turn(int fd, int give)
{
	uint8_t t = 1;

	if (cw.pipes)
		sys_again(give ? SYS_write : SYS_read, (uint32_t)fd,
			  (uint32_t)&t, 1);
}

/*
 * Before fork: picks the spots where no signal frame can land (the
 * arena, the bss and stack buffers; else .data), writes a value into
 * each, and makes the pipes with the tokens in tok. Without free
 * descriptors the probe runs without pipes, and without turns.
 */
static void cow_before(void)
{
	for (int i = 0; i < NSPOT; i++) {
		uint32_t p = scratch(1, NULL);
		cw.spot[i] = p ? (volatile uint8_t *)p : &cow_data[i];
		for (int j = 0; j < i; j++)
			if (cw.spot[i] == cw.spot[j])
				cw.spot[i] = &cow_data[i];
		cw.before[i] = (uint8_t)rnd();
		cw.after[i] = cw.before[i] ^ 0x3c;
		cw.mine[i] = cw.before[i] ^ 0x77;
	}
	for (int i = 0; i < NSPOT; i++)
		*cw.spot[i] = cw.before[i];
	cw.late = (int)below(2);
	cw.tok[0] = cw.tok[1] = cw.go[0] = cw.go[1] = -1;
	cw.back[0] = cw.back[1] = -1;
	cw.pipes = sys3(SYS_pipe, (uint32_t)cw.tok, 0, 0) == 0 &&
		   sys3(SYS_pipe, (uint32_t)cw.go, 0, 0) == 0 &&
		   sys3(SYS_pipe, (uint32_t)cw.back, 0, 0) == 0;
	if (!cw.pipes) {
		cow_close();
		return;
	}
	sys_again(SYS_write, (uint32_t)cw.tok[1], (uint32_t)&cw.after[0], 1);
	for (int i = 0; i < NSPOT; i++)
		sys_again(SYS_write, (uint32_t)cw.tok[1], (uint32_t)&cw.mine[i],
			  1);
}

/* The grandchild's stack pointer, to stay clear of its live frames. */
static uint32_t cow_esp(void)
{
	uint32_t sp;

	__asm__ volatile("movl %%esp, %0" : "=r"(sp));
	return sp;
}

/*
 * Touches two bytes of the stack far below the grandchild's frames, on
 * pages it has probably never touched (under paging not mapped yet):
 * one by hand, one by read(). Nothing else writes there: no signal
 * comes to the grandchild. Returns 0 or the number of a failed check.
 */
static int cow_stack(void)
{
	uint32_t lo = cfg.stack_lo, hi = cow_esp() - 1024;
	volatile uint8_t *a = (volatile uint8_t *)(lo + below(hi - lo));
	volatile uint8_t *b = (volatile uint8_t *)(lo + below(hi - lo));
	uint8_t v = (uint8_t)rnd();

	if (a == b)
		b = a + 1;
	*a = v;
	if (*a != v)
		return 20;
	if (cw.pipes &&
	    (sys_again(SYS_read, (uint32_t)cw.tok[0], (uint32_t)b, 1) != 1 ||
	     *b != cw.mine[0]))
		return 21;
	return *a == v ? 0 : 22;
}

/* Writes every page of the arena and the bss buffer, for ever. */
__attribute__((noreturn)) static void cow_scribble(void)
{
	uint32_t top =
		heap_edge() < cfg.arena_end ? heap_edge() : cfg.arena_end;

	for (int pass = 0;; pass++) {
		for (uint32_t p = cfg.arena; p < top; p += PAGE)
			(*(volatile uint8_t *)p)++;
		for (uint32_t p = 0; p < BSSBUF_SIZE; p += PAGE)
			bssbuf[p]++;
		if (pass > 0)
			continue;
		/* The first pass made the faults: now the child may kill. */
		if (cw.pipes)
			cow_turn(cw.back[1], 1);
		else
			sys3(SYS_kill, (uint32_t)sys3(SYS_getpid, 0, 0, 0),
			     SIGKILL, 0);
	}
}

/* The grandchild's own part: 0, or the number of a failed check. */
static int cow_act(const struct call *c)
{
	char *hello_argv[] = {"hello", NULL};
	int r;

	switch (c->cow) {
	case COW_WRITE:
		for (int i = 0; i < NSPOT; i++)
			*cw.spot[i] = cw.mine[i];
		return 0;
	case COW_READ:
		for (int i = 0; i < NSPOT; i++)
			if (!cw.pipes)
				*cw.spot[i] = cw.mine[i];
			else if (sys_again(SYS_read, (uint32_t)cw.tok[0],
					   (uint32_t)cw.spot[i], 1) != 1)
				return 30;
		return 0;
	case COW_EXEC:
		*cw.spot[0] = cw.mine[0];
		sys3(SYS_close, 1, 0, 0); /* hello's greeting goes nowhere */
		r = sys3(SYS_execve, (uint32_t) "/bin/hello",
			 (uint32_t)hello_argv, 0);
		return r == -ENOMEM ? STATUS_NOEX : 40;
	case COW_STACK:
		return cow_stack();
	default:
		cow_scribble();
	}
}

/*
 * The grandchild: it must see what the child wrote before fork and
 * nothing the child wrote after; then it does what c->cow says, and
 * (after writing or reading) sees its own values once the child has
 * written its too. Exits with 0, or with the number of the check that
 * failed (the child reports it).
 */
__attribute__((noreturn)) static void cow_grandchild(const struct call *c)
{
	int r;

	if (cw.pipes) {
		sys3(SYS_close, (uint32_t)cw.go[1], 0, 0);
		sys3(SYS_close, (uint32_t)cw.back[0], 0, 0);
	}
	cow_turn(cw.go[0], 0);
	for (int i = 0; i < NSPOT; i++)
		if (*cw.spot[i] != cw.before[i])
			raw_exit(10 + i);
	if ((r = cow_act(c)) != 0)
		raw_exit(r);
	cow_turn(cw.back[1], 1);
	cow_turn(cw.go[0], 0); /* the child has written its values */
	for (int i = 0; c->cow != COW_STACK && i < NSPOT; i++)
		if (*cw.spot[i] != cw.mine[i])
			raw_exit(50 + i);
	raw_exit(0);
}

/* The child writes its values into spots 1.. (spot 0 got its token). */
static void cow_write_own(void)
{
	for (int i = 1; i < NSPOT; i++)
		*cw.spot[i] = cw.after[i];
	if (!cw.pipes)
		*cw.spot[0] = cw.after[0];
}

/*
 * The child's side, while the grandchild runs: a read() into a shared
 * page, its values written before or after the grandchild's turn; for
 * COW_KILL, the kill once the grandchild's first pass is done.
 */
static void cow_parent(const struct call *c, int pid)
{
	/* The child keeps go's read end: its writes never meet EPIPE, even
	 * once the grandchild is gone. */
	if (cw.pipes) {
		sys3(SYS_close, (uint32_t)cw.back[1], 0, 0);
		cw.back[1] = -1;
		if (sys_again(SYS_read, (uint32_t)cw.tok[0],
			      (uint32_t)cw.spot[0], 1) != 1)
			anomaly(c, pid, "cow: read() into a shared page");
	}
	if (!cw.late)
		cow_write_own();
	cow_turn(cw.go[1], 1);
	cow_turn(cw.back[0], 0); /* end of file if it ran a program */
	if (c->cow == COW_KILL && cw.pipes)
		sys3(SYS_kill, (uint32_t)pid, SIGKILL, 0);
	if (cw.late)
		cow_write_own();
	cow_turn(cw.go[1], 1);
}

/*
 * After the grandchild is reaped: it must have ended as planned, and
 * the child's bytes must be what the child itself wrote.
 */
static void cow_judge(const struct call *c, int pid, int st)
{
	char why[80];

	if (c->cow == COW_KILL ? st != SIGKILL
			       : st != 0 && st != (STATUS_NOEX << 8)) {
		snprintf(why, sizeof(why),
			 "cow: the grandchild (probe %d) ended with status "
			 "0x%x",
			 c->cow, st);
		anomaly(c, pid, why);
	}
	for (int i = 0; i < NSPOT; i++)
		if (*cw.spot[i] != cw.after[i]) {
			snprintf(why, sizeof(why),
				 "cow: byte %d is 0x%x, the child wrote 0x%x",
				 i, *cw.spot[i], cw.after[i]);
			anomaly(c, pid, why);
		}
	cow_close();
	cs.cows++;
}

/*
 * fork in a child: the grandchild leaves at once (it must see 0), or
 * runs a copy-on-write probe (c->cow), and the child reaps it at once,
 * so the process table never fills up. Its SIGCHLD may come to a
 * handler meanwhile (the wait then may give EINTR).
 */
static int do_fork(struct call *c)
{
	int r, st = -1, w;

	if (c->cow)
		cow_before();
	random_regs();
	rc.a0 = c->a[0];
	rc.a1 = rc.a2 = 0;
	r = raw(SYS_fork);
	if (r == 0) {
		if (c->cow)
			cow_grandchild(c);
		raw_exit(0);
	}
	check_result(c, r);
	if (r < 0) {
		if (c->cow)
			cow_close();
		return r;
	}
	if (c->cow)
		cow_parent(c, r);
	while ((w = sys3(SYS_waitpid, (uint32_t)r, (uint32_t)&st, 0)) == -EINTR)
		;
	if (w != r)
		anomaly(c, r, "the grandchild could not be reaped");
	else if (c->cow)
		cow_judge(c, r, st);
	else if (st != 0)
		anomaly(c, r, "the grandchild did not exit with 0");
	return r;
}

/* Prints the shadow descriptor table: c console, f file, r/w pipe ends. */
static void log_shadow(void)
{
	char t[NOFILE + 1];

	for (int fd = 0; fd < NOFILE; fd++) {
		struct sfile *f = sfile_of(fd);
		t[fd] = fd == LOGFD    ? 'L'
			: fd == NOTEFD ? 'N'
			: f	       ? "-cfrw"[f->kind]
				       : '.';
	}
	t[NOFILE] = 0;
	logf("fuzz: c%u #%u fds %s brk 0x%x", cs.k, cs.ncalls, t, cs.brk);
	logf("fuzz: c%u #%u blocked 0x%x pending 0x%x maybe 0x%x timers "
	     "%d/%u/%u %d/%u/%u alt 0x%x+%u%s",
	     cs.k, cs.ncalls, cs.sg.blocked, cs.sg.pending, cs.sg.unk,
	     cs.sg.timer[0].armed, cs.sg.timer[0].value_t,
	     cs.sg.timer[0].interval_t, cs.sg.timer[1].armed,
	     cs.sg.timer[1].value_t, cs.sg.timer[1].interval_t, cs.sg.alt.ss_sp,
	     cs.sg.alt.ss_size, cs.sg.alt.ss_flags & SS_DISABLE ? " off" : "");
}

/*
 * A call that failed with EINTR before it ran: kernel/syscall.c refuses
 * to start a call when a signal is due at its entry, and a timer's tick
 * taken right as interrupts come back on in the kernel makes one due.
 * Only a timer's signal can come so, and only calls that do not sleep
 * are told apart (a sleep's EINTR is its own, and checked as such). The
 * parent prints how many there were; Linux would have run such a call
 * (and getpid cannot fail in POSIX), so this tolerance should go once
 * syscall() does the same.
 */
static int cut_short(const struct call *c, int r, uint32_t live)
{
	return r == -EINTR && live && c->nr != SYS_usleep &&
	       c->nr != SYS_nanosleep && c->nr != SYS_sigsuspend;
}

/* Keeps the call for a failure report (the ring). */
static void remember(const struct call *c, int r)
{
	cs.ring[cs.ncalls % RING].name = c->name;
	memcpy(cs.ring[cs.ncalls % RING].a, c->a, sizeof(c->a));
	cs.ring[cs.ncalls % RING].r = r;
}

/* Makes c with the registers random and, for sigreturn, its context. */
static int issue(const struct call *c)
{
	int r;

	random_regs();
	if (c->nr == SYS_sigreturn && c->sa.garbage != 1)
		build_context(c);
	rc.a0 = c->a[0];
	rc.a1 = c->a[1];
	rc.a2 = c->a[2];
	r = raw(c->nr);
	cs.mk_sp = rc.sp;
	cs.mk_bp = rc.bp;
	return r;
}

/*
 * Checks what a call (not fork) did, before anything else makes a call:
 * rc holds this one's registers. A call cut short at the kernel entry did
 * nothing: only its registers and what the model says are checked.
 */
static void check_call(const struct call *c, int r, uint32_t live,
		       const uint32_t *before)
{
	if (cut_short(c, r, live)) {
		check_regs(c, r);
		cs.early++;
		if (cfg.verbose)
			logf("fuzz: c%u #%u = %d before it ran", cs.k,
			     cs.ncalls, r);
		sig_after(c, r, before);
		return;
	}
	check_result(c, r);
	check_sigreturn_flags(c, r);
	if (cfg.verbose)
		logf("fuzz: c%u #%u = %d", cs.k, cs.ncalls, r);
	if (c->sa.then && r == 0)
		timer_survived(c, r);
	else
		sig_after(c, r, before);
	post_call(c, r);
	if (cfg.verbose)
		log_shadow();
}

/*
 * Makes the call and checks it. A call the model says may kill the child
 * is announced to the parent first (and the note taken back if it did
 * not kill it). The signal state is checked before the descriptors' shadow
 * changes: a close may send SIGIO.
 */
static void make_call(struct call *c)
{
	uint32_t before[NSIG], live = live_sigs(&cs.sg);
	int r;

	cs.ncalls++;
	if (cfg.verbose)
		logf("fuzz: c%u #%u %s(0x%x, 0x%x, 0x%x)", cs.k, cs.ncalls,
		     c->name, c->a[0], c->a[1], c->a[2]);
	if (c->deadly)
		note_send(c->deadly);
	for (int sig = 0; sig < NSIG; sig++)
		before[sig] = hs.hits[sig];
	if (c->nr == SYS_fork) {
		r = do_fork(c);
		sig_after(c, r, before);
	} else {
		r = issue(c);
		check_call(c, r, live, before);
	}
	if (c->deadly)
		note_send(0); /* still alive */
	remember(c, r);
}

/* Checks the signal shadow against the kernel's state, all of it. */
static void check_sig_shadow(void)
{
	struct call c = {.name = "signal state"};
	struct sshadow k;
	uint32_t live = live_sigs(&cs.sg);
	char why[80];

	sig_shadow_read(&k);
	for (int sig = 1; sig < NSIG; sig++)
		if (memcmp(&k.act[sig], &cs.sg.act[sig], sizeof(k.act[0]))) {
			snprintf(why, sizeof(why),
				 "%s's action differs from the shadow",
				 sname(sig));
			anomaly(&c, sig, why);
		}
	if (k.blocked != cs.sg.blocked)
		anomaly(&c, (int)k.blocked, "the mask differs from the shadow");
	if ((k.pending & ~live) != (cs.sg.pending & ~live))
		anomaly(&c, (int)k.pending, "pending differs from the shadow");
	if (memcmp(&k.alt, &cs.sg.alt, sizeof(k.alt)))
		anomaly(&c, (int)k.alt.ss_sp,
			"the alternate stack differs from the shadow");
	c.name = "fcntl(fd, F_GETFL or F_GETOWN)";
	for (int fd = 0; fd < NFUZZFD; fd++) {
		struct sfile *f = sfile_of(fd);
		if (f &&
		    (sys3(SYS_fcntl, (uint32_t)fd, F_GETFL, 0) != getfl(f) ||
		     sys3(SYS_fcntl, (uint32_t)fd, F_GETOWN, 0) != f->owner))
			anomaly(&c, fd,
				"a file's flags or owner differ from "
				"the shadow");
	}
}

/* Checks the shadow table against the kernel's: dup2(fd, fd) tells. */
static void check_shadow(void)
{
	struct call c = {.name = "dup2(fd, fd)"};

	for (int fd = 0; fd < NFUZZFD; fd++) {
		int r = sys3(SYS_dup2, (uint32_t)fd, (uint32_t)fd, 0);
		if ((r == fd) != (cs.fd[fd] >= 0))
			anomaly(&c, r, "the fd table differs from the shadow");
	}
	check_sig_shadow();
	c.name = "sbrk(0)";
	if ((uint32_t)sys3(SYS_sbrk, 0, 0, 0) != cs.brk)
		anomaly(&c, (int)cs.brk, "the break differs from the shadow");
}

/*
 * Gives a fresh heap page back and touches it: the access must kill the
 * child with SIGSEGV (a stale translation would reach the freed frame).
 */
__attribute__((noreturn)) static void touch_freed_page(struct call *c)
{
	struct ksigaction dfl = {0};
	int b = sys3(SYS_sbrk, 0, 0, 0), p;

	if (b % PAGE && sys3(SYS_sbrk, PAGE - b % PAGE, 0, 0) < 0)
		raw_exit(STATUS_NOEX);
	if ((p = sys3(SYS_sbrk, PAGE, 0, 0)) < 0)
		raw_exit(STATUS_NOEX);
	*(volatile char *)p = 1;
	sys3(SYS_sbrk, (uint32_t)-PAGE, 0, 0);
	/* A SIGSEGV handler the model cannot follow would make the fault
	 * mean something else: back to the default. */
	cs.brk = (uint32_t)p;
	if (!fault_kills())
		sys3(SYS_sigaction, SIGSEGV, (uint32_t)&dfl, 0);
	*(volatile char *)p = 2;
	anomaly(c, p, "a page given back by sbrk could still be written");
	raw_exit(STATUS_BAD);
}

/* The signal arg must end the child: its default action, unblocked. */
static void kill_ending(uint32_t arg)
{
	struct ksigaction dfl = {0};
	uint32_t set = SIGBIT(arg);

	sys3(SYS_sigaction, arg, (uint32_t)&dfl, 0);
	sys3(SYS_sigprocmask, SIG_UNBLOCK, (uint32_t)&set, 0);
}

/* The ending call: _exit, kill itself, run /bin/hello, or touch a freed
 * page. */
__attribute__((noreturn)) static void end_child(enum ending e, uint32_t arg)
{
	struct call c = {.name = "ending"};
	char *hello_argv[] = {"hello", NULL};
	int r;

	note_send(0); /* what it checked */
	if (cs.anomalies > 0)
		raw_exit(STATUS_BAD);
	cs.ncalls++;
	switch (e) {
	case END_EXIT:
		raw_exit((int)arg);
	case END_KILL:
		kill_ending(arg);
		sys3(SYS_kill, cs.mypid, arg, 0);
		anomaly(&c, 0, "kill(self) returned");
		raw_exit(STATUS_BAD);
	case END_EXEC:
		stop_timers(); /* they outlive execv, the handlers do not */
		sys3(SYS_close, 1, 0, 0); /* hello's greeting goes nowhere */
		r = sys3(SYS_execve, (uint32_t) "/bin/hello",
			 (uint32_t)hello_argv, 0);
		if (r == -12)
			raw_exit(STATUS_NOEX);
		anomaly(&c, r, "execv /bin/hello failed");
		raw_exit(STATUS_BAD);
	case END_TOUCH:
		c.name = "touch a freed page";
		touch_freed_page(&c);
	default:
		check_shadow();
		raw_exit(cs.anomalies ? STATUS_BAD : STATUS_DONE);
	}
}

/*
 * The child's signal state at its start: the fuzzer's actions and mask
 * (fork copies them), nothing pending, no timer; and the console it
 * shares with the fuzzer as the shadow has it (flags 0, no owner).
 */
static void sig_start(void)
{
	struct call c = {.name = "the signal state after fork"};
	struct kitimerval v;

	sig_shadow_read(&cs.sg);
	if (memcmp(cs.sg.act, cfg.act0, sizeof(cfg.act0)) ||
	    cs.sg.blocked != cfg.blocked0 || cs.sg.pending)
		anomaly(&c, 0, "fork did not copy the actions and mask");
	for (uint32_t w = ITIMER_REAL; w <= ITIMER_VIRTUAL; w++)
		if (sys3(SYS_getitimer, w, (uint32_t)&v, 0) != 0 ||
		    v.it_value.tv_sec || v.it_value.tv_usec ||
		    v.it_interval.tv_sec || v.it_interval.tv_usec)
			anomaly(&c, (int)w, "a new process has a timer");
	if (sys3(SYS_fcntl, 0, F_GETFL, 0) != O_RDWR ||
	    sys3(SYS_fcntl, 0, F_GETOWN, 0) != 0)
		anomaly(&c, 0, "the shared console's flags or owner changed");
	memset((void *)&hs, 0, sizeof(hs));
	cs.mypgid_self = 0;
	cs.notes = cs.mk_sp = cs.mk_bp = cs.forged = cs.early = cs.cows = 0;
}

/* A child's whole life: a batch of calls, then the ending. */
__attribute__((noreturn)) static void run_child(uint32_t batch, enum ending e,
						uint32_t arg)
{
	struct call c;

	sys3(SYS_dup2, 1, LOGFD, 0);
	cs.mypid = (uint32_t)sys3(SYS_getpid, 0, 0, 0);
	cs.brk = (uint32_t)sys3(SYS_sbrk, 0, 0, 0);
	cs.ncalls = 0;
	cs.anomalies = 0;
	shadow_init();
	sig_start();
	/* A quarter of the children reach their death point in the batch. */
	cs.deadly_from = batch / 4 + below(batch * 3);
	while (cs.ncalls < batch - (e != END_NORMAL)) {
		gen_call(&c);
		make_call(&c);
	}
	end_child(e, arg);
}

/* ---- The parent: plans each child, forks it, and judges its end. */

static struct {
	uint32_t calls, children, signalled, normal, selfkill, exits, execs,
		touched, stuck, bad, noexec;
	uint32_t predicted; /* died mid-batch of a signal it announced */
	uint32_t runs, probes, forged, early; /* the children's notes */
	uint32_t cows;
	uint32_t bysig[NSIG]; /* children killed, by signal */
} st;

/* Picks child k's ending from its own PRNG stream (so -k replays it). */
static enum ending plan_child(uint32_t k, uint32_t *arg)
{
	uint32_t x;

	cs.rng = child_seed(cfg.seed, k);
	cs.k = k;
	x = below(100);
	if (x < 8) {
		*arg = gen_int();
		return END_EXIT;
	}
	if (x < 18) {
		*arg = 1 + below(15); /* SIGHUP..SIGTERM: fatal by default */
		return END_KILL;
	}
	if (x < 25)
		return END_EXEC;
	if (x < 30)
		return END_TOUCH;
	return END_NORMAL;
}

/* Forks a process that sleeps for the watchdog time; returns its pid. */
static int start_watchdog(void)
{
	int pid = fork();

	if (pid == 0) {
		usleep(cfg.watchdog_s * 1000000u);
		_exit(0);
	}
	return pid;
}

/* Waits for child pid, killing it if the watchdog goes off first. */
static int wait_child(int pid, int *status)
{
	int dog = start_watchdog(), w, s;

	if (dog < 0)
		return waitpid(pid, status, 0);
	while ((w = waitpid(-1, &s, 0)) != pid) {
		if (w == dog) {
			printf("fuzz: FAIL: child %u (pid %d) still running "
			       "after %u s: killed (replay: fuzz -s %u -c %u "
			       "-k %u -v)\n",
			       cs.k, pid, cfg.watchdog_s, cfg.seed,
			       cfg.per_child, cs.k);
			st.stuck++;
			kill(pid, SIGKILL);
			dog = -1;
		} else if (w < 0) {
			return -1;
		}
	}
	*status = s;
	if (dog > 0) {
		kill(dog, SIGKILL);
		waitpid(dog, &s, 0);
	}
	return pid;
}

/*
 * A child that announced it may die (note.sigs) must have died of one of
 * those signals; the calls it made count.
 */
static void judge_noted(int pid, int status, const struct note *n)
{
	if (WIFSIGNALED(status)) {
		st.signalled++;
		if (n->sigs & SIGBIT(WTERMSIG(status))) {
			st.predicted++;
			return;
		}
	}
	st.bad++;
	printf("fuzz: FAIL: child %u (pid %d) %s %d, expected death by a "
	       "signal in 0x%x from call %u on (replay: fuzz -s %u -c %u "
	       "-k %u -v)\n",
	       cs.k, pid,
	       WIFSIGNALED(status) ? "killed by signal" : "exited with status",
	       WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status),
	       n->sigs, n->ncalls, cfg.seed, cfg.per_child, cs.k);
}

/* Reads a child's notes to the end; the last one counts. */
static void read_notes(int fd, struct note *last)
{
	struct note buf[16];
	int n;

	memset(last, 0, sizeof(*last));
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		if (n >= (int)sizeof(buf[0]))
			*last = buf[n / sizeof(buf[0]) - 1];
}

/* Compares how a child ended with how it was planned to end. */
static void judge(int pid, int status, enum ending e, uint32_t arg)
{
	int want_sig = e == END_KILL ? (int)arg : e == END_TOUCH ? SIGSEGV : 0;
	int want = e == END_EXIT   ? (int)(arg & 0xff)
		   : e == END_EXEC ? 0
				   : STATUS_DONE;

	if (WIFSIGNALED(status)) {
		st.signalled++;
		if (WTERMSIG(status) == want_sig) {
			st.selfkill += e == END_KILL;
			st.touched += e == END_TOUCH;
			return;
		}
	} else if (want_sig == 0 && WEXITSTATUS(status) == want) {
		st.normal += e == END_NORMAL;
		st.exits += e == END_EXIT;
		st.execs += e == END_EXEC;
		return;
	} else if ((e == END_EXEC || e == END_TOUCH) &&
		   WEXITSTATUS(status) == STATUS_NOEX) {
		st.noexec++;
		return;
	}
	st.bad++;
	printf("fuzz: FAIL: child %u (pid %d) %s %d, expected %s %d "
	       "(replay: fuzz -s %u -c %u -k %u -v)\n",
	       cs.k, pid,
	       WIFSIGNALED(status) ? "killed by signal" : "exited with status",
	       WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status),
	       want_sig ? "signal" : "status", want_sig ? want_sig : want,
	       cfg.seed, cfg.per_child, cs.k);
}

/*
 * Runs child k with a batch of calls; returns the calls it made, or -1 if
 * fork failed. The child's notes come through a pipe (NOTEFD in the child).
 */
static int one_child(uint32_t k, uint32_t batch)
{
	uint32_t arg = 0;
	enum ending e = plan_child(k, &arg);
	int pid = -1, status = 0, tries, nfd[2] = {-1, -1};
	struct note note;

	fflush(stdout);
	for (tries = 0; tries < 100; tries++) {
		if (nfd[0] < 0 && pipe(nfd) < 0)
			nfd[0] = -1;
		else if ((pid = fork()) >= 0)
			break;
		usleep(20000);
	}
	if (pid < 0) {
		printf("fuzz: FAIL: fork or pipe failed 100 times: %s\n",
		       strerror(errno));
		return -1;
	}
	if (pid == 0) {
		dup2(nfd[1], NOTEFD);
		close(nfd[0]);
		close(nfd[1]);
		if (cfg.trace_set && cfg.trace == k)
			cfg.verbose = 1;
		run_child(batch, e, arg);
	}
	close(nfd[1]);
	if (wait_child(pid, &status) != pid) {
		printf("fuzz: FAIL: lost child %u (pid %d)\n", k, pid);
		st.bad++;
		close(nfd[0]);
		return (int)batch;
	}
	read_notes(nfd[0], &note);
	close(nfd[0]);
	st.children++;
	st.runs += note.runs;
	st.probes += note.probes;
	st.forged += note.forged;
	st.early += note.early;
	st.cows += note.cows;
	if (WIFSIGNALED(status))
		st.bysig[WTERMSIG(status) & (NSIG - 1)]++;
	if (note.sigs) {
		judge_noted(pid, status, &note);
		return (int)note.ncalls;
	}
	judge(pid, status, e, arg);
	return (int)batch;
}

/* Fills in the argv arrays and paths the calls point at. */
static void setup_strings(void)
{
	memset(longpath, 'a', sizeof(longpath) - 1);
	longpath[0] = '/';
	argv_ok[0] = "x";
	argv_ok[1] = "y";
	argv_badptr[0] = "x";
	argv_badptr[1] = (char *)KERNEL_PTR;
	for (int i = 0; i < ARGV_MAX + 1; i++)
		argv_many[i] = "a";
	memset(argbig, 'b', sizeof(argbig) - 1);
	for (int i = 0; i < NBIG; i++)
		argv_big[i] = argbig;
}

/* Puts the heap arena right below a page-aligned break. */
static int setup_arena(void)
{
	uint32_t b = (uint32_t)sbrk(0);
	struct meminfo m;
	struct stat rootst;

	if (b % PAGE && sbrk(PAGE - b % PAGE) == (void *)-1)
		return -1;
	cfg.arena = (uint32_t)sbrk(ARENA_SIZE);
	if (cfg.arena == (uint32_t)-1)
		return -1;
	cfg.arena_end = cfg.arena + ARENA_SIZE;
	if (meminfo(&m) < 0)
		return -1;
	cfg.segment = m.mm == MM_SEGMENT;
	cfg.disk = stat("/", &rootst) == 0 && rootst.st_dev != ST_DEV_INITRD;
	cfg.stack_lo = cfg.segment ? PGUP(end) : USER_TOP - USTACK_SIZE;
	return 0;
}

/*
 * What the children inherit and the model needs: the tick length (an
 * interval set with no value gives it back in whole ticks), the
 * program's selectors, its signal actions and mask.
 */
static void setup_signals(void)
{
	struct kitimerval v = {{0, 1}, {0, 0}}, old;

	sys3(SYS_setitimer, ITIMER_REAL, (uint32_t)&v, 0);
	sys3(SYS_getitimer, ITIMER_REAL, (uint32_t)&old, 0);
	memset(&v, 0, sizeof(v));
	sys3(SYS_setitimer, ITIMER_REAL, (uint32_t)&v, 0);
	cfg.hz = old.it_interval.tv_usec > 0
			 ? 1000000 / (uint32_t)old.it_interval.tv_usec
			 : 100;
	__asm__ volatile("xorl %0, %0\n\tmovw %%cs, %w0" : "=r"(cfg.ucs));
	__asm__ volatile("xorl %0, %0\n\tmovw %%ss, %w0" : "=r"(cfg.uss));
	__asm__ volatile("xorl %0, %0\n\tmovw %%ds, %w0" : "=r"(cfg.uds));
	__asm__ volatile("xorl %0, %0\n\tmovw %%es, %w0" : "=r"(cfg.ues));
	__asm__ volatile("xorl %0, %0\n\tmovw %%fs, %w0" : "=r"(cfg.ufs));
	__asm__ volatile("xorl %0, %0\n\tmovw %%gs, %w0" : "=r"(cfg.ugs));
	for (int sig = 1; sig < NSIG; sig++)
		sys3(SYS_sigaction, (uint32_t)sig, 0, (uint32_t)&cfg.act0[sig]);
	sys3(SYS_sigprocmask, SIG_BLOCK, 0, (uint32_t)&cfg.blocked0);
}

static int usage(void)
{
	fprintf(stderr, "usage: fuzz -s SEED -n COUNT [-c CALLS_PER_CHILD] "
			"[-t WATCHDOG_S] [-k CHILD] [-v] [-x CHILD]\n");
	return 2;
}

static int parse_args(int argc, char **argv)
{
	cfg.per_child = 500;
	cfg.watchdog_s = 30;
	for (int i = 1; i < argc; i++) {
		const char *o = argv[i];
		uint32_t v = i + 1 < argc ? strtol(argv[i + 1], NULL, 0) : 0;

		if (strcmp(o, "-v") == 0) {
			cfg.verbose = 1;
			continue;
		}
		if (i + 1 >= argc)
			return -1;
		i++;
		if (strcmp(o, "-s") == 0)
			cfg.seed = v;
		else if (strcmp(o, "-n") == 0)
			cfg.count = v;
		else if (strcmp(o, "-c") == 0 && v > 0)
			cfg.per_child = v;
		else if (strcmp(o, "-t") == 0 && v > 0)
			cfg.watchdog_s = v;
		else if (strcmp(o, "-k") == 0)
			cfg.only = v, cfg.only_set = 1;
		else if (strcmp(o, "-x") == 0)
			cfg.trace = v, cfg.trace_set = 1;
		else
			return -1;
	}
	return 0;
}

/* Prints how many children each signal killed. */
static void print_deaths(void)
{
	char line[400];
	int n = snprintf(line, sizeof(line), "fuzz: killed by signal:");

	for (int sig = 1; sig < NSIG; sig++)
		if (st.bysig[sig] && n < (int)sizeof(line) - 24)
			n += snprintf(line + n, sizeof(line) - (size_t)n,
				      " %s %u,", sname(sig), st.bysig[sig]);
	if (line[n - 1] == ',')
		line[n - 1] = 0;
	printf("%s\n", line);
}

__attribute__((noinline, noreturn)) static void fuzz_main(int argc, char **argv,
							  char *stackbuf)
{
	uint32_t k, step, next;

	cfg.stackbuf = (uint32_t)stackbuf;
	if (parse_args(argc, argv) < 0)
		exit(usage());
	printf("fuzz: seed %u, %u calls, %u per child\n", cfg.seed, cfg.count,
	       cfg.per_child);
	setup_strings();
	if (setup_arena() < 0) {
		printf("fuzz: FAIL: cannot set up the heap arena\n");
		exit(1);
	}
	cfg.ppid = (uint32_t)getpid();
	cfg.root = geteuid() == 0;
	/* The oracle expects EPIPE from a write with no reader: SIGPIPE is
	 * ignored (children inherit that), as the fuzzer's design assumes. */
	signal(SIGPIPE, SIG_IGN);
	setup_signals();
	step = cfg.count / 10 ? cfg.count / 10 : 1;
	next = step;
	/* Children that die of an announced signal make fewer calls than
	 * their batch: more children make up the count. */
	for (k = cfg.only_set ? cfg.only : 0;
	     st.calls < cfg.count || cfg.only_set; k++) {
		uint32_t left = cfg.count - st.calls;
		int made = one_child(k, cfg.only_set || left > cfg.per_child
						? cfg.per_child
						: left);
		if (made < 0)
			break;
		st.calls += (uint32_t)made;
		if (cfg.only_set)
			break;
		if (st.calls >= next && st.calls < cfg.count) {
			printf("fuzz: %u calls so far\n", st.calls);
			next = (st.calls / step + 1) * step;
		}
	}
	printf("fuzz: children: %u finished, %u _exit, %u killed themselves, "
	       "%u ran /bin/hello, %u faulted on a freed page, %u died of a "
	       "signal they announced, %u out of memory at the end, %u stuck, "
	       "%u wrong\n",
	       st.normal, st.exits, st.selfkill, st.execs, st.touched,
	       st.predicted, st.noexec, st.stuck, st.bad);
	print_deaths();
	printf("fuzz: signal path: %u handler runs checked, %u sigaltstack "
	       "refusals on the alternate stack, %u forged sigreturns came "
	       "back as told, %u calls gave EINTR before they ran (a timer's "
	       "signal at the kernel entry)\n",
	       st.runs, st.probes, st.forged, st.early);
	printf("fuzz: %u copy-on-write probes (a fork's grandchild writing, "
	       "reading into, running a program from, growing the stack in, "
	       "or killed while writing the memory it shared)\n",
	       st.cows);
	printf("fuzz: %u calls, %u children, %u killed by signals, done\n",
	       st.calls, st.children, st.signalled);
	exit(st.bad || st.stuck ? 1 : 0);
}

/*
 * main's frame holds the stack buffer the calls may write into; the
 * fuzzer runs below it and never returns here, so whatever a call writes
 * above the buffer (main's own frame, argv) is no longer needed.
 */
int main(int argc, char **argv)
{
	char stackbuf[STACKBUF];

	fuzz_main(argc, argv, stackbuf);
}
