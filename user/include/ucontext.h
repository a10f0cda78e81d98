/*
 * The saved user state a handler gets as its third argument (with
 * SA_SIGINFO): Linux's i386 layout, REG_EIP and friends index gregs.
 */
#ifndef _UCONTEXT_H
#define _UCONTEXT_H

#include <signal.h>

typedef uint32_t greg_t;
typedef struct kmcontext mcontext_t;
typedef struct kucontext ucontext_t;

#endif
