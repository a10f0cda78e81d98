/*
 * <fenv.h> on the x87: the flags are the status word's low bits, the
 * rounding mode and the exception masks the control word's. fnstenv and
 * fldenv move the whole environment. The kernel keeps all of it per
 * process (kernel/fpu.c); an unmasked exception raised comes as SIGFPE.
 */
#include <fenv.h>

#define CW_ROUND 0x0c00 /* the rounding-control bits */
#define SW_ES	 0x0080 /* error summary: an unmasked exception pending */

static unsigned short get_cw(void)
{
	unsigned short cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static void set_cw(unsigned short cw)
{
	__asm__ volatile("fldcw %0" ::"m"(cw));
}

/* Clears the given flags. Returns 0. */
int feclearexcept(int excepts)
{
	fenv_t env;

	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.status &= ~(excepts & FE_ALL_EXCEPT);
	__asm__ volatile("fldenv %0" ::"m"(env));
	return 0;
}

/* Stores the given flags' state in *flagp. Returns 0. */
int fegetexceptflag(fexcept_t *flagp, int excepts)
{
	*flagp = (fexcept_t)fetestexcept(excepts);
	return 0;
}

/*
 * Raises the given exceptions as an operation would: their flags are
 * set, and an unmasked one traps (SIGFPE) at the fwait. Returns 0.
 */
int feraiseexcept(int excepts)
{
	fenv_t env;

	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.status |= excepts & FE_ALL_EXCEPT;
	/* The error-summary bit, as the x87 sets it for an unmasked flag:
	 * a real CPU works it out again, QEMU traps only when it is set. */
	if (env.status & ~env.control & FE_ALL_EXCEPT)
		env.status |= SW_ES;
	__asm__ volatile("fldenv %0\n\t"
			 "fwait" ::"m"(env));
	return 0;
}

/* Sets the given flags to their state in *flagp, raising nothing. */
int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	fenv_t env;

	excepts &= FE_ALL_EXCEPT;
	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.status = (env.status & ~excepts) | (*flagp & excepts);
	__asm__ volatile("fldenv %0" ::"m"(env));
	return 0;
}

/* Returns which of the given flags are set. */
int fetestexcept(int excepts)
{
	unsigned short sw;

	__asm__ volatile("fnstsw %0" : "=m"(sw));
	return sw & excepts & FE_ALL_EXCEPT;
}

/* Returns the rounding mode (FE_TONEAREST ...). */
int fegetround(void)
{
	return get_cw() & CW_ROUND;
}

/* Sets the rounding mode. Returns 0, or nonzero for an unknown mode. */
int fesetround(int round)
{
	if (round & ~CW_ROUND)
		return -1;
	set_cw((unsigned short)((get_cw() & ~CW_ROUND) | round));
	return 0;
}

/* Stores the environment in *envp. Returns 0. */
int fegetenv(fenv_t *envp)
{
	__asm__ volatile("fnstenv %0" : "=m"(*envp));
	/* fnstenv masks every exception as a side effect: undo that. */
	set_cw(envp->control);
	return 0;
}

/* Saves the environment, clears the flags and masks every exception. */
int feholdexcept(fenv_t *envp)
{
	fegetenv(envp);
	__asm__ volatile("fnclex");
	set_cw(envp->control | FE_ALL_EXCEPT);
	return 0;
}

/* Installs *envp, or fninit's environment for FE_DFL_ENV. Returns 0. */
int fesetenv(const fenv_t *envp)
{
	if (envp == FE_DFL_ENV) {
		__asm__ volatile("fninit"); /* all masked, to nearest */
		return 0;
	}
	__asm__ volatile("fldenv %0" ::"m"(*envp));
	return 0;
}

/* Installs *envp, then raises the flags that were set before. */
int feupdateenv(const fenv_t *envp)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);

	fesetenv(envp);
	return feraiseexcept(raised);
}

/*
 * Unmasks the given exceptions: each then traps. A flag already set for
 * one of them traps at the next x87 instruction (feclearexcept first to
 * avoid that). Returns the old enabled set.
 */
int feenableexcept(int excepts)
{
	unsigned short cw = get_cw();

	set_cw((unsigned short)(cw & ~(excepts & FE_ALL_EXCEPT)));
	return ~cw & FE_ALL_EXCEPT;
}

/* Masks the given exceptions again. Returns the old enabled set. */
int fedisableexcept(int excepts)
{
	unsigned short cw = get_cw();

	set_cw((unsigned short)(cw | (excepts & FE_ALL_EXCEPT)));
	return ~cw & FE_ALL_EXCEPT;
}

/* Returns the enabled (unmasked) exceptions. */
int fegetexcept(void)
{
	return ~get_cw() & FE_ALL_EXCEPT;
}
