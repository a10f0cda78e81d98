/*
 * POSIX threads as a thin layer over uthread.c; see <pthread.h> for
 * what that means (no preemption, 16 threads of 16 KiB). pthread calls
 * return an error number instead of setting errno.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>
#include <uthread.h>

/* What a new thread runs, until it is running (then freed). */
struct start {
	void *(*fn)(void *);
	void *arg;
};

static void (*key_destructor[PTHREAD_KEYS_MAX])(void *);
static int key_used[PTHREAD_KEYS_MAX];
static const void *specific[UTHREAD_MAX][PTHREAD_KEYS_MAX];

/* errno as a return value, errno itself left as it was. */
static int fail(int saved)
{
	int err = errno;

	errno = saved;
	return err;
}

/* Calls the destructors of the calling thread's non-NULL values, a few
 * rounds while destructors set new ones, as POSIX asks. */
static void run_destructors(void)
{
	int self = uthread_self();

	for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
		int any = 0;

		for (int k = 0; k < PTHREAD_KEYS_MAX; k++) {
			void *v = (void *)specific[self][k];

			if (v == NULL || !key_used[k])
				continue;
			specific[self][k] = NULL;
			if (key_destructor[k] != NULL) {
				key_destructor[k](v);
				any = 1;
			}
		}
		if (!any)
			break;
	}
}

static void *trampoline(void *p)
{
	struct start s = *(struct start *)p;
	void *ret;

	free(p);
	ret = s.fn(s.arg);
	run_destructors();
	return ret;
}

int pthread_create(pthread_t *t, const pthread_attr_t *attr,
		   void *(*fn)(void *), void *arg)
{
	int saved = errno, tid;
	struct start *s;

	if (attr != NULL && attr->stacksize > UTHREAD_STACK)
		return EINVAL;
	if ((s = malloc(sizeof(*s))) == NULL)
		return fail(saved);
	s->fn = fn;
	s->arg = arg;
	if ((tid = uthread_create(trampoline, s)) < 0) {
		free(s);
		return fail(saved) == ENOMEM ? ENOMEM : EAGAIN;
	}
	for (int k = 0; k < PTHREAD_KEYS_MAX; k++)
		specific[tid][k] = NULL;
	if (attr != NULL && attr->detached)
		uthread_detach(tid);
	*t = (pthread_t)tid;
	return 0;
}

int pthread_join(pthread_t t, void **ret)
{
	int saved = errno;

	if (t == (pthread_t)uthread_self())
		return EDEADLK;
	return uthread_join((int)t, ret) < 0 ? fail(saved) : 0;
}

int pthread_detach(pthread_t t)
{
	int saved = errno;

	return uthread_detach((int)t) < 0 ? fail(saved) : 0;
}

void pthread_exit(void *ret)
{
	run_destructors();
	uthread_exit(ret);
}

pthread_t pthread_self(void)
{
	return (pthread_t)uthread_self();
}

int pthread_equal(pthread_t a, pthread_t b)
{
	return a == b;
}

int pthread_yield(void)
{
	uthread_yield();
	return 0;
}

int pthread_cancel(pthread_t t)
{
	(void)t;
	return ENOSYS;
}

int pthread_attr_init(pthread_attr_t *a)
{
	a->detached = PTHREAD_CREATE_JOINABLE;
	a->stacksize = UTHREAD_STACK;
	return 0;
}

int pthread_attr_destroy(pthread_attr_t *a)
{
	(void)a;
	return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t *a, int state)
{
	if (state != PTHREAD_CREATE_JOINABLE &&
	    state != PTHREAD_CREATE_DETACHED)
		return EINVAL;
	a->detached = state;
	return 0;
}

int pthread_attr_getdetachstate(const pthread_attr_t *a, int *state)
{
	*state = a->detached;
	return 0;
}

/* Every stack is UTHREAD_STACK bytes: a size up to it is accepted (the
 * thread gets that much or more), a larger one is EINVAL. */
int pthread_attr_setstacksize(pthread_attr_t *a, size_t size)
{
	if (size < PTHREAD_STACK_MIN || size > UTHREAD_STACK)
		return EINVAL;
	a->stacksize = size;
	return 0;
}

int pthread_attr_getstacksize(const pthread_attr_t *a, size_t *size)
{
	*size = a->stacksize;
	return 0;
}

int pthread_mutexattr_init(pthread_mutexattr_t *a)
{
	a->type = PTHREAD_MUTEX_DEFAULT;
	return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *a)
{
	(void)a;
	return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type)
{
	if (type < PTHREAD_MUTEX_NORMAL || type > PTHREAD_MUTEX_ERRORCHECK)
		return EINVAL;
	a->type = type;
	return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *a, int *type)
{
	*type = a->type;
	return 0;
}

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *a)
{
	uthread_mutex_init(&m->m);
	m->type = a != NULL ? a->type : PTHREAD_MUTEX_DEFAULT;
	m->count = 0;
	return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m)
{
	return m->m.locked ? EBUSY : 0;
}

/* Whether the caller holds m already. */
static int mine(const pthread_mutex_t *m)
{
	return m->m.locked && m->m.owner == uthread_self();
}

int pthread_mutex_lock(pthread_mutex_t *m)
{
	if (mine(m)) {
		if (m->type == PTHREAD_MUTEX_RECURSIVE) {
			m->count++;
			return 0;
		}
		/* A normal mutex would wait for ever: say so instead. */
		return EDEADLK;
	}
	uthread_mutex_lock(&m->m);
	m->count = 1;
	return 0;
}

int pthread_mutex_trylock(pthread_mutex_t *m)
{
	int saved = errno;

	if (mine(m) && m->type == PTHREAD_MUTEX_RECURSIVE) {
		m->count++;
		return 0;
	}
	if (uthread_mutex_trylock(&m->m) < 0)
		return fail(saved);
	m->count = 1;
	return 0;
}

int pthread_mutex_unlock(pthread_mutex_t *m)
{
	int saved = errno;

	if (!mine(m))
		return EPERM;
	if (--m->count > 0)
		return 0;
	return uthread_mutex_unlock(&m->m) < 0 ? fail(saved) : 0;
}

int pthread_condattr_init(pthread_condattr_t *a)
{
	a->unused = 0;
	return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *a)
{
	(void)a;
	return 0;
}

int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *a)
{
	(void)a;
	uthread_cond_init(&c->c);
	return 0;
}

int pthread_cond_destroy(pthread_cond_t *c)
{
	(void)c;
	return 0;
}

int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m)
{
	unsigned count = m->count;

	if (!mine(m))
		return EPERM;
	uthread_cond_wait(&c->c, &m->m);
	m->count = count;
	return 0;
}

/* Whether the CLOCK_REALTIME time is at or past deadline. */
static int passed(const struct timespec *deadline)
{
	struct timespec now;

	clock_gettime(CLOCK_REALTIME, &now);
	return now.tv_sec > deadline->tv_sec ||
	       (now.tv_sec == deadline->tv_sec &&
		now.tv_nsec >= deadline->tv_nsec);
}

/* Gives the other threads one turn with m unlocked, then returns (a
 * spurious wakeup) or, past the deadline, ETIMEDOUT. */
int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
			   const struct timespec *deadline)
{
	unsigned count = m->count;

	(void)c;
	if (!mine(m))
		return EPERM;
	if (deadline->tv_nsec < 0 || deadline->tv_nsec >= 1000000000)
		return EINVAL;
	uthread_mutex_unlock(&m->m);
	uthread_yield();
	uthread_mutex_lock(&m->m);
	m->count = count;
	return passed(deadline) ? ETIMEDOUT : 0;
}

int pthread_cond_signal(pthread_cond_t *c)
{
	uthread_cond_signal(&c->c);
	return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c)
{
	uthread_cond_broadcast(&c->c);
	return 0;
}

/* With no preemption, no other thread can run between the test and the
 * set unless fn blocks: then the others wait for it to finish. */
int pthread_once(pthread_once_t *once, void (*fn)(void))
{
	if (*once == 2)
		return 0;
	while (*once == 1)
		uthread_yield();
	if (*once == 0) {
		*once = 1;
		fn();
		*once = 2;
	}
	return 0;
}

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
	for (int k = 0; k < PTHREAD_KEYS_MAX; k++) {
		if (key_used[k])
			continue;
		key_used[k] = 1;
		key_destructor[k] = destructor;
		for (int t = 0; t < UTHREAD_MAX; t++)
			specific[t][k] = NULL;
		*key = (pthread_key_t)k;
		return 0;
	}
	return EAGAIN;
}

int pthread_key_delete(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX || !key_used[key])
		return EINVAL;
	key_used[key] = 0;
	return 0;
}

void *pthread_getspecific(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX || !key_used[key])
		return NULL;
	return (void *)specific[uthread_self()][key];
}

int pthread_setspecific(pthread_key_t key, const void *value)
{
	if (key >= PTHREAD_KEYS_MAX || !key_used[key])
		return EINVAL;
	specific[uthread_self()][key] = value;
	return 0;
}
