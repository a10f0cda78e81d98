/*
 * User-level threads (user/lib/uthread.c): many threads in one process,
 * switched by the library, preempted by a timer upcall (SIGVTALRM). The
 * kernel sees one process; a thread blocked in a system call blocks all.
 * The C library is not thread-safe: call printf, malloc and friends from
 * one thread at a time (hold a mutex), or before the threads start. One
 * alternate signal stack serves all threads: a handler that runs on it
 * must not be preempted (put SIGVTALRM in its sa_mask). If every thread
 * blocks and no handler will wake one, the process waits for ever.
 */
#ifndef _UTHREAD_H
#define _UTHREAD_H

#define UTHREAD_MAX   16    /* threads, counting the first (thread 0) */
#define UTHREAD_STACK 16384 /* bytes of stack for each new thread */

/* A sleeping lock: a thread that finds it taken blocks until unlock. */
struct uthread_mutex {
	int locked;
	int owner;	    /* the holder's thread id, or -1 */
	unsigned contended; /* times a thread found it taken and blocked */
};
#define UTHREAD_MUTEX_INIT                                                     \
	{                                                                      \
		0, -1, 0                                                       \
	}

/* A condition variable: only its address matters (the wait channel). */
struct uthread_cond {
	int unused;
};
#define UTHREAD_COND_INIT                                                      \
	{                                                                      \
		0                                                              \
	}

/* What the scheduler has done for a thread so far. */
struct uthread_stat {
	unsigned runs;	  /* times the scheduler switched to it */
	unsigned upcalls; /* timer upcalls that preempted it: its CPU time */
};

/*
 * Makes the caller thread 0 and, if quantum_usec > 0, starts preemption:
 * every quantum of user time (rounded up to a clock tick) SIGVTALRM
 * switches to the next thread. 0: threads run until they yield or block.
 * Returns 0, or -1 with errno. Later calls do nothing; uthread_create
 * calls it with 0 if the program has not.
 */
int uthread_init(unsigned quantum_usec);
/* Starts fn(arg) in a new thread; returns its id, or -1 (EAGAIN, ENOMEM). */
int uthread_create(void *(*fn)(void *), void *arg);
/* Lets the other runnable threads run first. */
void uthread_yield(void);
/* Ends the calling thread with ret (returning from fn does the same). The
 * process exits with 0 when its last thread does. */
__attribute__((noreturn)) void uthread_exit(void *ret);
/* Waits for thread tid to end, stores what it returned in *ret (if ret is
 * not NULL) and frees it; returns 0, or -1 (ESRCH; EINVAL for itself). */
int uthread_join(int tid, void **ret);
/* No join will come for thread tid: its slot and stack are reclaimed
 * after it ends. 0, or -1 (ESRCH; EINVAL if already detached). */
int uthread_detach(int tid);
/* The calling thread's id. */
int uthread_self(void);

void uthread_mutex_init(struct uthread_mutex *m);
void uthread_mutex_lock(struct uthread_mutex *m);
/* Takes m if it is free: 0, or -1 with EBUSY. */
int uthread_mutex_trylock(struct uthread_mutex *m);
/* Returns 0, or -1 with EPERM if the caller does not hold m. */
int uthread_mutex_unlock(struct uthread_mutex *m);
void uthread_cond_init(struct uthread_cond *c);
/* Unlocks m and sleeps on c, as one step; locks m again before returning.
 * Wakeups may be spurious: wait in a loop that checks the condition. */
void uthread_cond_wait(struct uthread_cond *c, struct uthread_mutex *m);
/* Wakes one thread waiting on c (or all); may be called from a handler. */
void uthread_cond_signal(struct uthread_cond *c);
void uthread_cond_broadcast(struct uthread_cond *c);

/* The counters of thread tid; returns 0, or -1 (ESRCH). */
int uthread_stat(int tid, struct uthread_stat *st);
/* Timer upcalls taken so far (each preempted the thread it landed in). */
unsigned uthread_preemptions(void);

#endif
