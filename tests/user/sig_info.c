// Handlers get the right signal and siginfo: kill from another process
// (SI_USER, si_pid the sender), raise (si_pid ourselves), the timer
// (SI_TIMER), SIGCHLD (CLD_EXITED, the child and its code), SIGPIPE from
// the kernel (SI_KERNEL); and each fault as its signal, with the saved
// state (a bad write is SIGSEGV with si_addr and cr2 the address and
// SEGV_ACCERR/SEGV_MAPERR, a divide by zero SIGFPE/FPE_INTDIV, ud2
// SIGILL/ILL_ILLOPC, a single step (TF) SIGTRAP, each with the saved eip
// at the instruction); the handler moves the saved eip past it and the
// program goes on.
// expect: exit 0
// expect-output: ^ok: SIGBUS: not raised, alignment checking is off
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// About int3. The kernel gives vector 3 DPL 0, so int3 in ring 3 is a #GP (a
// breakpoint is not something ring 3 may ask for here): SIGSEGV with
// si_code SI_KERNEL, trapno 13 and the error code of an IDT entry, (3 <<
// 3) | 2; the handler steps over the one-byte instruction. SIGTRAP is
// still reachable: the trap flag makes the CPU raise #DB after each
// instruction, which the kernel posts as SIGTRAP (TRAP_BRKPT).
//
// About SIGBUS. The kernel never sets CR0.AM, so the AC flag has no effect and
// an unaligned access does not fault; the test checks that (if a later
// kernel turns alignment checking on, the same code must give SIGBUS with
// BUS_ADRALN instead, and the expected line above must change).
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include <mmu.h>
#include <traps.h>
#include <sys/time.h>
#include <sys/wait.h>
#include "check.h"
#include "rawsys.h"

/*
 * The faulting instructions, each between two labels: NAME_at is the
 * instruction, NAME_after the next one, where the handler resumes.
 */
void do_badwrite(uint32_t addr);
void do_div0(void);
void do_ud2(void);
void do_int3(void);
void do_step(void);
uint32_t do_unaligned(const void *p);
extern char bw_at[], bw_after[], div_at[], div_after[], ud2_at[], ud2_after[];
extern char int3_at[], int3_after[], step_first[], step_end[];
extern char ua_at[], ua_after[];

__asm__(".text\n"
	"do_badwrite:\n"
	"	movl 4(%esp), %eax\n"
	"bw_at:	movl $0x5a, (%eax)\n"
	"bw_after:\n"
	"	ret\n"
	"do_div0:\n"
	"	movl $7, %eax\n"
	"	xorl %edx, %edx\n"
	"	xorl %ecx, %ecx\n"
	"div_at:	divl %ecx\n"
	"div_after:\n"
	"	ret\n"
	"do_ud2:\n"
	"ud2_at:	ud2\n"
	"ud2_after:\n"
	"	ret\n"
	"do_int3:\n"
	"int3_at:	int3\n"
	"int3_after:\n"
	"	ret\n"
	"do_step:\n"
	"	pushfl\n"
	"	orl $0x100, (%esp)\n" /* TF */
	"	popfl\n"
	"step_first:\n"
	"	nop\n"
	"	movl $1, %eax\n"
	"	addl $2, %eax\n"
	"	nop\n"
	"step_end:\n"
	"	ret\n"
	"do_unaligned:\n"
	"	movl 4(%esp), %ecx\n"
	"	pushfl\n"
	"	orl $0x40000, (%esp)\n" /* AC */
	"	popfl\n"
	"ua_at:	movl (%ecx), %eax\n"
	"ua_after:\n"
	"	pushfl\n"
	"	andl $~0x40000, (%esp)\n"
	"	popfl\n"
	"	ret\n");

/* What the last handler saw. */
static volatile int got_sig, got_code, got_pid, got_status, nhits;
static volatile uint32_t got_addr, got_eip, got_trapno, got_err, got_cr2;
static volatile int got_arg_sig;

/* Where the handler sends the program on (0: back where it was). */
static char *volatile resume_at;

/* Single stepping: the eips of the traps, and whether they increased. */
static volatile int nsteps, steps_ordered = 1;
static volatile uint32_t step_eip[16];

static void on_sig(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	uint32_t *g = uc->uc_mcontext.gregs;

	nhits++;
	got_arg_sig = sig;
	got_sig = si->si_signo;
	got_code = si->si_code;
	got_pid = si->si_pid;
	got_status = si->si_status;
	got_addr = si->si_addr;
	got_eip = g[REG_EIP];
	got_trapno = g[REG_TRAPNO];
	got_err = g[REG_ERR];
	got_cr2 = uc->uc_mcontext.cr2;
	if (resume_at)
		g[REG_EIP] = (uint32_t)(uintptr_t)resume_at;
}

static void on_trap(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	uint32_t *g = uc->uc_mcontext.gregs;

	(void)sig;
	if (nsteps < 16)
		step_eip[nsteps] = g[REG_EIP];
	if (nsteps > 0 && g[REG_EIP] <= step_eip[nsteps - 1])
		steps_ordered = 0;
	nsteps++;
	got_sig = si->si_signo;
	got_code = si->si_code;
	if (g[REG_EIP] == (uint32_t)(uintptr_t)step_end || nsteps > 12)
		g[REG_EFL] &= ~FL_TF; /* done: stop stepping */
}

static void catch (int sig, void (*fn)(int, siginfo_t *, void *))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO;
	if (sigaction(sig, &sa, NULL) < 0)
		check(0, "sigaction(%s)", signame(sig));
}

static void reset(char *resume)
{
	got_sig = got_code = got_pid = got_status = got_arg_sig = 0;
	got_addr = got_eip = got_trapno = got_err = got_cr2 = 0;
	nhits = 0;
	resume_at = resume;
}

static uint32_t addr_of(const char *label)
{
	return (uint32_t)(uintptr_t)label;
}

/* kill from a child: SI_USER and the child's pid. */
static void test_kill_from_child(void)
{
	sigset_t set;
	int pid, st;

	catch (SIGUSR1, on_sig);
	reset(NULL);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	pid = fork();
	if (pid == 0) {
		kill(getppid(), SIGUSR1);
		_exit(0);
	}
	waitpid(pid, &st, 0);
	check(nhits == 0, "blocked: no handler yet");
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	check(nhits == 1 && got_arg_sig == SIGUSR1 && got_sig == SIGUSR1 &&
		      got_code == SI_USER && got_pid == pid,
	      "kill from child %d: sig %d signo %d code %d pid %d", pid,
	      got_arg_sig, got_sig, got_code, got_pid);
}

static void test_raise_timer_child_pipe(void)
{
	struct itimerval it = {{0, 0}, {0, 20000}};
	int fds[2], pid, st;

	catch (SIGUSR2, on_sig);
	reset(NULL);
	raise(SIGUSR2);
	check(nhits == 1 && got_sig == SIGUSR2 && got_code == SI_USER &&
		      got_pid == getpid(),
	      "raise: signo %d code %d pid %d", got_sig, got_code, got_pid);

	catch (SIGALRM, on_sig);
	reset(NULL);
	setitimer(ITIMER_REAL, &it, NULL);
	while (nhits == 0)
		pause();
	check(got_sig == SIGALRM && got_code == SI_TIMER,
	      "ITIMER_REAL: signo %d code %d (SI_TIMER %d)", got_sig, got_code,
	      SI_TIMER);

	catch (SIGCHLD, on_sig);
	reset(NULL);
	pid = fork();
	if (pid == 0)
		_exit(42);
	while (nhits == 0)
		pause();
	check(got_sig == SIGCHLD && got_code == CLD_EXITED && got_pid == pid &&
		      got_status == 42,
	      "SIGCHLD: signo %d code %d pid %d (child %d) status %d", got_sig,
	      got_code, got_pid, pid, got_status);
	waitpid(pid, &st, 0);
	signal(SIGCHLD, SIG_DFL);

	catch (SIGPIPE, on_sig);
	reset(NULL);
	pipe(fds);
	close(fds[0]);
	check_err("write to a pipe with no reader", write(fds[1], "x", 1),
		  EPIPE);
	check(nhits == 1 && got_sig == SIGPIPE && got_code == SI_KERNEL,
	      "SIGPIPE: signo %d code 0x%x (SI_KERNEL)", got_sig, got_code);
	close(fds[1]);
}

/* A bad write: SIGSEGV, si_addr and cr2 the address, the saved state. */
static void test_segv(uint32_t addr, int code, const char *what)
{
	catch (SIGSEGV, on_sig);
	reset(bw_after);
	do_badwrite(addr);
	check(nhits == 1, "%s: the handler ran once and the program went on",
	      what);
	check(got_sig == SIGSEGV && got_arg_sig == SIGSEGV && got_code == code,
	      "%s: signo %d code %d, expected %d", what, got_sig, got_code,
	      code);
	check(got_addr == addr && got_cr2 == addr,
	      "%s: si_addr 0x%x cr2 0x%x, expected 0x%x", what, got_addr,
	      got_cr2, addr);
	check(got_eip == addr_of(bw_at) && got_trapno == T_PGFLT &&
		      (got_err & (PFE_W | PFE_U)) == (PFE_W | PFE_U),
	      "%s: eip 0x%x (the write at 0x%x), trapno %d, err 0x%x", what,
	      got_eip, addr_of(bw_at), got_trapno, got_err);
}

static void test_fpe_ill(void)
{
	catch (SIGFPE, on_sig);
	reset(div_after);
	do_div0();
	check(nhits == 1 && got_sig == SIGFPE && got_code == FPE_INTDIV &&
		      got_eip == addr_of(div_at) && got_trapno == T_DIVIDE,
	      "divide by zero: signo %d code %d eip 0x%x (div at 0x%x) "
	      "trapno %d",
	      got_sig, got_code, got_eip, addr_of(div_at), got_trapno);

	catch (SIGILL, on_sig);
	reset(ud2_after);
	do_ud2();
	check(nhits == 1 && got_sig == SIGILL && got_code == ILL_ILLOPC &&
		      got_eip == addr_of(ud2_at) && got_trapno == T_ILLOP,
	      "ud2: signo %d code %d eip 0x%x (ud2 at 0x%x) trapno %d", got_sig,
	      got_code, got_eip, addr_of(ud2_at), got_trapno);
}

static void test_int3_step(void)
{
	catch (SIGSEGV, on_sig);
	reset(int3_after);
	do_int3();
	check(nhits == 1 && got_sig == SIGSEGV && got_code == SI_KERNEL &&
		      got_trapno == T_GPFLT &&
		      got_err == ((T_BRKPT << 3) | 2) &&
		      got_eip == addr_of(int3_at),
	      "int3: #GP as SIGSEGV: signo %d code 0x%x trapno %d err 0x%x "
	      "eip 0x%x (int3 at 0x%x)",
	      got_sig, got_code, got_trapno, got_err, got_eip,
	      addr_of(int3_at));

	catch (SIGTRAP, on_trap);
	got_sig = got_code = 0;
	do_step();
	for (int i = 0; i < nsteps && i < 16; i++)
		printf("step %d: eip 0x%x\n", i, step_eip[i]);
	check(got_sig == SIGTRAP && got_code == TRAP_BRKPT,
	      "single step: signo %d code %d", got_sig, got_code);
	/* popf sets TF; the first trap comes after the next instruction. */
	check(nsteps == 4 && steps_ordered &&
		      step_eip[0] == addr_of(step_first) + 1 &&
		      step_eip[3] == addr_of(step_end),
	      "single step: %d traps (4 expected), one after each instruction "
	      "of the block 0x%x..0x%x, in order",
	      nsteps, addr_of(step_first), addr_of(step_end));
}

static void test_bus(void)
{
	static uint32_t words[2] = {0x44332211, 0x88776655};
	uint32_t v;

	catch (SIGBUS, on_sig);
	reset(ua_after);
	v = do_unaligned((const char *)words + 1);
	if (nhits == 0) {
		check(v == 0x55443322,
		      "SIGBUS: not raised, alignment checking is off (CR0.AM "
		      "clear): the unaligned load read 0x%x",
		      v);
		return;
	}
	check(got_sig == SIGBUS && got_code == BUS_ADRALN &&
		      got_eip == addr_of(ua_at) && got_trapno == T_ALIGN,
	      "SIGBUS: signo %d code %d eip 0x%x (load at 0x%x)", got_sig,
	      got_code, got_eip, addr_of(ua_at));
}

int main(void)
{
	test_kill_from_child();
	test_raise_timer_child_pipe();
	test_segv(KERNEL_ADDR, SEGV_ACCERR, "write to kernel memory");
	test_segv(UNMAPPED_ADDR, SEGV_MAPERR, "write to unmapped memory");
	test_fpe_ill();
	test_int3_step();
	test_bus();
	return check_done();
}
