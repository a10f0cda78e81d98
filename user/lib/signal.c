/*
 * The C library's side of signals: sigaction in POSIX form (it adds the
 * restorer, the return trampoline every handler goes back through),
 * signal, the sigset_t functions, pause, alarm, raise.
 */
#include <errno.h>
#include <signal.h>
#include <sys/time.h>
#include <unistd.h>

/* The system calls behind these (build/user/usys.S). */
int __sigaction(int sig, const struct ksigaction *act,
		struct ksigaction *oldact);
void __sigreturn(void);

/*
 * Installs act for sig. A handler returns into __sigreturn (the stub of
 * the system call), which the kernel's frame leaves as its return address.
 */
int sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
	struct ksigaction k = {0}, ko = {0};
	int r;

	if (act) {
		k.handler = (uint32_t)act->sa_handler;
		k.flags = (uint32_t)act->sa_flags | SA_RESTORER;
		k.restorer = (uint32_t)__sigreturn;
		k.mask = act->sa_mask;
	}
	r = __sigaction(sig, act ? &k : NULL, old ? &ko : NULL);
	if (r == 0 && old) {
		old->sa_handler = (void (*)(int))ko.handler;
		old->sa_mask = ko.mask;
		old->sa_flags = (int)(ko.flags & ~SA_RESTORER);
		old->sa_restorer = (void (*)(void))ko.restorer;
	}
	return r;
}

/* Sets sig's handler, restarting interrupted calls (as BSD and glibc do). */
void (*signal(int sig, void (*handler)(int)))(int)
{
	struct sigaction sa, old = {0};

	sa.sa_handler = handler;
	sa.sa_mask = 0;
	sa.sa_flags = SA_RESTART;
	if (sigaction(sig, &sa, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}

static int bad_signal(int sig)
{
	if (sig > 0 && sig < NSIG)
		return 0;
	errno = EINVAL;
	return 1;
}

int sigemptyset(sigset_t *set)
{
	*set = 0;
	return 0;
}

int sigfillset(sigset_t *set)
{
	*set = 0x7fffffffu; /* signals 1 .. NSIG - 1 */
	return 0;
}

int sigaddset(sigset_t *set, int sig)
{
	if (bad_signal(sig))
		return -1;
	*set |= SIGBIT(sig);
	return 0;
}

int sigdelset(sigset_t *set, int sig)
{
	if (bad_signal(sig))
		return -1;
	*set &= ~SIGBIT(sig);
	return 0;
}

int sigismember(const sigset_t *set, int sig)
{
	if (bad_signal(sig))
		return -1;
	return (*set & SIGBIT(sig)) != 0;
}

/* Waits, with the current mask, until a handler has run. */
int pause(void)
{
	sigset_t cur;

	sigprocmask(SIG_BLOCK, NULL, &cur);
	return sigsuspend(&cur);
}

/* SIGALRM after seconds; returns what the previous alarm had left. */
unsigned int alarm(unsigned int seconds)
{
	struct itimerval v = {{0, 0}, {(int32_t)seconds, 0}}, old;

	if (setitimer(ITIMER_REAL, &v, &old) < 0)
		return 0;
	return (unsigned)old.it_value.tv_sec + (old.it_value.tv_usec > 0);
}

/* See <signal.h>. */
int killpg(int pgrp, int sig)
{
	if (pgrp <= 1) {
		errno = EINVAL;
		return -1;
	}
	return kill(-pgrp, sig);
}

int siginterrupt(int sig, int flag)
{
	struct sigaction sa = {0};

	if (sigaction(sig, NULL, &sa) < 0)
		return -1;
	if (flag)
		sa.sa_flags &= ~SA_RESTART;
	else
		sa.sa_flags |= SA_RESTART;
	return sigaction(sig, &sa, NULL);
}
