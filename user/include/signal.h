/*
 * Signals: the SIG* numbers (shared with the kernel in kestrel/signal.h),
 * sending (kill, raise), catching (sigaction, signal), masking
 * (sigprocmask and the sigset_t functions), waiting (sigsuspend, pause)
 * and the alternate stack (sigaltstack).
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>
#include <kestrel/signal.h>

typedef uint32_t sigset_t; /* SIGBIT(sig) for each member */
typedef int sig_atomic_t;
typedef struct ksiginfo siginfo_t;
typedef struct kstack stack_t;

#define SIG_DFL ((void (*)(int))SIGH_DFL)
#define SIG_IGN ((void (*)(int))SIGH_IGN)
#define SIG_ERR ((void (*)(int)) - 1)

struct sigaction {
	union {
		void (*sa_handler)(int);
		void (*sa_sigaction)(int, siginfo_t *, void *);
	};
	sigset_t sa_mask;	   /* also blocked while the handler runs */
	int sa_flags;		   /* SA_* */
	void (*sa_restorer)(void); /* set by the C library */
};

/* Sends sig to process pid (0: the caller's group, -g: group g). */
int kill(pid_t pid, int sig);
/* Sends sig to the calling process. */
int raise(int sig);
int sigaction(int sig, const struct sigaction *act, struct sigaction *old);
/* Sets sig's handler; returns the old one, or SIG_ERR. */
void (*signal(int sig, void (*handler)(int)))(int);
int sigprocmask(int how, const sigset_t *set, sigset_t *oldset);
int sigpending(sigset_t *set);
/* Waits with mask blocked until a handler runs; returns -1, EINTR. */
int sigsuspend(const sigset_t *mask);
int sigaltstack(const stack_t *ss, stack_t *old);

int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);

/* Kestrel-specific: the name of sig ("SIGSEGV"), or "SIG?" if unknown. */
const char *signame(int sig);

/* Writes "s: " (if s is not NULL or empty) and sig's description to
 * standard error. */
void psignal(int sig, const char *s);

/* kill(-pgrp, sig). */
int killpg(int pgrp, int sig);
/* Whether sig interrupts system calls (flag 1) or they restart (0). */
int siginterrupt(int sig, int flag);

#endif
