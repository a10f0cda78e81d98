/*
 * Signal numbers (Linux's values) and the wait-status encoding, shared by
 * the kernel and the user C library.
 */
#ifndef KESTREL_SIGNAL_H
#define KESTREL_SIGNAL_H

#define SIGHUP	1
#define SIGINT	2 /* ^C on the console */
#define SIGQUIT 3
#define SIGILL	4 /* invalid opcode (#UD) */
#define SIGTRAP 5
#define SIGABRT 6 /* abort() */
#define SIGBUS	7 /* alignment check (#AC) */
#define SIGFPE	8 /* divide error (#DE), x87/SIMD errors */
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11 /* #GP, #PF, #SS, #NP: bad memory or privilege */
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGCHLD 17
#define NSIG	32

/* Wait status: exit code in bits 8-15, or the killing signal in bits 0-6. */
#define W_EXITCODE(code) (((code)&0xff) << 8)
#define W_SIGNALED(sig)	 ((sig)&0x7f)

#define WNOHANG 1 /* waitpid option: do not block */

#endif
