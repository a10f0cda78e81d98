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
 */
#include <errno.h>
#include <kestrel.h>
#include <memlayout.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* The kernel's limits this program relies on: NOFILE, PIPESIZE. */
#include "param.h"

#define PAGE 4096

#define LOGFD	    (NOFILE - 1) /* each child's console, kept out of reach */
#define ARENA_SIZE  (64 * 1024)	 /* heap buffer ending at the break */
#define BSSBUF_SIZE (16 * 1024)	 /* bss buffer */
#define STACKBUF    (8 * 1024)	 /* buffer in main's frame */
#define KERNEL_PTR  0xC0100000u	 /* kernel text: supervisor only */
#define STATUS_DONE 77		 /* a child that finished its batch */
#define STATUS_BAD  79		 /* a child that saw the kernel misbehave */
#define STATUS_NOEX 78		 /* the ending ran out of memory */
#define MAXFILES    32		 /* shadow open files (16 fds need 16) */
#define MAXPIPES    16
#define RING	    24 /* calls remembered for a failure report */

#define PGUP(a) (((uint32_t)(a) + PAGE - 1) & ~(uint32_t)(PAGE - 1))

/* How a child's batch ends; its last call is the ending call. */
enum ending { END_NORMAL, END_EXIT, END_KILL, END_EXEC, END_TOUCH };

/* What the kernel must answer, checked after the call. */
enum want { W_ANY, W_FAIL, W_ERR };

/* One system call about to be made, and what must come of it. */
struct call {
	uint32_t nr, a[3];
	const char *name;
	enum want want;
	int err;   /* the errno for W_ERR */
	int probe; /* an edge probe: must succeed (1) or EFAULT (2) */
};

/* The kinds of open file the shadow table tells apart. */
enum fkind { K_NONE, K_CONSOLE, K_FILE, K_PIPE_R, K_PIPE_W };

/* A shadow of one kernel open file, so the child can avoid blocking. */
struct sfile {
	int kind, refs, pipe, readable, writable;
};

/* A shadow pipe: bytes buffered, and whether each end is still open. */
struct spipe {
	int inuse, buffered, ropen, wopen;
};

/* The registers passed to and returned from int $0x40 (static: see raw). */
static struct {
	uint32_t a0, a1, a2;
	uint32_t in[5], out[5]; /* ebx, ecx, edx, esi, edi */
} rc;

/* Settings and layout, fixed before the first fork. */
static struct {
	uint32_t seed, count, per_child, watchdog_s, only, trace;
	int verbose, only_set, trace_set, segment;
	uint32_t arena, arena_end; /* heap buffer [arena, arena_end) */
	uint32_t stackbuf;	   /* buffer in main's frame */
	uint32_t stack_lo;	   /* lowest stack address */
	uint32_t ppid;
} cfg;

/* Everything a child changes; its bss copy, not the parent's. */
static struct {
	uint32_t rng, k, ncalls, mypid, brk;
	int fd[NOFILE]; /* index into files, or -1 */
	struct sfile files[MAXFILES];
	struct spipe pipes[MAXPIPES];
	int anomalies;
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
static char longpath[300];   /* 299 'a's: too long for a path */
static char *argv_ok[3];     /* {"x", "y", NULL} */
static char *argv_badptr[3]; /* {"x", kernel address, NULL} */
static char *argv_33[34];    /* 33 arguments: E2BIG */
static char *argv_big[4];    /* 3 x 1500 bytes: E2BIG */
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
 * kernel left them. Everything the asm touches is static, so no operand
 * is addressed through esp while the pushes move it.
 */
static int raw(uint32_t nr)
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
		"int $0x40\n\t"
		"addl $16, %%esp\n\t"
		"movl %%ebx, %[o0]\n\t"
		"movl %%ecx, %[o1]\n\t"
		"movl %%edx, %[o2]\n\t"
		"movl %%esi, %[o3]\n\t"
		"movl %%edi, %[o4]"
		: "+a"(r), [o0] "=m"(rc.out[0]), [o1] "=m"(rc.out[1]),
		  [o2] "=m"(rc.out[2]), [o3] "=m"(rc.out[3]),
		  [o4] "=m"(rc.out[4])
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
	cs.files[0] = (struct sfile){K_CONSOLE, 3, -1, 1, 1};
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
	for (int fd = from; fd < LOGFD; fd++)
		if (cs.fd[fd] < 0)
			return fd;
	return -1;
}

static int new_file(int kind, int readable, int writable)
{
	for (int i = 0; i < MAXFILES; i++)
		if (cs.files[i].refs == 0) {
			cs.files[i] =
				(struct sfile){kind, 1, -1, readable, writable};
			return i;
		}
	return -1; /* cannot happen: 15 descriptors hold at most 15 */
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

/* A descriptor: mostly an open one, sometimes a bad number; never LOGFD. */
static int gen_fd(void)
{
	static const int bad[] = {-1,	      NOFILE,	       NOFILE + 1, 100,
				  0x7fffffff, (int)0x80000000, -16};

	if (chance(8))
		return bad[below(sizeof(bad) / sizeof(bad[0]))];
	for (int tries = 0; tries < 4; tries++) {
		int fd = (int)below(LOGFD);
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
	 * could write) with a good buffer would block for ever. */
	if (n > 0 && n <= 0x7fffffff && f && f->readable &&
	    (kind == K_CONSOLE ||
	     (kind == K_PIPE_R && cs.pipes[f->pipe].buffered == 0 &&
	      pipe_writers(&cs.pipes[f->pipe]))))
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
 * kill may only hit: the child itself (signal 0 or an invalid one: a real
 * one is the ending call), pids that cannot exist, init (which the kernel
 * must refuse), or anyone with signal 0. kill(-1), kill(0) and groups
 * with a real signal would kill the fuzzer's parent.
 */
static void gen_kill(struct call *c)
{
	static const uint32_t nobody[] = {0x40000000, 0x7fffffff, 0x12345678,
					  1000000};
	uint32_t sig = gen_sig();

	switch (below(5)) {
	case 0:
		c->a[0] = cs.mypid;
		if (sig >= 1 && sig < 32)
			sig = chance(2) ? 0 : 32;
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
		return (uint32_t)argv_33;
	case 2:
		return (uint32_t)argv_big;
	default:
		return bad[below(4)];
	}
}

/*
 * execv in mid-batch must fail, or the child would be replaced: either a
 * path that cannot run (a bad pointer, a missing file, a file in /bad/
 * or one that is not ELF), or /bin/hello with an argv that cannot be
 * copied. A bad path with a good argv must give ENOENT or ENOEXEC.
 */
static void gen_execv(struct call *c)
{
	static const uint32_t badp[] = {KERNEL_PTR, 0xffffffff, 0x40000000};
	uint32_t n = sizeof(bad_exec_paths) / sizeof(bad_exec_paths[0]);
	const char *path;

	c->want = W_FAIL;
	switch (below(4)) {
	case 0:
		c->a[0] = badp[below(3)];
		c->a[1] = chance(2) ? (uint32_t)argv_ok : gen_ptr();
		return;
	case 1:
		c->a[0] = (uint32_t) "/bin/hello";
		c->a[1] = gen_bad_argv();
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
	uint32_t size = c->nr == SYS_procinfo  ? sizeof(struct procinfo)
			: c->nr == SYS_readdir ? sizeof(struct dirent)
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
	if (c->nr == SYS_halt) {
		c->want = W_ERR;
		c->err = 1; /* EPERM: only init may power off */
	} else if (c->nr == SYS_vtop && c->a[0] >= USER_TOP) {
		c->want = W_ERR;
		c->err = 14; /* EFAULT */
	} else if (c->nr == SYS_tcsetpgrp) {
		c->a[0] = (uint32_t)gen_fd();
	}
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
	{SYS_execv, "execv", gen_execv, 3},
	{SYS_waitpid, "waitpid", gen_waitpid, 3},
	{SYS_fork, "fork", NULL, 2},
	{SYS_kill, "kill", gen_kill, 4},
	{SYS_usleep, "usleep", gen_usleep, 1},
	{SYS_getpid, "getpid", gen_misc, 1},
	{SYS_getppid, "getppid", gen_misc, 1},
	{SYS_uptime, "uptime", gen_misc, 1},
	{SYS_procinfo, "procinfo", gen_sysinfo, 3},
	{SYS_readdir, "readdir", gen_sysinfo, 3},
	{SYS_meminfo, "meminfo", gen_sysinfo, 2},
	{SYS_halt, "halt", gen_misc, 1},
	{SYS_setpgid, "setpgid", gen_misc, 2},
	{SYS_tcsetpgrp, "tcsetpgrp", gen_misc, 2},
	{SYS_vtop, "vtop", gen_misc, 3},
	{0, "nosys", gen_nosys, 6},
};
#define NCALLS (sizeof(calls) / sizeof(calls[0]))

static void gen_call(struct call *c)
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

static void check_result(const struct call *c, int r)
{
	char why[80];

	for (int i = 0; i < 5; i++)
		if (rc.out[i] != rc.in[i]) {
			snprintf(why, sizeof(why),
				 "register %d changed: 0x%x -> 0x%x", i,
				 rc.in[i], rc.out[i]);
			anomaly(c, r, why);
		}
	if (r < 0 && !known_errno(r))
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
	if (c->probe == 1 && r < 0)
		anomaly(c, r, "the heap's last bytes are good memory");
	if (c->probe == 2 && r != -14)
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
		if (r >= 0 && r < LOGFD)
			shadow_dup((int)c->a[0], r);
		break;
	case SYS_dup2:
		want = sfile_of((int)c->a[0]) && c->a[1] < NOFILE ? (int)c->a[1]
								  : -9;
		if (r != want)
			anomaly(c, r, "dup2 disagrees with the open fds");
		if (r >= 0 && r != (int)c->a[0] && r < LOGFD) {
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
		if (r >= LOGFD)
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
	}
}

/*
 * fork in a child: the grandchild leaves at once (it must see 0), and
 * the child reaps it at once, so the process table never fills up.
 */
static int do_fork(struct call *c)
{
	int r, st = -1, w;

	random_regs();
	rc.a0 = c->a[0] = rnd();
	rc.a1 = rc.a2 = 0;
	r = raw(SYS_fork);
	if (r == 0)
		raw_exit(0);
	check_result(c, r);
	if (r < 0)
		return r;
	w = sys3(SYS_waitpid, (uint32_t)r, (uint32_t)&st, 0);
	if (w != r || st != 0)
		anomaly(c, r, "the grandchild did not exit with 0");
	return r;
}

/* Prints the shadow descriptor table: c console, f file, r/w pipe ends. */
static void log_shadow(void)
{
	char t[NOFILE + 1];

	for (int fd = 0; fd < NOFILE; fd++) {
		struct sfile *f = sfile_of(fd);
		t[fd] = fd == LOGFD ? 'L' : f ? "-cfrw"[f->kind] : '.';
	}
	t[NOFILE] = 0;
	logf("fuzz: c%u #%u fds %s brk 0x%x", cs.k, cs.ncalls, t, cs.brk);
}

static void make_call(struct call *c)
{
	int r;

	cs.ncalls++;
	if (cfg.verbose)
		logf("fuzz: c%u #%u %s(0x%x, 0x%x, 0x%x)", cs.k, cs.ncalls,
		     c->name, c->a[0], c->a[1], c->a[2]);
	if (c->nr == SYS_fork) {
		r = do_fork(c);
	} else {
		random_regs();
		rc.a0 = c->a[0];
		rc.a1 = c->a[1];
		rc.a2 = c->a[2];
		r = raw(c->nr);
		if (cfg.verbose)
			logf("fuzz: c%u #%u = %d", cs.k, cs.ncalls, r);
		check_result(c, r);
		post_call(c, r);
		if (cfg.verbose)
			log_shadow();
	}
	cs.ring[cs.ncalls % RING].name = c->name;
	memcpy(cs.ring[cs.ncalls % RING].a, c->a, sizeof(c->a));
	cs.ring[cs.ncalls % RING].r = r;
}

/* Checks the shadow table against the kernel's: dup2(fd, fd) tells. */
static void check_shadow(void)
{
	struct call c = {.name = "dup2(fd, fd)"};

	for (int fd = 0; fd < LOGFD; fd++) {
		int r = sys3(SYS_dup2, (uint32_t)fd, (uint32_t)fd, 0);
		if ((r == fd) != (cs.fd[fd] >= 0))
			anomaly(&c, r, "the fd table differs from the shadow");
	}
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
	int b = sys3(SYS_sbrk, 0, 0, 0), p;

	if (b % PAGE && sys3(SYS_sbrk, PAGE - b % PAGE, 0, 0) < 0)
		raw_exit(STATUS_NOEX);
	if ((p = sys3(SYS_sbrk, PAGE, 0, 0)) < 0)
		raw_exit(STATUS_NOEX);
	*(volatile char *)p = 1;
	sys3(SYS_sbrk, (uint32_t)-PAGE, 0, 0);
	*(volatile char *)p = 2;
	anomaly(c, p, "a page given back by sbrk could still be written");
	raw_exit(STATUS_BAD);
}

/* The ending call: _exit, kill itself, run /bin/hello, or touch a freed
 * page. */
__attribute__((noreturn)) static void end_child(enum ending e, uint32_t arg)
{
	struct call c = {.name = "ending"};
	char *hello_argv[] = {"hello", NULL};
	int r;

	if (cs.anomalies > 0)
		raw_exit(STATUS_BAD);
	cs.ncalls++;
	switch (e) {
	case END_EXIT:
		raw_exit((int)arg);
	case END_KILL:
		sys3(SYS_kill, cs.mypid, arg, 0);
		anomaly(&c, 0, "kill(self) returned");
		raw_exit(STATUS_BAD);
	case END_EXEC:
		sys3(SYS_close, 1, 0, 0); /* hello's greeting goes nowhere */
		r = sys3(SYS_execv, (uint32_t) "/bin/hello",
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

/* Runs child k with a batch of calls; returns 0, or -1 if fork failed. */
static int one_child(uint32_t k, uint32_t batch)
{
	uint32_t arg = 0;
	enum ending e = plan_child(k, &arg);
	int pid, status = 0, tries;

	fflush(stdout);
	for (tries = 0; (pid = fork()) < 0 && tries < 100; tries++)
		usleep(20000);
	if (pid < 0) {
		printf("fuzz: FAIL: fork failed 100 times: %s\n",
		       strerror(errno));
		return -1;
	}
	if (pid == 0) {
		if (cfg.trace_set && cfg.trace == k)
			cfg.verbose = 1;
		run_child(batch, e, arg);
	}
	if (wait_child(pid, &status) != pid) {
		printf("fuzz: FAIL: lost child %u (pid %d)\n", k, pid);
		st.bad++;
		return 0;
	}
	st.children++;
	st.calls += batch;
	judge(pid, status, e, arg);
	return 0;
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
	for (int i = 0; i < 33; i++)
		argv_33[i] = "a";
	memset(argbig, 'b', sizeof(argbig) - 1);
	for (int i = 0; i < 3; i++)
		argv_big[i] = argbig;
}

/* Puts the heap arena right below a page-aligned break. */
static int setup_arena(void)
{
	uint32_t b = (uint32_t)sbrk(0);
	struct meminfo m;

	if (b % PAGE && sbrk(PAGE - b % PAGE) == (void *)-1)
		return -1;
	cfg.arena = (uint32_t)sbrk(ARENA_SIZE);
	if (cfg.arena == (uint32_t)-1)
		return -1;
	cfg.arena_end = cfg.arena + ARENA_SIZE;
	if (meminfo(&m) < 0)
		return -1;
	cfg.segment = m.mm == MM_SEGMENT;
	cfg.stack_lo = cfg.segment ? PGUP(end) : USER_TOP - USTACK_SIZE;
	return 0;
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

__attribute__((noinline, noreturn)) static void fuzz_main(int argc, char **argv,
							  char *stackbuf)
{
	uint32_t k, nchild, step;

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
	/* The oracle expects EPIPE from a write with no reader: SIGPIPE is
	 * ignored (children inherit that), as the fuzzer's design assumes. */
	signal(SIGPIPE, SIG_IGN);
	if (cfg.only_set && cfg.count <= cfg.only * cfg.per_child)
		cfg.count = (cfg.only + 1) * cfg.per_child;
	nchild = (cfg.count + cfg.per_child - 1) / cfg.per_child;
	step = nchild / 10 ? nchild / 10 : 1;
	for (k = cfg.only_set ? cfg.only : 0; k < nchild; k++) {
		uint32_t left = cfg.count - k * cfg.per_child;
		if (one_child(k, left < cfg.per_child ? left : cfg.per_child))
			break;
		if (cfg.only_set)
			break;
		if ((k + 1) % step == 0 && k + 1 < nchild)
			printf("fuzz: %u calls so far\n", st.calls);
	}
	printf("fuzz: children: %u finished, %u _exit, %u killed themselves, "
	       "%u ran /bin/hello, %u faulted on a freed page, %u out of "
	       "memory at the end, %u stuck, %u wrong\n",
	       st.normal, st.exits, st.selfkill, st.execs, st.touched,
	       st.noexec, st.stuck, st.bad);
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
