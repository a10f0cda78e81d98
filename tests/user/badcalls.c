// The bad-call suite's runner: every row of tests/robust/badcalls.tbl is
// one case, made with int $0x40 in a child of its own. Run in full by
// tests/test_robustness.py under both memory models; this header only
// has it check its own table.
// args: --check
// expect: exit 0
// expect-output: ^badcalls: table ok: \d+ cases$
// forbid-output: FAIL
//
// Options: --check (validate the table), --from N (start at row N),
// --only CATEGORY/NAME (run one case). See docs/robustness.md.
#include <fcntl.h>
#include "../robust/runner.h"
#include "rawsys.h"

/* One row of the table, every field as its text. */
struct row {
	const char *cat, *name, *call, *arg[3], *expect;
};

#define BADCALL(cat, name, call, a1, a2, a3, exp)                              \
	{#cat, #name, #call, {#a1, #a2, #a3}, #exp},
static const struct row rows[] = {
#include "../robust/badcalls.tbl"
};
#undef BADCALL
#define NROWS ((int)(sizeof(rows) / sizeof(rows[0])))

/* Every call by name, from the generated list (tools/syscalls.tbl). */
#define CALL_ROW(name) {#name, SYS_##name},
static const struct name_value calls[] = {SYSCALL_NAMES(CALL_ROW){NULL, 0}};
#undef CALL_ROW

/* Symbols with a fixed value. */
static const struct name_value constants[] = {
	{"NULL", 0},
	{"KADDR", (int)KERNEL_ADDR},	  /* kernel text */
	{"UTOP", (int)USER_TOP},	  /* the first kernel address */
	{"WRAP", (int)WRAP_ADDR},	  /* addr + a few bytes wraps */
	{"MAXADDR", (int)0xffffffffu},	  /* the last address there is */
	{"UNMAPPED", (int)UNMAPPED_ADDR}, /* a hole (beyond any bound) */
	{"INT_MIN", (int)0x80000000u},
	{"INT_MAX", 0x7fffffff},
	{"SYS_MAX", SYS_MAX},
	{"O_RDONLY", O_RDONLY},
	{"O_WRONLY", O_WRONLY},
	{"O_RDWR", O_RDWR},
	{"O_CREAT", O_CREAT},
	{"O_TRUNC", O_TRUNC},
	{"WNOHANG", WNOHANG},
	{"SIGKILL", SIGKILL},
	{"SIGUSR1", SIGUSR1},
	{NULL, 0},
};

/* Symbols whose value the case works out (and sets up) when it runs. */
enum dyn {
	D_END,		  /* the page-rounded break: first unmapped byte */
	D_EDGE,		  /* END - 1: the last valid byte */
	D_BUF,		  /* a valid, writable, page-aligned 8 KiB buffer */
	D_MISALIGNED,	  /* BUF + 1 */
	D_RODATA,	  /* read-only data (under paging): "/bin/hello" */
	D_STACK,	  /* 256 valid bytes on the case's stack */
	D_GUARD,	  /* the page below the stack (paging: a guard) */
	D_UNTERM,	  /* 64 bytes of 'a' up to END, no NUL */
	D_LONGSTR,	  /* a 300-byte path */
	D_FD_CLOSED,	  /* a descriptor that was open and is closed */
	D_FD_RDONLY,	  /* /bin/hello, opened read-only */
	D_FD_PIPE_R,	  /* a pipe's read end (the write end open too) */
	D_FD_PIPE_W,	  /* a pipe's write end (the read end open too) */
	D_FD_PIPE_W_NORD, /* a write end whose read end is closed */
	D_FD_PIPE_R_NOWR, /* a read end whose write end is closed */
	D_FILLFDS,	  /* fills the descriptor table; value 0 */
	D_FILLFDS_BUT1,	  /* fills all but one descriptor; value 0 */
	D_PID_SELF,	  /* the case's own pid */
	D_PID_PARENT,	  /* the runner */
	D_PID_REAPED,	  /* a child of the runner, exited and reaped */
	D_PID_CHILD,	  /* a live child of the case, blocked on a pipe */
};

static const struct name_value dynamics[] = {
	{"END", D_END},
	{"EDGE", D_EDGE},
	{"BUF", D_BUF},
	{"MISALIGNED", D_MISALIGNED},
	{"RODATA", D_RODATA},
	{"STACK", D_STACK},
	{"GUARD", D_GUARD},
	{"UNTERM", D_UNTERM},
	{"LONGSTR", D_LONGSTR},
	{"FD_CLOSED", D_FD_CLOSED},
	{"FD_RDONLY", D_FD_RDONLY},
	{"FD_PIPE_R", D_FD_PIPE_R},
	{"FD_PIPE_W", D_FD_PIPE_W},
	{"FD_PIPE_W_NOREADER", D_FD_PIPE_W_NORD},
	{"FD_PIPE_R_NOWRITER", D_FD_PIPE_R_NOWR},
	{"FILLFDS", D_FILLFDS},
	{"FILLFDS_BUT1", D_FILLFDS_BUT1},
	{"PID_SELF", D_PID_SELF},
	{"PID_PARENT", D_PID_PARENT},
	{"PID_REAPED", D_PID_REAPED},
	{"PID_CHILD", D_PID_CHILD},
	{NULL, 0},
};

/* Argument vectors for execve, ARGV:KIND. */
enum argv_kind {
	V_OK,	      /* {"arg0", NULL} */
	V_EMPTY,      /* {NULL} */
	V_MISALIGNED, /* {"arg0", NULL} at an odd address */
	V_KADDR,      /* {KADDR, NULL} */
	V_UNMAPPED,   /* {UNMAPPED, NULL} */
	V_UNTERM,     /* {UNTERM, NULL} */
	V_NOEND,      /* valid pointers up to END, no NULL */
	V_STRADDLE,   /* the NULL entry half below END, half beyond */
	V_NMAX,	      /* ARGV_MAX arguments: the most allowed */
	V_NMAX1,      /* ARGV_MAX + 1 arguments */
	V_BYTESMAX,   /* strings of ARG_MAX bytes in all, NULs included */
	V_BYTESMAX1,  /* ARG_MAX + 1 bytes */
	V_LONGSTR,    /* one string of 5000 bytes */
};

static const struct name_value argv_kinds[] = {
	{"ok", V_OK},
	{"empty", V_EMPTY},
	{"misaligned", V_MISALIGNED},
	{"kaddr", V_KADDR},
	{"unmapped", V_UNMAPPED},
	{"unterm", V_UNTERM},
	{"noend", V_NOEND},
	{"straddle", V_STRADDLE},
	{"nmax", V_NMAX},
	{"nmax1", V_NMAX1},
	{"bytesmax", V_BYTESMAX},
	{"bytesmax1", V_BYTESMAX1},
	{"longstr", V_LONGSTR},
	{NULL, 0},
};

/* What an argument's text means, before anything is set up. */
enum spec_kind {
	K_VALUE,  /* a number or symbol, plus an offset */
	K_STR,	  /* STR:text, a string at an odd address */
	K_XSTR,	  /* XSTR:text, a string across a page boundary */
	K_ESTR,	  /* ESTR:text, a string whose NUL is the last valid byte */
	K_STRLEN, /* STRLEN:N, a path of N bytes (NUL not counted) */
	K_ARGV,	  /* ARGV:KIND */
	K_SP,	  /* SP:VALUE, the stack pointer for int $0x40 */
};

struct spec {
	int kind;	  /* K_* */
	int dyn;	  /* for K_VALUE: a D_* symbol, or -1 */
	uint32_t value;	  /* constant, offset, length or ARGV kind */
	const char *text; /* for K_STR, K_XSTR and K_ESTR */
};

/* Parses [-]digits or [-]0xhex, the whole of s[0..n); 0 or -1. */
static int parse_number(const char *s, size_t n, uint32_t *v)
{
	int neg = 0, base = 10;
	uint32_t x = 0;
	size_t i = 0;

	if (n > 0 && s[0] == '-') {
		neg = 1;
		i++;
	}
	if (n - i > 2 && s[i] == '0' && s[i + 1] == 'x') {
		base = 16;
		i += 2;
	}
	if (i == n)
		return -1;
	for (; i < n; i++) {
		int d;
		if (s[i] >= '0' && s[i] <= '9')
			d = s[i] - '0';
		else if (base == 16 && s[i] >= 'a' && s[i] <= 'f')
			d = s[i] - 'a' + 10;
		else
			return -1;
		x = x * (uint32_t)base + (uint32_t)d;
	}
	*v = neg ? 0u - x : x;
	return 0;
}

/* Returns the entry of t named s[0..n), or NULL (values may be -1). */
static const struct name_value *find_n(const struct name_value *t,
				       const char *s, size_t n)
{
	for (; t->name; t++)
		if (strlen(t->name) == n && strncmp(t->name, s, n) == 0)
			return t;
	return NULL;
}

/* Parses NUMBER or SYMBOL[+N|-N] into a K_VALUE spec; 0 or -1. */
static int parse_value(const char *s, struct spec *sp)
{
	const struct name_value *c;
	size_t n = strlen(s), t;
	uint32_t off = 0;
	int v;

	sp->kind = K_VALUE;
	sp->dyn = -1;
	if (parse_number(s, n, &sp->value) == 0)
		return 0;
	for (t = 1; t < n && s[t] != '+' && s[t] != '-'; t++)
		;
	if (t < n && parse_number(s + t + 1, n - t - 1, &off) < 0)
		return -1;
	if (t < n && s[t] == '-')
		off = 0u - off;
	if ((c = find_n(constants, s, t)) != NULL) {
		sp->value = (uint32_t)c->value + off;
		return 0;
	}
	if ((v = lookup_n(robust_signals, s, t)) >= 0) {
		sp->value = (uint32_t)v + off;
		return 0;
	}
	if ((v = lookup_n(dynamics, s, t)) >= 0) {
		sp->dyn = v;
		sp->value = off;
		return 0;
	}
	return -1;
}

/* Parses one argument's text (see the top of badcalls.tbl); 0 or -1. */
static int parse_arg(const char *s, struct spec *sp)
{
	uint32_t len;
	int v;

	sp->text = NULL;
	if (strcmp(s, "-") == 0) {
		sp->kind = K_VALUE;
		sp->dyn = -1;
		sp->value = 0;
		return 0;
	}
	if (strncmp(s, "STR:", 4) == 0 || strncmp(s, "XSTR:", 5) == 0 ||
	    strncmp(s, "ESTR:", 5) == 0) {
		sp->kind = s[0] == 'S' ? K_STR : s[0] == 'X' ? K_XSTR : K_ESTR;
		sp->text = strchr(s, ':') + 1;
		return 0;
	}
	if (strncmp(s, "STRLEN:", 7) == 0) {
		sp->kind = K_STRLEN;
		if (parse_number(s + 7, strlen(s + 7), &len) < 0 || len < 1 ||
		    len > 8000)
			return -1;
		sp->value = len;
		return 0;
	}
	if (strncmp(s, "ARGV:", 5) == 0) {
		sp->kind = K_ARGV;
		if ((v = lookup_n(argv_kinds, s + 5, strlen(s + 5))) < 0)
			return -1;
		sp->value = (uint32_t)v;
		return 0;
	}
	if (strncmp(s, "SP:", 3) == 0) {
		if (parse_value(s + 3, sp) < 0)
			return -1;
		sp->text = s + 3;
		sp->kind = K_SP;
		return 0;
	}
	return parse_value(s, sp);
}

/* The call column: a name from tools/syscalls.tbl, or a number. */
static int parse_call(const char *s, uint32_t *num)
{
	struct spec sp;
	int v;

	if ((v = lookup_n(calls, s, strlen(s))) >= 0) {
		*num = (uint32_t)v;
		return 0;
	}
	if (parse_value(s, &sp) < 0 || sp.dyn >= 0)
		return -1;
	*num = sp.value;
	return 0;
}

/* ---- What a case sets up, in its own child, only when a row asks. */

#define POOL_SIZE (96 * 1024)
#define BUF_SIZE  (8 * 1024)

static char buf[BUF_SIZE] __attribute__((aligned(PAGE_SIZE)));
static char pool[POOL_SIZE] __attribute__((aligned(PAGE_SIZE)));
static uint32_t pool_used;
static const char rodata[PAGE_SIZE] __attribute__((aligned(PAGE_SIZE))) =
	"/bin/hello";
static char *brk_end;	   /* END, set up by the runner */
static uint32_t stack_lo;  /* the lowest stack address */
static int reaped_pid;	   /* a child of the runner, long gone */
static char *case_stack;   /* 256 bytes in the running case's frame */
static int fd_rdonly = -1; /* fixtures made so far by this case */
static int pipe_fds[2] = {-1, -1};
static int child_pid = -1;

/* Takes n bytes from the pool, at offset skew from alignment align. */
static char *pool_alloc(uint32_t n, uint32_t align, uint32_t skew)
{
	uint32_t at = (pool_used + align - 1) / align * align + skew;

	if (at + n > POOL_SIZE)
		return NULL;
	pool_used = at + n;
	return pool + at;
}

/* Copies s to a fresh odd address (misaligned on purpose). */
static char *pool_str(const char *s)
{
	char *p = pool_alloc(strlen(s) + 1, 2, 1);

	if (p)
		strcpy(p, s);
	return p;
}

/* A path of len bytes, "/aaa...", NUL-terminated. */
static char *pool_path(uint32_t len)
{
	char *p = pool_alloc(len + 1, 4, 0);

	if (p) {
		memset(p, 'a', len);
		p[0] = '/';
		p[len] = 0;
	}
	return p;
}

/* Starts a child that blocks reading a pipe until this case exits. */
static int make_child(void)
{
	int fds[2], pid;
	char c;

	if (child_pid > 0)
		return child_pid;
	if (pipe(fds) < 0)
		return -1;
	pid = fork();
	if (pid == 0) {
		for (int fd = 3; fd < 16; fd++)
			if (fd != fds[0])
				close(fd);
		read(fds[0], &c, 1);
		_exit(0);
	}
	close(fds[0]);
	return child_pid = pid;
}

/* Opens a pipe and closes end (0, 1) or neither (-1); returns the other. */
static int make_pipe(int end)
{
	int fds[2];

	if (end < 0) {
		if (pipe_fds[0] < 0 && pipe(pipe_fds) < 0)
			return -1;
		return 0;
	}
	if (pipe(fds) < 0)
		return -1;
	close(fds[end]);
	return fds[1 - end];
}

/* Fills the descriptor table, then frees leave of them again. */
static int fill_fds(int leave)
{
	int fd = -1, last = -1;

	while ((fd = dup(0)) >= 0)
		last = fd;
	for (int i = 0; i < leave && last >= 0; i++)
		close(last--);
	return 0;
}

static uint32_t ptr(const void *p)
{
	return (uint32_t)(uintptr_t)p;
}

/* The value of an address symbol (D_END to D_LONGSTR). */
static uint32_t resolve_addr(int dyn)
{
	uint32_t end = ptr(brk_end);

	switch (dyn) {
	case D_END:
		return end;
	case D_EDGE:
		return end - 1;
	case D_BUF:
		return ptr(buf);
	case D_MISALIGNED:
		return ptr(buf) + 1;
	case D_RODATA:
		return ptr(rodata);
	case D_STACK:
		return ptr(case_stack);
	case D_GUARD:
		return stack_lo - PAGE_SIZE / 2;
	case D_UNTERM:
		memset(brk_end - 64, 'a', 64);
		return end - 64;
	default: /* D_LONGSTR */
		return ptr(pool_path(300));
	}
}

/* Sets up a descriptor or process symbol; its value, or -1. */
static int resolve_fixture(int dyn)
{
	int r;

	switch (dyn) {
	case D_FD_CLOSED:
		if ((r = dup(0)) >= 0)
			close(r);
		return r;
	case D_FD_RDONLY:
		if (fd_rdonly < 0)
			fd_rdonly = open("/bin/hello", O_RDONLY);
		return fd_rdonly;
	case D_FD_PIPE_R:
	case D_FD_PIPE_W:
		if (make_pipe(-1) < 0)
			return -1;
		return pipe_fds[dyn == D_FD_PIPE_W];
	case D_FD_PIPE_W_NORD:
	case D_FD_PIPE_R_NOWR:
		return make_pipe(dyn == D_FD_PIPE_W_NORD ? 0 : 1);
	case D_FILLFDS:
	case D_FILLFDS_BUT1:
		return fill_fds(dyn == D_FILLFDS_BUT1);
	case D_PID_SELF:
		return getpid();
	case D_PID_PARENT:
		return getppid();
	case D_PID_REAPED:
		return reaped_pid;
	default: /* D_PID_CHILD */
		return make_child();
	}
}

/* Works out (and sets up) a symbol's value; 0 or -1. */
static int resolve_dyn(int dyn, uint32_t *v)
{
	int r;

	if (dyn <= D_LONGSTR) {
		*v = resolve_addr(dyn);
		return 0;
	}
	r = resolve_fixture(dyn);
	*v = (uint32_t)r;
	return r < 0 ? -1 : 0;
}

/* Builds argv of one of the V_* kinds; returns its address or 0. */
static uint32_t make_argv(int kind)
{
	int many = kind == V_NMAX || kind == V_NMAX1;
	uint32_t *v = (uint32_t *)pool_alloc(many ? (ARGV_MAX + 2) * 4 : 80 * 4,
					     4, 0),
		 n = 0;
	char *s = pool_str("arg0");
	uint32_t end = ptr(brk_end);

	if (v == NULL || s == NULL)
		return 0;
	switch (kind) {
	case V_OK:
	case V_EMPTY:
		if (kind == V_OK)
			v[n++] = ptr(s);
		break;
	case V_MISALIGNED:
		v = (uint32_t *)pool_alloc(8, 4, 1);
		if (v == NULL)
			return 0;
		memcpy(v, (uint32_t[]){ptr(s), 0}, 8);
		return ptr(v);
	case V_KADDR:
	case V_UNMAPPED:
		v[n++] = kind == V_KADDR ? KERNEL_ADDR : UNMAPPED_ADDR;
		break;
	case V_UNTERM:
		memset(brk_end - 64, 'a', 64);
		v[n++] = end - 64;
		break;
	case V_NOEND:
	case V_STRADDLE:
		v = (uint32_t *)(brk_end - (kind == V_NOEND ? 16 : 6));
		for (int i = 0; i < (kind == V_NOEND ? 4 : 1); i++)
			memcpy((char *)v + 4 * i, &(uint32_t){ptr(s)}, 4);
		return ptr(v);
	case V_NMAX:
	case V_NMAX1:
		while (n < (kind == V_NMAX ? ARGV_MAX : ARGV_MAX + 1u))
			v[n++] = ptr(s);
		break;
	case V_BYTESMAX:
	case V_BYTESMAX1:
		/* One 2048-byte string (NUL included) again and again. */
		s = pool_path(2047);
		while (n < ARG_MAX / 2048u)
			v[n++] = ptr(s);
		if (kind == V_BYTESMAX1)
			v[n++] = ptr(pool_str(""));
		break;
	case V_LONGSTR:
		v[n++] = ptr(pool_path(5000));
		break;
	}
	v[n] = 0;
	return ptr(v);
}

/* Places text so that it crosses a page boundary inside the pool. */
static uint32_t make_xstr(const char *text)
{
	char *p = pool_alloc(strlen(text) + 1, PAGE_SIZE, PAGE_SIZE - 3);

	if (p == NULL)
		return 0;
	strcpy(p, text);
	return ptr(p);
}

/* Places text so that its NUL is the last valid byte (END - 1). */
static uint32_t make_estr(const char *text)
{
	char *p = brk_end - strlen(text) - 1;

	strcpy(p, text);
	return ptr(p);
}

/* The value of an argument, set up for this case; 0 or -1. */
static int resolve(const struct spec *sp, uint32_t *v)
{
	switch (sp->kind) {
	case K_VALUE:
	case K_SP:
		if (sp->dyn < 0) {
			*v = sp->value;
			return 0;
		}
		if (resolve_dyn(sp->dyn, v) < 0)
			return -1;
		*v += sp->value;
		return 0;
	case K_STR:
		*v = ptr(pool_str(sp->text));
		break;
	case K_XSTR:
		*v = make_xstr(sp->text);
		break;
	case K_ESTR:
		*v = make_estr(sp->text);
		break;
	case K_STRLEN:
		*v = ptr(pool_path(sp->value));
		break;
	case K_ARGV:
		*v = make_argv((int)sp->value);
		break;
	}
	return *v == 0 ? -1 : 0;
}

/* Sets 0xff bytes at [a, a+n) if they are the case's own memory. */
static void fill_if_ours(uint32_t a, uint32_t n)
{
	uint32_t end = ptr(brk_end);

	if ((a >= ptr(buf) && a + n <= ptr(buf) + BUF_SIZE) ||
	    (a >= end - 256 && a + n <= end && a < end))
		memset((void *)(uintptr_t)a, 0xff, n);
}

/* Runs one row in its own child; returns its exit status. */
static int run_row(const void *arg)
{
	const struct row *r = arg;
	char frame[256];
	struct spec sp[3];
	uint32_t num, a[3], esp = 0;
	int use_sp = 0;

	case_stack = frame;
	memset(frame, 0, sizeof(frame));
	if (parse_call(r->call, &num) < 0)
		return CODE_BADCASE;
	for (int i = 0; i < 3; i++) {
		if (parse_arg(r->arg[i], &sp[i]) < 0 ||
		    resolve(&sp[i], &a[i]) < 0)
			return CODE_BADCASE;
		if (sp[i].kind == K_SP) {
			use_sp = 1;
			esp = a[i];
		}
	}
	/* The runner is root, whose halt powers off: a halt row runs as an
	 * ordinary user (alice, 1000), whom halt must refuse. */
	if (num == SYS_halt && setuid(1000) < 0)
		return CODE_BADCASE;
	if (use_sp) {
		fill_if_ours(esp + 4, 12);
		return result_code(raw_syscall_sp((int)num, esp));
	}
	return result_code(raw_syscall3((int)num, a[0], a[1], a[2]));
}

/* Checks every row without running any; returns the exit status. */
static int check_table(void)
{
	struct expect e;
	struct spec sp;
	uint32_t num;
	int bad = 0;

	for (int i = 0; i < NROWS; i++) {
		const struct row *r = &rows[i];
		const char *why = NULL;

		if (parse_call(r->call, &num) < 0)
			why = "unknown call";
		for (int j = 0; j < 3 && !why; j++)
			if (parse_arg(r->arg[j], &sp) < 0)
				why = "malformed argument";
		if (!why && (parse_expect(r->expect, "paging", &e) < 0 ||
			     parse_expect(r->expect, "segment", &e) < 0))
			why = "malformed expectation";
		if (why) {
			printf("FAIL: row %d (%s/%s): %s\n", i, r->cat, r->name,
			       why);
			bad++;
		}
	}
	if (bad)
		return 1;
	printf("badcalls: table ok: %d cases\n", NROWS);
	return 0;
}

/*
 * Makes the break page aligned and remembers what every case needs.
 * first_brk is the break before anything was allocated: under base and
 * bound the stack lies just below it, under paging below USER_TOP.
 */
static void setup(const char *model, uint32_t first_brk)
{
	int pid, status;

	brk_end = heap_edge();
	memset(brk_end - 256, 0xff, 256);
	if (strcmp(model, "segment") == 0)
		stack_lo = first_brk - USTACK_SIZE;
	else
		stack_lo = USER_TOP - USTACK_SIZE;
	pid = fork();
	if (pid == 0)
		_exit(0);
	waitpid(pid, &status, 0);
	reaped_pid = pid;
}

int main(int argc, char **argv)
{
	uint32_t first_brk;
	struct robust_opts o;
	const char *model;
	char id[80];

	first_brk = ptr(sbrk(0));
	if (robust_args(argc, argv, &o) < 0)
		return 2;
	model = robust_model();
	printf("badcalls: %d cases, mm=%s\n", NROWS, model);
	if (o.check)
		return check_table();
	setup(model, first_brk);
	for (int i = o.from; i < NROWS; i++) {
		snprintf(id, sizeof(id), "%s/%s", rows[i].cat, rows[i].name);
		if (o.only && strcmp(o.only, id) != 0)
			continue;
		run_case(id, rows[i].expect, model, run_row, &rows[i]);
	}
	return robust_summary("badcalls", model);
}
