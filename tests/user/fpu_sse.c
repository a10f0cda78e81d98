// SSE state is each process's own too (fxsave saves it with the x87's):
// a program starts with the default MXCSR (0x1f80); a parent and a child
// each set their own MXCSR rounding and keep their own value in xmm1
// across 200 turns through pipes. Then an unmasked SSE divide by zero:
// on hardware #XM, which the kernel turns into SIGFPE with FPE_FLTDIV as
// it does #MF; QEMU's TCG (7.2) raises no #XM and only sets the flag, so
// either outcome passes and the line says which it was. (User code is
// built without SSE, so these instructions are written in asm.)
// expect: exit 0
// expect-output: ^ok: a new program's MXCSR is 0x1f80$
// expect-output: ^ok: parent: 200 turns, MXCSR and xmm1 its own$
// expect-output: ^ok: the child's checks passed$
// expect-output: ^ok: SSE 1/0 unmasked: (SIGFPE FPE_FLTDIV|no #XM, the divide-by-zero flag set)$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

#define TURNS	     200
#define MXCSR_DFLT   0x1f80
#define MXCSR_DOWN   0x3f80 /* masked, round down */
#define MXCSR_ZERO   0x7f80 /* masked, round toward zero */
#define MXCSR_ZE     0x0004 /* the divide-by-zero flag */
#define MXCSR_ZE_MSK 0x0200 /* ... and its mask */

static sigjmp_buf env;
static volatile int got_code;
static const float one = 1.0f, zero = 0.0f;

static uint32_t get_mxcsr(void)
{
	uint32_t v;

	__asm__ volatile("stmxcsr %0" : "=m"(v)::"memory");
	return v;
}

static void set_mxcsr(uint32_t v)
{
	__asm__ volatile("ldmxcsr %0" ::"m"(v) : "memory");
}

static void set_xmm1(uint32_t v)
{
	__asm__ volatile("movd %0, %%xmm1" ::"r"(v));
}

static uint32_t get_xmm1(void)
{
	uint32_t v;

	__asm__ volatile("movd %%xmm1, %0" : "=r"(v));
	return v;
}

static int turns(uint32_t mxcsr, uint32_t mark, int rd, int wr, int first)
{
	char c = 'x';

	set_mxcsr(mxcsr);
	set_xmm1(mark);
	for (int i = 0; i < TURNS; i++) {
		if ((!first || i > 0) && read(rd, &c, 1) != 1)
			return 0;
		if (get_mxcsr() != mxcsr || get_xmm1() != mark) {
			printf("turn %d: mxcsr 0x%x xmm1 0x%x\n", i,
			       get_mxcsr(), get_xmm1());
			return 0;
		}
		if (write(wr, &c, 1) != 1)
			return 0;
	}
	if (first)
		read(rd, &c, 1);
	return 1;
}

static void on_fpe(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	got_code = si->si_code;
	siglongjmp(env, 1);
}

static void sse_div_zero(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fpe;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGFPE, &sa, NULL);
	if (sigsetjmp(env, 1) == 0) {
		set_mxcsr(MXCSR_DFLT & ~MXCSR_ZE_MSK);
		__asm__ volatile("movss %0, %%xmm0\n\t"
				 "divss %1, %%xmm0" ::"m"(one),
				 "m"(zero));
		check(get_mxcsr() & MXCSR_ZE,
		      "SSE 1/0 unmasked: no #XM, the divide-by-zero flag set");
		return;
	}
	check(got_code == FPE_FLTDIV, "SSE 1/0 unmasked: SIGFPE %s",
	      got_code == FPE_FLTDIV ? "FPE_FLTDIV" : "with another code");
}

int main(void)
{
	int to_child[2], to_parent[2], pid, st = -1;

	check(get_mxcsr() == MXCSR_DFLT, "a new program's MXCSR is 0x%x",
	      get_mxcsr());
	if (pipe(to_child) < 0 || pipe(to_parent) < 0)
		return 2;
	pid = fork();
	if (pid == 0)
		_exit(turns(MXCSR_ZERO, 0xc41d, to_child[0], to_parent[1], 0)
			      ? 0
			      : 1);
	check(turns(MXCSR_DOWN, 0xba5e, to_parent[0], to_child[1], 1),
	      "parent: %d turns, MXCSR and xmm1 its own", TURNS);
	waitpid(pid, &st, 0);
	check(st == 0, "the child's checks passed");
	sse_div_zero();
	return check_done();
}
