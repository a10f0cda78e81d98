/*
 * The floating-point environment (C99 <fenv.h>) of the x87, which is what
 * user code computes with: the exception flags, the rounding mode, and
 * (GNU's feenableexcept) which exceptions trap. An exception a program
 * enables arrives as SIGFPE, with FPE_FLTDIV and the like as its si_code
 * (docs/fpu.md). SSE's MXCSR is left alone: C code here uses no SSE.
 */
#ifndef _FENV_H
#define _FENV_H

/* The exception bits, as in the x87's status and control words. */
#define FE_INVALID    0x01
#define FE_DIVBYZERO  0x04
#define FE_OVERFLOW   0x08
#define FE_UNDERFLOW  0x10
#define FE_INEXACT    0x20
#define FE_ALL_EXCEPT 0x3d

/* The rounding modes, as in the control word's bits 10 and 11. */
#define FE_TONEAREST  0x000
#define FE_DOWNWARD   0x400
#define FE_UPWARD     0x800
#define FE_TOWARDZERO 0xc00

typedef unsigned short fexcept_t;

/* What fnstenv stores: control, status and tag words, and where the last
 * instruction was. */
typedef struct {
	unsigned short control, pad1;
	unsigned short status, pad2;
	unsigned short tags, pad3;
	unsigned int ip, cs_opcode, dp, ds;
} fenv_t;

/* The environment a program starts with (fninit's). */
#define FE_DFL_ENV ((const fenv_t *)-1)

int feclearexcept(int excepts);
int fegetexceptflag(fexcept_t *flagp, int excepts);
int feraiseexcept(int excepts);
int fesetexceptflag(const fexcept_t *flagp, int excepts);
int fetestexcept(int excepts);
int fegetround(void);
int fesetround(int round);
int fegetenv(fenv_t *envp);
int feholdexcept(fenv_t *envp);
int fesetenv(const fenv_t *envp);
int feupdateenv(const fenv_t *envp);
/* GNU: unmask (enable) or mask exceptions; return the old enabled set,
 * or -1. */
int feenableexcept(int excepts);
int fedisableexcept(int excepts);
int fegetexcept(void);

#endif
