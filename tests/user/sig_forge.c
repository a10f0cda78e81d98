// The forged-sigreturn matrix: a SA_SIGINFO handler rewrites the saved
// state in its ucontext, and __sigreturn must refuse (or sanitise) what
// would raise privilege or reach kernel memory. Each forgery runs in a
// child. Kernel selectors in cs, ss or a data segment register, a
// selector with a ring-0 RPL, a system (TSS) selector, or a value above
// 16 bits: "bad signal frame", SIGSEGV. The user code selector in ds is
// allowed (it gives nothing, and the kernel's own reload of ds on the way
// out must not fault): a real CPU refuses the first write through it (a
// #GP in ring 3, SIGSEGV); QEMU's TCG does not check a segment's type on
// an access, so there the child may just go on. IOPL 3, VM, NT, IF clear: the
// child resumes with IOPL 0, IF set and no VM or NT (it checks with pushf
// right after the interrupted int $0x40), while the flags a program may
// set (CF PF AF ZF SF DF OF) come back as forged. An eip in kernel memory
// or past the segment's bound: SIGSEGV, from the resumed fetch (paging)
// or from the kernel's bound check before the iret (segments). An esp in
// kernel memory: SIGSEGV at the first push. A mask with every signal
// leaves SIGKILL and SIGSTOP unblocked. __sigreturn called directly with
// a garbage stack: "bad signal frame", SIGSEGV; with a well-formed
// context it is only a jump.
// expect: exit 0
// expect-kernel: ^forging cs = 0x08 \(kernel code\)$
// expect-kernel: bad signal frame at esp 0x[0-9a-f]+: killed by SIGSEGV
// expect-kernel: ^forging cs = 0x18 \(user code, RPL 0\)$
// expect-kernel: bad signal frame at esp 0x[0-9a-f]+: killed by SIGSEGV
// expect-kernel: ^forging ss = 0x10 \(kernel data\)$
// expect-kernel: bad signal frame at esp 0x[0-9a-f]+: killed by SIGSEGV
// expect-kernel: ^forging ss = 0x20 \(user data, RPL 0\)$
// expect-kernel: bad signal frame at esp 0x[0-9a-f]+: killed by SIGSEGV
// expect-kernel: ^forging ds = 0x10 \(kernel data\)$
// expect-kernel: bad signal frame at esp 0x[0-9a-f]+: killed by SIGSEGV
// expect-kernel: ^forging es = 0x28 \(the TSS\)$
// expect-kernel: bad signal frame at esp 0x[0-9a-f]+: killed by SIGSEGV
// expect-kernel: ^forging fs = 0x0b \(kernel code, RPL 3\)$
// expect-kernel: bad signal frame at esp 0x[0-9a-f]+: killed by SIGSEGV
// expect-kernel: ^forging gs = 0x10023 \(user data, high bits set\)$
// expect-kernel: bad signal frame at esp 0x[0-9a-f]+: killed by SIGSEGV
// expect-kernel: ^forging eip = 0xc0100000 \(kernel text\)$
// expect-kernel: (page fault at eip 0xc0100000 |return to eip 0xc0100000 outside its segment).*killed by SIGSEGV
// expect-kernel: ^forging eip = 0x40000000 \(past the bound\)$
// expect-kernel: (page fault at eip 0x40000000 |return to eip 0x40000000 outside its segment).*killed by SIGSEGV
// expect-kernel: ^forging esp = 0xc0100000 \(kernel memory\)$
// expect-kernel: page fault at eip 0x[0-9a-f]+ addr 0xc00ffffc .*killed by SIGSEGV
// expect-kernel: ^__sigreturn with the frame pointer in kernel memory$
// expect-kernel: bad signal frame at esp 0x[0-9a-f]+: killed by SIGSEGV
// expect-kernel: ^__sigreturn with a frame of 0xff bytes$
// expect-kernel: bad signal frame at esp 0x[0-9a-f]+: killed by SIGSEGV
// expect-kernel: ^__sigreturn with esp in kernel memory$
// expect-kernel: bad signal frame at esp 0xc0100000: killed by SIGSEGV
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include <mmu.h>
#include <sys/wait.h>
#include "check.h"
#include "rawsys.h"

#define SANE_FLAGS (FL_CF | FL_PF | FL_AF | FL_ZF | FL_SF | FL_DF | FL_OF)
#define BAD_FLAGS  (FL_IOPL | FL_NT | FL_VM)

enum how { SET, FLAGS, MASK };
enum outcome { RESUMED, KILLED_SEGV, KILLED_KILL, RESUMED_OR_SEGV };

struct forgery {
	const char *what; /* printed as "forging WHAT" */
	enum how how;
	int reg;	  /* SET: the gregs index */
	uint32_t value;	  /* SET: the value; FLAGS: bits to set */
	uint32_t clear;	  /* FLAGS: bits to clear */
	enum outcome out; /* what the child must come to */
};

static const struct forgery forgeries[] = {
	{"cs = 0x08 (kernel code)", SET, REG_CS, SEL_KCODE, 0, KILLED_SEGV},
	{"cs = 0x18 (user code, RPL 0)", SET, REG_CS, SEL_UCODE & ~3, 0,
	 KILLED_SEGV},
	{"ss = 0x10 (kernel data)", SET, REG_SS, SEL_KDATA, 0, KILLED_SEGV},
	{"ss = 0x20 (user data, RPL 0)", SET, REG_SS, SEL_UDATA & ~3, 0,
	 KILLED_SEGV},
	{"ds = 0x10 (kernel data)", SET, REG_DS, SEL_KDATA, 0, KILLED_SEGV},
	{"es = 0x28 (the TSS)", SET, REG_ES, SEL_TSS, 0, KILLED_SEGV},
	{"fs = 0x0b (kernel code, RPL 3)", SET, REG_FS, SEL_KCODE | 3, 0,
	 KILLED_SEGV},
	{"gs = 0x10023 (user data, high bits set)", SET, REG_GS,
	 0x10000 | SEL_UDATA, 0, KILLED_SEGV},
	{"ds = 0x1b (user code: allowed)", SET, REG_DS, SEL_UCODE, 0,
	 RESUMED_OR_SEGV},
	{"eflags with IOPL 3", FLAGS, 0, FL_IOPL, 0, RESUMED},
	{"eflags with VM", FLAGS, 0, FL_VM, 0, RESUMED},
	{"eflags with NT", FLAGS, 0, FL_NT, 0, RESUMED},
	{"eflags with IF clear", FLAGS, 0, 0, FL_IF, RESUMED},
	{"eflags with every user flag and IOPL VM NT", FLAGS, 0,
	 SANE_FLAGS | BAD_FLAGS, FL_IF, RESUMED},
	{"eip = 0xc0100000 (kernel text)", SET, REG_EIP, KERNEL_ADDR, 0,
	 KILLED_SEGV},
	{"eip = 0x40000000 (past the bound)", SET, REG_EIP, UNMAPPED_ADDR, 0,
	 KILLED_SEGV},
	{"esp = 0xc0100000 (kernel memory)", SET, REG_UESP, KERNEL_ADDR, 0,
	 KILLED_SEGV},
	{"REG_ESP = 0xc0100000 (pushal's copy: ignored)", SET, REG_ESP,
	 KERNEL_ADDR, 0, RESUMED},
	{"uc_sigmask = every signal", MASK, 0, 0xffffffffu, 0, KILLED_KILL},
};

static const struct forgery *cur;
static volatile int resumed_writes;

static void on_usr1(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	uint32_t *g = uc->uc_mcontext.gregs;

	(void)sig;
	(void)si;
	if (cur->how == SET)
		g[cur->reg] = cur->value;
	else if (cur->how == FLAGS)
		g[REG_EFL] = (g[REG_EFL] & ~cur->clear) | cur->value;
	else
		uc->uc_sigmask = cur->value;
}

/*
 * kill(getpid(), SIGUSR1) by hand, and pushf right after the int $0x40:
 * the handler runs on the way out of it, so this sees the flags that
 * sigreturn restored. cld at once: C code needs DF clear.
 */
static uint32_t raise_and_flags(void)
{
	uint32_t fl;
	int pid = getpid();

	__asm__ volatile(
		"pushl %[sig]\n\t"
		"pushl %[pid]\n\t"
		"pushl $0\n\t"
		"movl %[nr], %%eax\n\t"
		"int $0x40\n\t"
		"pushfl\n\t"
		"cld\n\t"
		"popl %[fl]\n\t"
		"addl $12, %%esp"
		: [fl] "=&r"(fl)
		: [pid] "r"(pid), [sig] "i"(SIGUSR1), [nr] "i"(SYS_kill)
		: "eax", "memory", "cc");
	return fl;
}

/* In the child: forge, resume, check what came back. Returns the exit. */
static int child(const struct forgery *f)
{
	struct sigaction sa;
	uint32_t fl, want;
	sigset_t mask;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_usr1;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);
	cur = f;
	fl = raise_and_flags();
	resumed_writes++; /* through ds */
	if (f->how == MASK) {
		sigprocmask(SIG_BLOCK, NULL, &mask);
		want = 0x7fffffffu &
		       ~((1u << (SIGKILL - 1)) | (1u << (SIGSTOP - 1)));
		if (mask != want) {
			printf("FAIL: mask 0x%x, expected 0x%x\n", mask, want);
			return 1;
		}
		kill(getpid(), SIGKILL); /* must not be blocked */
		printf("FAIL: SIGKILL was blocked\n");
		return 1;
	}
	if ((fl & (BAD_FLAGS | FL_TF)) || !(fl & FL_IF)) {
		printf("FAIL: resumed with eflags 0x%x\n", fl);
		return 1;
	}
	want = f->how == FLAGS ? f->value & SANE_FLAGS : 0;
	if (f->how == FLAGS && (fl & want) != want) {
		printf("FAIL: the user flags 0x%x did not come back (0x%x)\n",
		       want, fl);
		return 1;
	}
	return 0;
}

static const char *outcome_name(enum outcome o)
{
	switch (o) {
	case RESUMED:
		return "resumed";
	case KILLED_SEGV:
		return "killed by SIGSEGV";
	case KILLED_KILL:
		return "killed by SIGKILL";
	default:
		return "resumed, or killed by SIGSEGV at its first write";
	}
}

static int status_matches(int st, enum outcome o)
{
	if (o == RESUMED_OR_SEGV)
		o = WIFEXITED(st) ? RESUMED : KILLED_SEGV;
	if (o == RESUMED)
		return WIFEXITED(st) && WEXITSTATUS(st) == 0;
	return WIFSIGNALED(st) &&
	       WTERMSIG(st) == (o == KILLED_SEGV ? SIGSEGV : SIGKILL);
}

/* The raw __sigreturn with esp = sp, in a child; returns its status. */
static int sigreturn_at(uint32_t sp)
{
	int pid = fork(), st = 0;

	if (pid == 0) {
		raw_syscall_sp(SYS_sigreturn, sp);
		_exit(0); /* a bad frame must not come back here */
	}
	waitpid(pid, &st, 0);
	return st;
}

static uint32_t garbage[64], frame[4];

static void test_garbage(void)
{
	int st;

	printf("__sigreturn with the frame pointer in kernel memory\n");
	frame[2] = KERNEL_ADDR; /* esp + 8: the ucontext's address */
	st = sigreturn_at((uint32_t)(uintptr_t)frame);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV,
	      "killed by SIGSEGV (status 0x%x)", st);

	printf("__sigreturn with a frame of 0xff bytes\n");
	memset(garbage, 0xff, sizeof(garbage));
	frame[2] = (uint32_t)(uintptr_t)garbage;
	st = sigreturn_at((uint32_t)(uintptr_t)frame);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV,
	      "killed by SIGSEGV (status 0x%x)", st);

	printf("__sigreturn with esp in kernel memory\n");
	st = sigreturn_at(KERNEL_ADDR);
	check(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV,
	      "killed by SIGSEGV (status 0x%x)", st);
}

/* A well-formed context from outside any handler: a plain jump. */
static ucontext_t good;
static char landing_stack[4096] __attribute__((aligned(16)));

static void landing(void)
{
	_exit(33);
}

static void on_save(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)si;
	good = *(ucontext_t *)ctx;
}

static void test_jump(void)
{
	struct sigaction sa;
	int pid, st = 0;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_save;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR2, &sa, NULL);
	raise(SIGUSR2);
	good.uc_mcontext.gregs[REG_EIP] = (uint32_t)(uintptr_t)landing;
	good.uc_mcontext.gregs[REG_UESP] =
		(uint32_t)(uintptr_t)landing_stack + sizeof(landing_stack) - 4;
	frame[2] = (uint32_t)(uintptr_t)&good;
	printf("__sigreturn with a well-formed context\n");
	pid = fork();
	if (pid == 0) {
		raw_syscall_sp(SYS_sigreturn, (uint32_t)(uintptr_t)frame);
		_exit(0);
	}
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 33,
	      "it jumped to the context's eip (status 0x%x)", st);
}

int main(void)
{
	int n = (int)(sizeof(forgeries) / sizeof(forgeries[0]));

	for (int i = 0; i < n; i++) {
		const struct forgery *f = &forgeries[i];
		int pid, st = 0;

		printf("forging %s\n", f->what);
		pid = fork();
		if (pid == 0)
			_exit(child(f));
		waitpid(pid, &st, 0);
		check(status_matches(st, f->out), "%s: %s (status 0x%x)",
		      f->what, outcome_name(f->out), st);
	}
	test_garbage();
	test_jump();
	return check_done();
}
