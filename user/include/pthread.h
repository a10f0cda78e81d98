/*
 * POSIX threads on the C library's user-level threads (<uthread.h>):
 * all threads share one process and one processor. They are switched
 * when one blocks (join, a taken mutex, a condition wait) or yields
 * (pthread_yield, sched_yield does not: it yields the process), not by
 * a timer, because the rest of the C library (stdio, malloc) is not
 * safe against preemption; so a thread that spins waiting for another
 * without blocking never lets it run. A system call that blocks (read,
 * sleep) blocks every thread. At most UTHREAD_MAX threads (16, main
 * included), each with a UTHREAD_STACK (16 KiB) stack: a larger stack
 * size is EINVAL. pthread_cond_timedwait waits by yielding until the
 * deadline (a wakeup may be spurious, as POSIX allows). There is no
 * cancellation: pthread_cancel gives ENOSYS.
 */
#ifndef _PTHREAD_H
#define _PTHREAD_H

#include <sched.h>
#include <time.h>
#include <uthread.h>

typedef unsigned int pthread_t;
typedef unsigned int pthread_key_t;
typedef int pthread_once_t;

typedef struct {
	int detached;	  /* PTHREAD_CREATE_DETACHED */
	size_t stacksize; /* at most UTHREAD_STACK */
} pthread_attr_t;

typedef struct {
	int type; /* PTHREAD_MUTEX_NORMAL, _RECURSIVE, _ERRORCHECK */
} pthread_mutexattr_t;

typedef struct {
	struct uthread_mutex m;
	int type;
	unsigned count; /* times a recursive mutex is held */
} pthread_mutex_t;

typedef struct {
	int unused;
} pthread_condattr_t;

typedef struct {
	struct uthread_cond c;
} pthread_cond_t;

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1

#define PTHREAD_MUTEX_NORMAL	 0
#define PTHREAD_MUTEX_RECURSIVE	 1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT	 PTHREAD_MUTEX_NORMAL

#define PTHREAD_MUTEX_INITIALIZER                                              \
	{                                                                      \
		UTHREAD_MUTEX_INIT, PTHREAD_MUTEX_NORMAL, 0                    \
	}
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP                                 \
	{                                                                      \
		UTHREAD_MUTEX_INIT, PTHREAD_MUTEX_RECURSIVE, 0                 \
	}
#define PTHREAD_COND_INITIALIZER                                               \
	{                                                                      \
		UTHREAD_COND_INIT                                              \
	}
#define PTHREAD_ONCE_INIT 0

#define PTHREAD_KEYS_MAX	      32
#define PTHREAD_THREADS_MAX	      UTHREAD_MAX
#define PTHREAD_STACK_MIN	      4096
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#define PTHREAD_CANCELED	      ((void *)-1)

int pthread_create(pthread_t *t, const pthread_attr_t *attr,
		   void *(*fn)(void *), void *arg);
int pthread_join(pthread_t t, void **ret);
int pthread_detach(pthread_t t);
__attribute__((noreturn)) void pthread_exit(void *ret);
pthread_t pthread_self(void);
int pthread_equal(pthread_t a, pthread_t b);
int pthread_yield(void);
int pthread_cancel(pthread_t t);

int pthread_attr_init(pthread_attr_t *a);
int pthread_attr_destroy(pthread_attr_t *a);
int pthread_attr_setdetachstate(pthread_attr_t *a, int state);
int pthread_attr_getdetachstate(const pthread_attr_t *a, int *state);
int pthread_attr_setstacksize(pthread_attr_t *a, size_t size);
int pthread_attr_getstacksize(const pthread_attr_t *a, size_t *size);

int pthread_mutexattr_init(pthread_mutexattr_t *a);
int pthread_mutexattr_destroy(pthread_mutexattr_t *a);
int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *a, int *type);
int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *a);
int pthread_mutex_destroy(pthread_mutex_t *m);
int pthread_mutex_lock(pthread_mutex_t *m);
int pthread_mutex_trylock(pthread_mutex_t *m);
int pthread_mutex_unlock(pthread_mutex_t *m);

int pthread_condattr_init(pthread_condattr_t *a);
int pthread_condattr_destroy(pthread_condattr_t *a);
int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *a);
int pthread_cond_destroy(pthread_cond_t *c);
int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m);
int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
			   const struct timespec *deadline);
int pthread_cond_signal(pthread_cond_t *c);
int pthread_cond_broadcast(pthread_cond_t *c);

int pthread_once(pthread_once_t *once, void (*fn)(void));
int pthread_key_create(pthread_key_t *key, void (*destructor)(void *));
int pthread_key_delete(pthread_key_t key);
void *pthread_getspecific(pthread_key_t key);
int pthread_setspecific(pthread_key_t key, const void *value);

#endif
