/*
 * <fenv.h> on the x87's control and status words. The instructions
 * need the FPU at run time, like everything in <math.h>.
 */
#include <fenv.h>

#define RC_MASK 0xc00 /* the control word's rounding field */

static unsigned short get_cw(void)
{
	unsigned short cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static void set_cw(unsigned short cw)
{
	__asm__ volatile("fldcw %0" : : "m"(cw));
}

static unsigned short get_sw(void)
{
	unsigned short sw;

	__asm__ volatile("fnstsw %0" : "=m"(sw));
	return sw;
}

int feclearexcept(int excepts)
{
	fenv_t env;

	excepts &= FE_ALL_EXCEPT;
	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.status &= ~(unsigned)excepts;
	__asm__ volatile("fldenv %0" : : "m"(env));
	return 0;
}

int fegetexceptflag(fexcept_t *flag, int excepts)
{
	*flag = get_sw() & excepts & FE_ALL_EXCEPT;
	return 0;
}

/* Sets the flags in the status word; fwait then delivers any that are
 * unmasked (none are, unless the program unmasked them itself). */
int feraiseexcept(int excepts)
{
	fenv_t env;

	excepts &= FE_ALL_EXCEPT;
	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.status |= (unsigned)excepts;
	__asm__ volatile("fldenv %0\n\tfwait" : : "m"(env));
	return 0;
}

int fesetexceptflag(const fexcept_t *flag, int excepts)
{
	fenv_t env;

	excepts &= FE_ALL_EXCEPT;
	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.status = (env.status & ~(unsigned)excepts) | (*flag & excepts);
	__asm__ volatile("fldenv %0" : : "m"(env));
	return 0;
}

int fetestexcept(int excepts)
{
	return get_sw() & excepts & FE_ALL_EXCEPT;
}

int fegetround(void)
{
	return get_cw() & RC_MASK;
}

int fesetround(int mode)
{
	if (mode & ~RC_MASK)
		return -1;
	set_cw((unsigned short)((get_cw() & ~RC_MASK) | mode));
	return 0;
}

int fegetenv(fenv_t *env)
{
	/* fnstenv masks every exception as a side effect: put them back. */
	__asm__ volatile("fnstenv %0\n\tfldenv %0" : "=m"(*env));
	return 0;
}

int feholdexcept(fenv_t *env)
{
	fegetenv(env);
	feclearexcept(FE_ALL_EXCEPT);
	set_cw(get_cw() | FE_ALL_EXCEPT); /* mask all */
	return 0;
}

int fesetenv(const fenv_t *env)
{
	if (env == FE_DFL_ENV) {
		__asm__ volatile("fninit"); /* round to nearest, all masked */
		return 0;
	}
	__asm__ volatile("fldenv %0" : : "m"(*env));
	return 0;
}

int feupdateenv(const fenv_t *env)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);

	fesetenv(env);
	return feraiseexcept(raised);
}
