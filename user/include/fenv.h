/*
 * The floating-point environment: the x87's control word (rounding,
 * exception masks) and status word (exception flags), user/lib/fenv.c.
 * Programs run with every exception masked, so an exception only sets
 * its flag. SSE is not used, so there is no MXCSR to keep in step.
 */
#ifndef _FENV_H
#define _FENV_H

/* Exception flags, as the x87 status word has them. */
#define FE_INVALID   0x01
#define __FE_DENORM  0x02
#define FE_DIVBYZERO 0x04
#define FE_OVERFLOW  0x08
#define FE_UNDERFLOW 0x10
#define FE_INEXACT   0x20
#define FE_ALL_EXCEPT                                                          \
	(FE_INVALID | __FE_DENORM | FE_DIVBYZERO | FE_OVERFLOW |               \
	 FE_UNDERFLOW | FE_INEXACT)

/* Rounding modes: the control word's RC field. */
#define FE_TONEAREST  0x000
#define FE_DOWNWARD   0x400
#define FE_UPWARD     0x800
#define FE_TOWARDZERO 0xc00

typedef unsigned short fexcept_t;

/* What fnstenv stores: 28 bytes. */
typedef struct {
	unsigned int control; /* low 16 bits: the control word */
	unsigned int status;  /* low 16 bits: the status word */
	unsigned int tags;
	unsigned int ip, cs, dp, ds; /* the last instruction and operand */
} fenv_t;

/* The environment at program start: round to nearest, all masked. */
#define FE_DFL_ENV ((const fenv_t *)-1)

int feclearexcept(int excepts);
int fegetexceptflag(fexcept_t *flag, int excepts);
int feraiseexcept(int excepts);
int fesetexceptflag(const fexcept_t *flag, int excepts);
int fetestexcept(int excepts);
int fegetround(void);
/* 0, or nonzero if mode is not one of the FE_ rounding modes. */
int fesetround(int mode);
int fegetenv(fenv_t *env);
/* Saves the environment, clears the flags (all stay masked). */
int feholdexcept(fenv_t *env);
int fesetenv(const fenv_t *env);
/* Installs env, then raises the exceptions that were flagged before. */
int feupdateenv(const fenv_t *env);

#endif
