/*
 * Non-local jumps: setjmp/longjmp, and sigsetjmp/siglongjmp, which also
 * save and restore the blocked signal set (so a handler may jump out).
 */
#ifndef _SETJMP_H
#define _SETJMP_H

#include <signal.h>

/* ebx, esi, edi, ebp, esp, eip; then (sigjmp_buf) whether the mask was
 * saved, and the mask. */
typedef uint32_t jmp_buf[6];
typedef uint32_t sigjmp_buf[8];

int setjmp(jmp_buf env);
__attribute__((noreturn)) void longjmp(jmp_buf env, int val);
/* A macro in POSIX terms; here a function that returns twice. */
int sigsetjmp(sigjmp_buf env, int savemask) __attribute__((returns_twice));
__attribute__((noreturn)) void siglongjmp(sigjmp_buf env, int val);

#endif
