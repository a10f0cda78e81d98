// Every general register, the segment registers, the flags (CF PF AF ZF
// SF DF OF) and errno survive a handler that interrupts a busy loop
// hundreds of times: an assembly loop holds known values in every
// register and known flags (DF included) while an ITIMER_REAL timer fires
// every tick; the handler clobbers all of them and makes a failing system
// call. A second loop makes a system call on each pass, so that handlers
// also run on the way back from a system call (eax must still be its
// result), and a third checks errno after failing calls through the C
// library.
// expect: exit 0
// cmdline: hz=10000
// icount: yes
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// errno is a variable of the program: the handler saves and restores it
// as POSIX asks of every handler that makes system calls. What the kernel
// must keep is the interrupted call's result in eax, from which the C
// library sets errno after the handler has returned.
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include <mmu.h>
#include <traps.h>
#include <sys/time.h>
#include "check.h"
#include "rawsys.h"

/* The values the loops hold; out[] gets what the registers held after. */
struct spin {
	uint32_t iters;				     /* 0 */
	uint32_t flags;				     /* 4: loaded with popf */
	uint32_t eax, ebx, edx, esi, edi, ebp;	     /* 8..28 */
	uint32_t out_eax, out_ebx, out_ecx, out_edx; /* 32..44 */
	uint32_t out_esi, out_edi, out_ebp, out_esp; /* 48..60 */
	uint32_t out_fs, out_gs, out_ds, out_es;     /* 64..76 */
	uint32_t out_flags;			     /* 80 */
	uint32_t esp;				     /* 84: esp at the loop */
	uint32_t saved_fs, saved_gs;		     /* 88, 92 */
};
struct spin sp_state;

void spin_plain(void);
void spin_syscall(void);
extern char spin_begin[], spin_end[];

/*
 * Both loops: save the callee-saved registers, load fs and gs with the
 * null selector and every general register with a pattern, popf the
 * flags, then count ecx down with `loop` (which leaves the flags alone),
 * optionally making a system call on each pass. Afterwards store everything in
 * sp_state (absolute addresses: no register needed) and restore.
 */
#define SPIN_ENTRY(name)                                                       \
#name ":\n"                                                            \
	      "	pushl %ebp\n"                                                  \
	      "	pushl %ebx\n"                                                  \
	      "	pushl %esi\n"                                                  \
	      "	pushl %edi\n"                                                  \
	      "	movw %fs, sp_state+88\n"                                       \
	      "	movw %gs, sp_state+92\n"                                       \
	      "	xorl %eax, %eax\n"                                             \
	      "	movw %ax, %fs\n"                                               \
	      "	movw %ax, %gs\n"                                               \
	      "	pushl sp_state+4\n"                                            \
	      "	movl sp_state+0, %ecx\n"                                       \
	      "	movl sp_state+8, %eax\n"                                       \
	      "	movl sp_state+12, %ebx\n"                                      \
	      "	movl sp_state+16, %edx\n"                                      \
	      "	movl sp_state+20, %esi\n"                                      \
	      "	movl sp_state+24, %edi\n"                                      \
	      "	movl sp_state+28, %ebp\n"                                      \
	      "	popfl\n"                                                       \
	      "	movl %esp, sp_state+84\n"
#define SPIN_EXIT                                                              \
	"	pushfl\n"                                                            \
	"	popl sp_state+80\n"                                                  \
	"	movl %eax, sp_state+32\n"                                            \
	"	movl %ebx, sp_state+36\n"                                            \
	"	movl %ecx, sp_state+40\n"                                            \
	"	movl %edx, sp_state+44\n"                                            \
	"	movl %esi, sp_state+48\n"                                            \
	"	movl %edi, sp_state+52\n"                                            \
	"	movl %ebp, sp_state+56\n"                                            \
	"	movl %esp, sp_state+60\n"                                            \
	"	movw %fs, sp_state+64\n"                                             \
	"	movw %gs, sp_state+68\n"                                             \
	"	movw %ds, sp_state+72\n"                                             \
	"	movw %es, sp_state+76\n"                                             \
	"	cld\n"                                                               \
	"	movw sp_state+88, %fs\n"                                             \
	"	movw sp_state+92, %gs\n"                                             \
	"	popl %edi\n"                                                         \
	"	popl %esi\n"                                                         \
	"	popl %ebx\n"                                                         \
	"	popl %ebp\n"                                                         \
	"	ret\n"

__asm__(".text\n"
	"spin_begin:\n" SPIN_ENTRY(spin_plain) "1:	loop 1b\n" SPIN_EXIT
		SPIN_ENTRY(
			spin_syscall) "2:	pushl $0\n" /* old: NULL */
				      "	pushl $0\n"	    /* set: NULL */
				      "	pushl $0\n"	    /* how */
				      "	pushl $0\n" /* no return address */
				      "	movl $28, %eax\n" /* sigprocmask */
				      "	int $0x40\n"
				      "	leal 16(%esp), %esp\n" /* flags kept */
				      "	loop 2b\n" SPIN_EXIT "spin_end:\n");

/* sigprocmask(0, NULL, NULL) changes nothing and returns 0, with
 * interrupts on in the kernel (getpid is quick: none can come). */
_Static_assert(SYS_sigprocmask == 28, "spin_syscall's call number");

/* Deliveries: all, inside the loops, and at a system call's return. */
static volatile int nsig, nin_spin, nat_syscall, bad_df, bad_handler_errno;

static void on_alarm(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	uint32_t eip = uc->uc_mcontext.gregs[REG_EIP], fl;
	int saved = errno;

	(void)sig;
	(void)si;
	nsig++;
	if (eip >= (uint32_t)(uintptr_t)spin_begin &&
	    eip < (uint32_t)(uintptr_t)spin_end)
		nin_spin++;
	if (uc->uc_mcontext.gregs[REG_TRAPNO] == T_SYSCALL)
		nat_syscall++;
	__asm__ volatile("pushfl; popl %0" : "=r"(fl));
	if (fl & FL_DF)
		bad_df++; /* the ABI wants DF clear on entry to a function */
	if (dup(-1) != -1 || errno != EBADF)
		bad_handler_errno++;
	/* Clobber every register and all the flags, DF included. */
	__asm__ volatile("movl $0xdead0001, %%eax\n\t"
			 "movl $0xdead0002, %%ebx\n\t"
			 "movl $0xdead0003, %%ecx\n\t"
			 "movl $0xdead0004, %%edx\n\t"
			 "movl $0xdead0005, %%esi\n\t"
			 "movl $0xdead0006, %%edi\n\t"
			 "pushl %%ebp\n\t"
			 "movl $0xdead0007, %%ebp\n\t"
			 "pushl $0xcd7\n\t"
			 "popfl\n\t"
			 "pushl $0x2\n\t"
			 "popfl\n\t"
			 "std\n\t"
			 "popl %%ebp\n\t"
			 "cld"
			 :
			 :
			 : "eax", "ebx", "ecx", "edx", "esi", "edi", "memory",
			   "cc");
	errno = saved;
}

#define CHECKED_FLAGS (FL_CF | FL_PF | FL_AF | FL_ZF | FL_SF | FL_DF | FL_OF)

/* Runs one loop with a pattern derived from n; returns 1 if all held. */
static int run_spin(void (*fn)(void), uint32_t iters, uint32_t n, int sys)
{
	struct spin *s = &sp_state;
	uint32_t want_eax;
	int ok;

	s->iters = iters;
	s->flags = (n & 1) ? (FL_RESERVED | CHECKED_FLAGS) : FL_RESERVED;
	s->eax = 0xa0a00000 + n;
	s->ebx = 0xb1b10000 + n;
	s->edx = 0xd3d30000 + n;
	s->esi = 0x5e5e0000 + n;
	s->edi = 0xd1d10000 + n;
	s->ebp = 0xbebe0000 + n;
	want_eax = sys ? 0 : s->eax;
	fn();
	ok = s->out_eax == want_eax && s->out_ebx == s->ebx &&
	     s->out_ecx == 0 && s->out_edx == s->edx && s->out_esi == s->esi &&
	     s->out_edi == s->edi && s->out_ebp == s->ebp &&
	     s->out_esp == s->esp && s->out_fs == 0 && s->out_gs == 0 &&
	     s->out_ds == SEL_UDATA && s->out_es == SEL_UDATA &&
	     (s->out_flags & CHECKED_FLAGS) == (s->flags & CHECKED_FLAGS) &&
	     (s->out_flags & FL_IF) && !(s->out_flags & (FL_IOPL | FL_TF));
	if (!ok)
		check(0,
		      "run %u: eax %x/%x ebx %x/%x ecx %x/0 edx %x/%x esi %x/%x "
		      "edi %x/%x ebp %x/%x esp %x/%x fs %x gs %x ds %x es %x "
		      "flags %x/%x",
		      n, s->out_eax, want_eax, s->out_ebx, s->ebx, s->out_ecx,
		      s->out_edx, s->edx, s->out_esi, s->esi, s->out_edi,
		      s->edi, s->out_ebp, s->ebp, s->out_esp, s->esp, s->out_fs,
		      s->out_gs, s->out_ds, s->out_es, s->out_flags, s->flags);
	return ok;
}

static void start_timer(void)
{
	struct itimerval it = {{0, 100}, {0, 100}}; /* every tick */
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_alarm;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	check_ok("sigaction(SIGALRM)", sigaction(SIGALRM, &sa, NULL));
	check_ok("setitimer(ITIMER_REAL, 100 us)",
		 setitimer(ITIMER_REAL, &it, NULL));
}

int main(void)
{
	struct itimerval off = {{0, 0}, {0, 0}};
	int bad = 0, runs = 0, first, errno_bad = 0, calls = 0;
	pid_t me = getpid();

	start_timer();
	/* The plain loop: deliveries at timer interrupts inside it. */
	while (nin_spin < 300 && runs < 2000)
		bad += !run_spin(spin_plain, 100000, (uint32_t)runs++, 0);
	check(bad == 0 && nin_spin >= 300,
	      "plain loop: %d runs, %d handlers inside the loop, all "
	      "registers and flags held",
	      runs, nin_spin);

	/* The loop with system calls: deliveries at their returns too. */
	first = nat_syscall;
	for (int i = 0; i < 50000 && nat_syscall - first < 100; i++)
		bad += !run_spin(spin_syscall, 100, (uint32_t)runs++, 1);
	check(bad == 0 && nat_syscall - first >= 100,
	      "system call loop: %d handlers at a system call's return, "
	      "all registers, flags and eax held",
	      nat_syscall - first);

	/* errno through the C library, across handlers. */
	first = nsig;
	while (nsig - first < 200 && calls < 2000000) {
		calls++;
		errno = 0;
		if (sigaction(0, NULL, NULL) != -1 || errno != EINVAL)
			errno_bad++;
		if (getpid() != me)
			errno_bad++;
	}
	check(errno_bad == 0 && nsig - first >= 200,
	      "errno: %d failing calls, each left EINVAL, across %d handlers",
	      calls, nsig - first);
	setitimer(ITIMER_REAL, &off, NULL);
	check(bad_df == 0, "DF was clear on entry to every handler");
	check(bad_handler_errno == 0,
	      "the handlers' own calls set their errno (EBADF)");
	printf("%d handlers in all, %d at a system call's return\n", nsig,
	       nat_syscall);
	return check_done();
}
