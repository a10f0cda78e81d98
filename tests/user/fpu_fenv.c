// <fenv.h> on the x87: the rounding modes change how 1/3 rounds; the
// flags an operation raises are seen, cleared, saved and put back;
// feholdexcept keeps an enabled exception from trapping and feupdateenv
// raises what happened meanwhile; an exception feenableexcept unmasks,
// or feraiseexcept raises, arrives as SIGFPE with its FPE_FLT* code;
// FE_DFL_ENV is fninit's environment.
// expect: exit 0
// expect-output: ^ok: 1/3 rounds up, down, toward zero and to nearest as told$
// expect-output: ^ok: feenableexcept\(FE_DIVBYZERO\), then 1\.0/0\.0: SIGFPE FPE_FLTDIV$
// expect-output: ^ok: feraiseexcept\(FE_OVERFLOW\), enabled: SIGFPE FPE_FLTOVF$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fenv.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

static sigjmp_buf env;
static volatile int got_code;
static volatile double one = 1.0, zero = 0.0, three = 3.0, out;

static uint64_t third_bits(void)
{
	double r = one / three;
	uint64_t b;

	memcpy(&b, &r, sizeof(b));
	return b;
}

static void on_fpe(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	got_code = si->si_code;
	siglongjmp(env, 1);
}

static void rounding(void)
{
	uint64_t up, down, zero_, near;

	check(fegetround() == FE_TONEAREST, "a program starts to nearest");
	fesetround(FE_UPWARD);
	up = third_bits();
	fesetround(FE_DOWNWARD);
	down = third_bits();
	fesetround(FE_TOWARDZERO);
	zero_ = third_bits();
	check(fegetround() == FE_TOWARDZERO, "fegetround gives the mode set");
	fesetround(FE_TONEAREST);
	near = third_bits();
	check(up == 0x3fd5555555555556ull && down == 0x3fd5555555555555ull &&
		      zero_ == down && near == down,
	      "1/3 rounds up, down, toward zero and to nearest as told");
	check(fesetround(0x1234) != 0 && fegetround() == FE_TONEAREST,
	      "an unknown rounding mode is refused");
}

static void flags(void)
{
	fexcept_t saved;

	feclearexcept(FE_ALL_EXCEPT);
	check(fetestexcept(FE_ALL_EXCEPT) == 0, "feclearexcept clears");
	out = one / zero;
	check(fetestexcept(FE_ALL_EXCEPT) == FE_DIVBYZERO,
	      "1.0/0.0 raises FE_DIVBYZERO alone");
	out = one / three;
	check(fetestexcept(FE_INEXACT | FE_DIVBYZERO) ==
		      (FE_INEXACT | FE_DIVBYZERO),
	      "1.0/3.0 adds FE_INEXACT");
	fegetexceptflag(&saved, FE_ALL_EXCEPT);
	feclearexcept(FE_ALL_EXCEPT);
	fesetexceptflag(&saved, FE_DIVBYZERO);
	check(fetestexcept(FE_ALL_EXCEPT) == FE_DIVBYZERO,
	      "fesetexceptflag puts back only the flags asked for");
	feclearexcept(FE_ALL_EXCEPT);
}

static void hold(void)
{
	fenv_t e;

	feenableexcept(FE_DIVBYZERO);
	feholdexcept(&e);
	out = one / zero; /* masked while held: no trap */
	check(fetestexcept(FE_DIVBYZERO) && fegetexcept() == 0,
	      "feholdexcept: 1.0/0.0 only sets the flag");
	feclearexcept(FE_ALL_EXCEPT);
	feupdateenv(&e);
	check(fegetexcept() == FE_DIVBYZERO,
	      "feupdateenv puts back the enabled set");
	fedisableexcept(FE_ALL_EXCEPT);
	check(fegetexcept() == 0, "fedisableexcept masks them again");
}

static void traps(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fpe;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGFPE, &sa, NULL);
	got_code = 0;
	if (sigsetjmp(env, 1) == 0) {
		feclearexcept(FE_ALL_EXCEPT);
		feenableexcept(FE_DIVBYZERO);
		out = one / zero;
		__asm__ volatile("fwait");
	}
	check(got_code == FPE_FLTDIV,
	      "feenableexcept(FE_DIVBYZERO), then 1.0/0.0: SIGFPE FPE_FLTDIV");
	got_code = 0;
	if (sigsetjmp(env, 1) == 0) {
		feclearexcept(FE_ALL_EXCEPT);
		feenableexcept(FE_OVERFLOW);
		feraiseexcept(FE_OVERFLOW);
	}
	check(got_code == FPE_FLTOVF,
	      "feraiseexcept(FE_OVERFLOW), enabled: SIGFPE FPE_FLTOVF");
}

int main(void)
{
	uint16_t cw;

	rounding();
	flags();
	hold();
	traps();
	fesetround(FE_UPWARD);
	fesetenv(FE_DFL_ENV);
	__asm__ volatile("fnstcw %0" : "=m"(cw));
	check(cw == 0x037f && fegetexcept() == 0,
	      "FE_DFL_ENV is fninit's environment (control word 0x%x)", cw);
	return check_done();
}
