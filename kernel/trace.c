/*
 * The system-call tracer, in the manner of strace: for each traced process
 * one console line per system call as it returns (write(1, "hi\n", 3) =
 * 3), a line for each signal it takes and one for its end. How to show
 * each argument comes from the call's prototype in tools/syscalls.tbl
 * (build/kernel/tracetab.c), so a new call needs no code here. User memory
 * is read only through copyin and copyinstr: a bad pointer is shown as the
 * address it is. syscall.c, signal.c, proc.c and exec.c call in here;
 * this file owns p->trace.
 */
#include "defs.h"
#include "file.h"
#include "kestrel/errno.h"
#include "kestrel/fcntl.h"
#include "kestrel/signal.h"
#include "kestrel/trace.h"
#include "proc.h"
#include "syscall.h"
#include "sysproto.h"
#include "trace.h"
#include "vm.h"

/* A line being built; what does not fit in cap bytes is dropped. */
struct tbuf {
	char *buf;
	uint32_t len;
	uint32_t cap;
};

/* A value and its name, for the flags and constants shown by name. */
struct name {
	uint32_t value;
	const char *name;
};

static const struct name accmodes[] = {
	{O_RDONLY, "O_RDONLY"},
	{O_WRONLY, "O_WRONLY"},
	{O_RDWR, "O_RDWR"},
};
static const struct name oflags[] = {
	{O_CREAT, "O_CREAT"},
	{O_TRUNC, "O_TRUNC"},
	{O_NONBLOCK, "O_NONBLOCK"},
	{O_ASYNC, "O_ASYNC"},
};
static const struct name woptions[] = {
	{WNOHANG, "WNOHANG"},
	{WUNTRACED, "WUNTRACED"},
	{WCONTINUED, "WCONTINUED"},
};
static const struct name sighows[] = {
	{SIG_BLOCK, "SIG_BLOCK"},
	{SIG_UNBLOCK, "SIG_UNBLOCK"},
	{SIG_SETMASK, "SIG_SETMASK"},
};
static const struct name fcntlcmds[] = {
	{F_GETFL, "F_GETFL"},
	{F_SETFL, "F_SETFL"},
	{F_SETOWN, "F_SETOWN"},
	{F_GETOWN, "F_GETOWN"},
};

/* si_code names: sig 0 for the codes any signal may carry. */
static const struct {
	int sig;
	int code;
	const char *name;
} sicodes[] = {
	{0, SI_USER, "SI_USER"},
	{0, SI_KERNEL, "SI_KERNEL"},
	{0, SI_TIMER, "SI_TIMER"},
	{SIGSEGV, SEGV_MAPERR, "SEGV_MAPERR"},
	{SIGSEGV, SEGV_ACCERR, "SEGV_ACCERR"},
	{SIGILL, ILL_ILLOPC, "ILL_ILLOPC"},
	{SIGFPE, FPE_INTDIV, "FPE_INTDIV"},
	{SIGFPE, FPE_FLTDIV, "FPE_FLTDIV"},
	{SIGFPE, FPE_FLTOVF, "FPE_FLTOVF"},
	{SIGFPE, FPE_FLTUND, "FPE_FLTUND"},
	{SIGFPE, FPE_FLTRES, "FPE_FLTRES"},
	{SIGFPE, FPE_FLTINV, "FPE_FLTINV"},
	{SIGBUS, BUS_ADRALN, "BUS_ADRALN"},
	{SIGTRAP, TRAP_BRKPT, "TRAP_BRKPT"},
	{SIGCHLD, CLD_EXITED, "CLD_EXITED"},
	{SIGCHLD, CLD_KILLED, "CLD_KILLED"},
	{SIGCHLD, CLD_STOPPED, "CLD_STOPPED"},
	{SIGCHLD, CLD_CONTINUED, "CLD_CONTINUED"},
	{SIGIO, POLL_IN, "POLL_IN"},
};

/* The signals a fault raises: their siginfo has the faulting address. */
#define FAULTSIGS                                                              \
	(SIGBIT(SIGSEGV) | SIGBIT(SIGBUS) | SIGBIT(SIGILL) | SIGBIT(SIGFPE) |  \
	 SIGBIT(SIGTRAP))

static void put_char(struct tbuf *b, char c)
{
	if (b->len < b->cap)
		b->buf[b->len++] = c;
}

static void put_mem(struct tbuf *b, const char *s, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		put_char(b, s[i]);
}

static void put_str(struct tbuf *b, const char *s)
{
	put_mem(b, s, strlen(s));
}

/* Formats a short piece (a number and its words: 63 bytes at most). */
static void put_fmt(struct tbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void put_fmt(struct tbuf *b, const char *fmt, ...)
{
	char s[64];
	va_list ap;

	va_start(ap, fmt);
	kvsnprintf(s, sizeof(s), fmt, ap);
	va_end(ap);
	put_str(b, s);
}

/* An address: NULL for 0, as strace shows it. */
static void put_addr(struct tbuf *b, uint32_t a)
{
	if (a == 0)
		put_str(b, "NULL");
	else
		put_fmt(b, "0x%x", a);
}

/* n bytes of s in double quotes, escaped as in C; "..." after if more. */
static void put_quoted(struct tbuf *b, const char *s, uint32_t n, int more)
{
	static const char hex[] = "0123456789abcdef";

	put_char(b, '"');
	for (uint32_t i = 0; i < n; i++) {
		uint8_t c = (uint8_t)s[i];
		if (c == '\n')
			put_str(b, "\\n");
		else if (c == '\t')
			put_str(b, "\\t");
		else if (c == '\r')
			put_str(b, "\\r");
		else if (c == '"' || c == '\\') {
			put_char(b, '\\');
			put_char(b, (char)c);
		} else if (c >= 0x20 && c < 0x7f)
			put_char(b, (char)c);
		else {
			put_str(b, "\\x");
			put_char(b, hex[c >> 4]);
			put_char(b, hex[c & 15]);
		}
	}
	put_char(b, '"');
	if (more)
		put_str(b, "...");
}

/*
 * A user string, its first TRACE_STRMAX bytes; unreadable (or running
 * into unreadable memory before its NUL): its address.
 */
static void put_string(struct tbuf *b, uint32_t ua)
{
	char s[TRACE_STRMAX + 1];
	int r = ua ? copyinstr(s, ua, sizeof(s)) : -EFAULT;

	if (r >= 0)
		put_quoted(b, s, (uint32_t)r, 0);
	else if (r == -ENAMETOOLONG)
		put_quoted(b, s, TRACE_STRMAX, 1);
	else
		put_addr(b, ua);
}

/* The first bytes of a user buffer of len bytes; unreadable: its address. */
static void put_buffer(struct tbuf *b, uint32_t ua, uint32_t len)
{
	char s[TRACE_STRMAX];
	uint32_t n = len < TRACE_STRMAX ? len : TRACE_STRMAX;

	if (ua == 0 || copyin(s, ua, n) < 0)
		put_addr(b, ua);
	else
		put_quoted(b, s, n, len > n);
}

/* A user array of strings up to its NULL: ["echo", "hi"]. */
static void put_argv(struct tbuf *b, uint32_t ua)
{
	uint32_t s;

	if (ua == 0 || copyin(&s, ua, 4) < 0) {
		put_addr(b, ua);
		return;
	}
	put_char(b, '[');
	for (uint32_t i = 1; s != 0; i++) {
		put_string(b, s);
		if (copyin(&s, ua + i * 4, 4) < 0 ||
		    (s != 0 && i == TRACE_ARGVMAX)) {
			put_str(b, ", ...");
			break;
		}
		if (s != 0)
			put_str(b, ", ");
	}
	put_char(b, ']');
}

/*
 * An environment by its size, as strace shows it: the number of strings
 * in a C comment within brackets; the address if the list cannot be read
 * to its NULL. A NULL list is empty.
 */
static void put_envp(struct tbuf *b, uint32_t ua)
{
	uint32_t s = 0, n = 0;

	if (ua == 0) {
		put_str(b, "[]");
		return;
	}
	do {
		if (n > MAXARG || copyin(&s, ua + n * 4, 4) < 0) {
			put_addr(b, ua);
			return;
		}
	} while (s != 0 && ++n);
	put_fmt(b, "[/* %u var%s */]", n, n == 1 ? "" : "s");
}

/* The name of value in names, else the number. */
static void put_const(struct tbuf *b, int v, const struct name *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (names[i].value == (uint32_t)v) {
			put_str(b, names[i].name);
			return;
		}
	put_fmt(b, "%d", v);
}

/* The names of the bits of v joined by |, the rest in hex; 0 for none. */
static void put_bits(struct tbuf *b, uint32_t v, const struct name *names,
		     size_t n)
{
	const char *sep = "";

	for (size_t i = 0; i < n; i++)
		if (v & names[i].value) {
			put_str(b, sep);
			put_str(b, names[i].name);
			v &= ~names[i].value;
			sep = "|";
		}
	if (v != 0)
		put_fmt(b, "%s0x%x", sep, v);
	else if (*sep == 0)
		put_char(b, '0');
}

/* open's flags: the access mode, then the other bits. */
static void put_oflag(struct tbuf *b, uint32_t v)
{
	put_const(b, (int)(v & O_ACCMODE), accmodes, NELEM(accmodes));
	if (v & ~O_ACCMODE) {
		put_char(b, '|');
		put_bits(b, v & ~O_ACCMODE, oflags, NELEM(oflags));
	}
}

/* A signal by name (SIGSEGV), or its number if it has none. */
static void put_signal(struct tbuf *b, int sig)
{
	if (sig > 0 && sig < NSIG)
		put_str(b, signame(sig));
	else
		put_fmt(b, "%d", sig);
}

/* A signal set as strace shows it: [INT SEGV]. */
static void put_sigset(struct tbuf *b, uint32_t set)
{
	const char *sep = "";

	put_char(b, '[');
	for (int sig = 1; sig < NSIG; sig++)
		if (set & SIGBIT(sig)) {
			put_str(b, sep);
			put_str(b, signame(sig) + 3); /* without "SIG" */
			sep = " ";
		}
	put_char(b, ']');
}

/* A wait status as strace shows it: [{WIFEXITED(s) && ...}]. */
static void put_wstatus(struct tbuf *b, int s)
{
	if (s == W_CONTINUED)
		put_str(b, "[{WIFCONTINUED(s)}]");
	else if ((s & 0x7f) == 0)
		put_fmt(b, "[{WIFEXITED(s) && WEXITSTATUS(s) == %d}]",
			(s >> 8) & 0xff);
	else if ((s & 0xff) == 0x7f)
		put_fmt(b, "[{WIFSTOPPED(s) && WSTOPSIG(s) == %s}]",
			signame((s >> 8) & 0xff));
	else
		put_fmt(b, "[{WIFSIGNALED(s) && WTERMSIG(s) == %s}]",
			signame(s & 0x7f));
}

/* n ints the call wrote at ua: [3, 4]. */
static void put_ints(struct tbuf *b, uint32_t ua, uint32_t n)
{
	int32_t v;

	for (uint32_t i = 0; i < n; i++) {
		if (copyin(&v, ua + i * 4, 4) < 0) {
			put_addr(b, ua);
			return;
		}
		put_str(b, i == 0 ? "[" : ", ");
		put_fmt(b, "%d", v);
	}
	put_char(b, ']');
}

/* Is an argument of this kind shown as it was at the call's entry? */
static int at_entry(int kind)
{
	return kind == TA_STR || kind == TA_INBUF || kind == TA_ARGV ||
	       kind == TA_ENVP || kind == TA_SIGSET;
}

/*
 * Shows an argument the call wrote through (kind), at address v: what it
 * wrote if it succeeded (result: what it returned), else the address.
 */
static void put_out_arg(struct tbuf *b, const struct trace_arg *arg, uint32_t v,
			int result)
{
	uint32_t word;

	if (result < 0 || v == 0)
		put_addr(b, v);
	else if (arg->kind == TA_OUTBUF)
		put_buffer(b, v, (uint32_t)result);
	else if (arg->kind == TA_INTS)
		put_ints(b, v, arg->n);
	else if (copyin(&word, v, 4) < 0)
		put_addr(b, v);
	else if (arg->kind == TA_OUTSIGSET)
		put_sigset(b, word);
	else if (result > 0) /* TA_WSTATUS: a child was reported */
		put_wstatus(b, (int)word);
	else
		put_addr(b, v);
}

/*
 * Shows argument i of a call described by d, whose arguments are a: the
 * entry-time kinds from user memory as it is now, the others as the call
 * left them (result: what it returned).
 */
static void put_arg(struct tbuf *b, const struct trace_desc *d, int i,
		    const uint32_t *a, int result)
{
	uint32_t v = a[i], word;

	switch (d->arg[i].kind) {
	case TA_INT:
		put_fmt(b, "%d", (int)v);
		break;
	case TA_UINT:
		put_fmt(b, "%u", v);
		break;
	case TA_STR:
		put_string(b, v);
		break;
	case TA_INBUF:
		put_buffer(b, v, a[i + 1]);
		break;
	case TA_ARGV:
		put_argv(b, v);
		break;
	case TA_ENVP:
		put_envp(b, v);
		break;
	case TA_SIGSET:
		if (v != 0 && copyin(&word, v, 4) == 0)
			put_sigset(b, word);
		else
			put_addr(b, v);
		break;
	case TA_SIG:
		put_signal(b, (int)v);
		break;
	case TA_OFLAG:
		put_oflag(b, v);
		break;
	case TA_WOPTIONS:
		put_bits(b, v, woptions, NELEM(woptions));
		break;
	case TA_SIGHOW:
		put_const(b, (int)v, sighows, NELEM(sighows));
		break;
	case TA_FCNTLCMD:
		put_const(b, (int)v, fcntlcmds, NELEM(fcntlcmds));
		break;
	case TA_MODE:
		put_fmt(b, "0%o", v);
		break;
	case TA_OUTBUF:
	case TA_INTS:
	case TA_OUTSIGSET:
	case TA_WSTATUS:
		put_out_arg(b, &d->arg[i], v, result);
		break;
	default: /* TA_HEX */
		put_addr(b, v);
	}
}

/* " = 3", " = 0x8000", or " = -1 ENOENT (No such file or directory)". */
static void put_result(struct tbuf *b, const struct trace_desc *d, int r)
{
	const char *name = r < 0 && r >= -EMAXERRNO ? errno_name(-r) : NULL;

	if (d->result == TA_NORETURN)
		put_str(b, " = ?");
	else if (name) {
		put_str(b, " = -1 ");
		put_str(b, name);
		put_str(b, " (");
		put_str(b, errno_message(-r));
		put_char(b, ')');
	} else if (r < 0 && r >= -EMAXERRNO)
		put_fmt(b, " = -1 (errno %d)", -r);
	else if (d->result == TA_HEX)
		put_fmt(b, " = 0x%x", (uint32_t)r);
	else
		put_fmt(b, " = %d", r);
}

/* "[pid N] " before each line of a process traced with its children. */
static void put_prefix(struct tbuf *b, struct proc *p)
{
	if (p->trace.flags & TRACE_CHILDREN)
		put_fmt(b, "[pid %d] ", p->pid);
}

/*
 * Writes a finished line to the console as a program's write does, so it
 * falls in order with the program's own output. A writer that may no
 * longer wait for room (it is being killed) sends the rest as the kernel
 * sends its messages, so no line is lost.
 */
static void emit(struct tbuf *b)
{
	uint32_t done;
	int r;

	b->buf[b->len++] = '\n'; /* the cap left room for it */
	r = console_write_user(b->buf, b->len);
	done = r > 0 ? (uint32_t)r : 0;
	if (done < b->len)
		console_write(b->buf + done, b->len - done);
}

/*
 * Is argument i shown? All are but open's mode without O_CREAT, which
 * the call does not read (strace leaves it out too).
 */
static int shown(const struct trace_desc *d, int i, const uint32_t *a)
{
	return !(d->arg[i].kind == TA_MODE && i > 0 &&
		 d->arg[i - 1].kind == TA_OFLAG && !(a[i - 1] & O_CREAT));
}

/* Prints the line of call num: its entry-time texts, the rest, result. */
static void print_call(struct proc *p, uint32_t num, int result)
{
	const struct trace_desc *d = &trace_table[num];
	struct tracestate *t = &p->trace;
	char line[TRACE_LINE];
	struct tbuf b = {line, 0, sizeof(line) - 1};

	put_prefix(&b, p);
	put_str(&b, d->name);
	put_char(&b, '(');
	for (int i = 0; i < d->nargs; i++) {
		if (!shown(d, i, t->arg))
			continue;
		if (i > 0)
			put_str(&b, ", ");
		if (at_entry(d->arg[i].kind))
			put_mem(&b, t->text + t->start[i],
				(uint32_t)(t->end[i] - t->start[i]));
		else
			put_arg(&b, d, i, t->arg, result);
	}
	put_char(&b, ')');
	put_result(&b, d, result);
	emit(&b);
}

/*
 * At the entry of system call num of traced process p, with its
 * arguments already copied in: keeps the arguments, and the text of those
 * read from user memory. A call that never returns (_exit) is printed
 * now. Interrupts on.
 */
void trace_enter(struct proc *p, uint32_t num, const uint32_t *args)
{
	const struct trace_desc *d = &trace_table[num];
	struct tracestate *t = &p->trace;
	struct tbuf b = {t->text, 0, sizeof(t->text)};

	for (int i = 0; i < d->nargs; i++) {
		t->arg[i] = args[i];
		t->start[i] = (uint16_t)b.len;
		if (at_entry(d->arg[i].kind))
			put_arg(&b, d, i, args, 0);
		t->end[i] = (uint16_t)b.len;
	}
	if (d->result == TA_NORETURN)
		print_call(p, num, 0);
	else
		t->call = num;
}

/*
 * At the return of the call trace_enter saw (p->trace.call), with its
 * result: prints its line. Interrupts on.
 */
void trace_exit(struct proc *p, int result)
{
	print_call(p, p->trace.call, result);
	p->trace.call = 0;
}

/* The name of a signal's si_code, or NULL. */
static const char *code_name(int sig, int code)
{
	for (size_t i = 0; i < NELEM(sicodes); i++)
		if ((sicodes[i].sig == 0 || sicodes[i].sig == sig) &&
		    sicodes[i].code == code)
			return sicodes[i].name;
	return NULL;
}

/*
 * Prints "--- SIGSEGV {si_signo=SIGSEGV, ...} ---" for signal sig, which
 * traced process p is taking now (its siginfo is p->sig.info[sig]): into
 * a handler, a stop, or its end. Called by signal.c with interrupts off.
 */
void trace_signal(struct proc *p, int sig)
{
	const struct ksiginfo *si = &p->sig.info[sig];
	const char *code = code_name(sig, si->si_code);
	char line[TRACE_LINE];
	struct tbuf b = {line, 0, sizeof(line) - 1};

	put_prefix(&b, p);
	put_fmt(&b, "--- %s {si_signo=%s, si_code=", signame(sig),
		signame(sig));
	if (code)
		put_str(&b, code);
	else
		put_fmt(&b, "%d", si->si_code);
	if (si->si_code == SI_USER || sig == SIGCHLD)
		put_fmt(&b, ", si_pid=%d", si->si_pid);
	if (sig == SIGCHLD)
		put_fmt(&b, ", si_status=%d", si->si_status);
	else if (si->si_code != SI_USER && (SIGBIT(sig) & FAULTSIGS))
		put_fmt(&b, ", si_addr=0x%x", si->si_addr);
	put_str(&b, "} ---");
	emit(&b);
}

/*
 * As traced process p ends with wait status xstatus: "+++ exited with N
 * +++" or "+++ killed by SIGSEGV +++", after the line of the killing
 * signal if it was still pending (a fault, or a fatal signal that marked
 * the process as it was posted), as no delivery printed it. SIGKILL has
 * no line of its own, as in strace.
 */
void trace_end(struct proc *p, int xstatus)
{
	int sig = xstatus & 0x7f;
	char line[TRACE_LINE];
	struct tbuf b = {line, 0, sizeof(line) - 1};

	if (sig != 0 && sig != SIGKILL && (p->sig.pending & SIGBIT(sig)))
		trace_signal(p, sig);
	put_prefix(&b, p);
	if (sig == 0)
		put_fmt(&b, "+++ exited with %d +++", (xstatus >> 8) & 0xff);
	else
		put_fmt(&b, "+++ killed by %s +++", signame(sig));
	emit(&b);
}

/* A new process (fork) is traced if its parent traces its children. */
void trace_fork(struct proc *child, struct proc *parent)
{
	if (parent->trace.flags & TRACE_CHILDREN)
		child->trace.flags = parent->trace.flags;
}

/*
 * Process p has just loaded the program at path (exec.c): if the trace=
 * boot option names it (its path, or its last component), it is traced
 * from its first instruction on.
 */
void trace_exec(struct proc *p, const char *path)
{
	const char *want = cmdline_get("trace");

	if (want && (strcmp(want, path) == 0 || strcmp(want, p->name) == 0))
		p->trace.flags |= TRACE_ON;
}

/*
 * trace(flags): TRACE_ON traces the caller's system calls, with
 * TRACE_CHILDREN also those of the children it forks from then on (their
 * lines marked with their pid); 0 stops. Returns the flags it had before.
 */
int sys_trace(int flags)
{
	struct proc *p = curproc;
	int old = p->trace.flags;

	if (flags != 0 && flags != TRACE_ON &&
	    flags != (TRACE_ON | TRACE_CHILDREN))
		return -EINVAL;
	p->trace.flags = flags;
	return old;
}
