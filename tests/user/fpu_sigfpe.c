// Floating-point exceptions a program unmasks arrive as SIGFPE, with the
// si_code the x87 status word gives: 1.0/0.0 FPE_FLTDIV, 0.0/0.0
// FPE_FLTINV, an overflow and an underflow when stored as a double
// FPE_FLTOVF and FPE_FLTUND, 1.0/3.0 with only "inexact" unmasked
// FPE_FLTRES. The handler starts with a clean FPU (its own 1.0/0.0 gives
// inf, no trap), finds the interrupted code's state in the frame
// (mcontext.fpregs: its control word, the flag raised) and siglongjmps
// out. With the exceptions masked, as by default, nothing traps.
// expect: exit 0
// expect-output: ^ok: 1\.0/0\.0 unmasked: SIGFPE FPE_FLTDIV$
// expect-output: ^ok: 0\.0/0\.0 unmasked: SIGFPE FPE_FLTINV$
// expect-output: ^ok: overflow unmasked: SIGFPE FPE_FLTOVF$
// expect-output: ^ok: underflow unmasked: SIGFPE FPE_FLTUND$
// expect-output: ^ok: inexact unmasked: SIGFPE FPE_FLTRES$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include "check.h"

#define CW_DEFAULT 0x037f /* fninit's: all masked, 64-bit, to nearest */
#define FP_IE	   0x01
#define FP_ZE	   0x04
#define FP_OE	   0x08
#define FP_UE	   0x10
#define FP_PE	   0x20

static sigjmp_buf env;
static volatile int got_code, got_count, handler_cw, handler_inf;
static volatile int saved_cw, saved_sw;

static void set_cw(uint16_t cw)
{
	__asm__ volatile("fclex\n\t"
			 "fldcw %0" ::"m"(cw));
}

static uint16_t get_cw(void)
{
	uint16_t cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static void on_fpe(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	struct kfpstate *fp = (struct kfpstate *)uc->uc_mcontext.fpregs;
	volatile double one = 1.0, zero = 0.0, r;

	(void)sig;
	got_count++;
	got_code = si->si_code;
	handler_cw = get_cw();
	r = one / zero; /* the handler's own FPU: masked, no trap */
	handler_inf = isinf(r) && r > 0;
	saved_cw = fp ? fp->fcw : -1;
	saved_sw = fp ? fp->fsw : -1;
	siglongjmp(env, 1);
}

static const char *code_name(int code)
{
	switch (code) {
	case FPE_FLTDIV:
		return "FPE_FLTDIV";
	case FPE_FLTINV:
		return "FPE_FLTINV";
	case FPE_FLTOVF:
		return "FPE_FLTOVF";
	case FPE_FLTUND:
		return "FPE_FLTUND";
	case FPE_FLTRES:
		return "FPE_FLTRES";
	default:
		return "?";
	}
}

/*
 * Runs op with the exceptions in flag unmasked, and checks that SIGFPE
 * with code came, once, and what the handler saw. fwait makes the x87
 * report a pending exception at once (a real CPU would also at the next
 * x87 instruction; QEMU only at a waiting one).
 */
static void expect_fpe(const char *what, void (*op)(void), uint16_t flag,
		       int code)
{
	uint16_t cw = CW_DEFAULT & ~flag;

	got_code = got_count = 0;
	if (sigsetjmp(env, 1) == 0) {
		set_cw(cw);
		op();
		__asm__ volatile("fwait");
		check(0, "%s unmasked: no SIGFPE", what);
		return;
	}
	check(got_count == 1 && got_code == code, "%s unmasked: SIGFPE %s",
	      what, code_name(got_code));
	check(handler_cw == CW_DEFAULT && handler_inf,
	      "%s: the handler's FPU is clean (control word 0x%x)", what,
	      handler_cw);
	check(saved_cw == cw && (saved_sw & flag),
	      "%s: the frame has the interrupted state (cw 0x%x sw 0x%x)", what,
	      saved_cw, saved_sw);
	check(get_cw() == CW_DEFAULT,
	      "%s: after siglongjmp the FPU is the handler's, masked", what);
}

static volatile double v_one = 1.0, v_zero = 0.0, v_three = 3.0;
static volatile double v_big = 1e300, v_tiny = 1e-300, v_out;

static void div_zero(void)
{
	v_out = v_one / v_zero;
}

static void zero_zero(void)
{
	v_out = v_zero / v_zero;
}

static void overflow(void)
{
	v_out = v_big * v_big; /* fine in 80 bits, too big as a double */
}

static void underflow(void)
{
	v_out = v_tiny * v_tiny;
}

static void inexact(void)
{
	v_out = v_one / v_three;
}

int main(void)
{
	struct sigaction sa;
	double r;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fpe;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGFPE, &sa, NULL);

	r = v_one / v_zero;
	check(isinf(r) && get_cw() == CW_DEFAULT,
	      "masked (the default): 1.0/0.0 is inf, no signal");
	expect_fpe("1.0/0.0", div_zero, FP_ZE, FPE_FLTDIV);
	expect_fpe("0.0/0.0", zero_zero, FP_IE, FPE_FLTINV);
	expect_fpe("overflow", overflow, FP_OE, FPE_FLTOVF);
	expect_fpe("underflow", underflow, FP_UE, FPE_FLTUND);
	expect_fpe("inexact", inexact, FP_PE, FPE_FLTRES);
	r = v_zero / v_zero;
	check(isnan(r), "masked again: 0.0/0.0 is a NaN, no signal");
	return check_done();
}
