/* C11 threads (<threads.h>) on the pthread calls. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <threads.h>

/* A pthread error number as a thrd_ result. */
static int result(int err)
{
	switch (err) {
	case 0:
		return thrd_success;
	case EBUSY:
		return thrd_busy;
	case ENOMEM:
		return thrd_nomem;
	case ETIMEDOUT:
		return thrd_timedout;
	default:
		return thrd_error;
	}
}

struct cstart {
	thrd_start_t fn;
	void *arg;
};

/* A C11 thread returns an int; it travels as the pthread's pointer. */
static void *cstart(void *p)
{
	struct cstart s = *(struct cstart *)p;

	free(p);
	return (void *)(intptr_t)s.fn(s.arg);
}

int thrd_create(thrd_t *t, thrd_start_t fn, void *arg)
{
	struct cstart *s = malloc(sizeof(*s));
	int err;

	if (s == NULL)
		return thrd_nomem;
	s->fn = fn;
	s->arg = arg;
	if ((err = pthread_create(t, NULL, cstart, s)) != 0)
		free(s);
	return result(err);
}

int thrd_join(thrd_t t, int *res)
{
	void *ret;
	int err = pthread_join(t, &ret);

	if (err == 0 && res != NULL)
		*res = (int)(intptr_t)ret;
	return result(err);
}

int thrd_detach(thrd_t t)
{
	return result(pthread_detach(t));
}

thrd_t thrd_current(void)
{
	return pthread_self();
}

int thrd_equal(thrd_t a, thrd_t b)
{
	return pthread_equal(a, b);
}

void thrd_exit(int res)
{
	pthread_exit((void *)(intptr_t)res);
}

void thrd_yield(void)
{
	pthread_yield();
}

/* 0, -1 if a signal cut the sleep short, another negative on error. */
int thrd_sleep(const struct timespec *d, struct timespec *rem)
{
	if (nanosleep(d, rem) == 0)
		return 0;
	return errno == EINTR ? -1 : -2;
}

int mtx_init(mtx_t *m, int type)
{
	pthread_mutexattr_t a;

	pthread_mutexattr_init(&a);
	if (type & mtx_recursive)
		pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
	return result(pthread_mutex_init(m, &a));
}

void mtx_destroy(mtx_t *m)
{
	pthread_mutex_destroy(m);
}

int mtx_lock(mtx_t *m)
{
	return result(pthread_mutex_lock(m));
}

int mtx_trylock(mtx_t *m)
{
	return result(pthread_mutex_trylock(m));
}

/* Tries, yielding between tries, until the deadline. */
int mtx_timedlock(mtx_t *m, const struct timespec *deadline)
{
	struct timespec now;

	for (;;) {
		int err = pthread_mutex_trylock(m);

		if (err != EBUSY)
			return result(err);
		clock_gettime(CLOCK_REALTIME, &now);
		if (now.tv_sec > deadline->tv_sec ||
		    (now.tv_sec == deadline->tv_sec &&
		     now.tv_nsec >= deadline->tv_nsec))
			return thrd_timedout;
		thrd_yield();
	}
}

int mtx_unlock(mtx_t *m)
{
	return result(pthread_mutex_unlock(m));
}

int cnd_init(cnd_t *c)
{
	return result(pthread_cond_init(c, NULL));
}

void cnd_destroy(cnd_t *c)
{
	pthread_cond_destroy(c);
}

int cnd_signal(cnd_t *c)
{
	return result(pthread_cond_signal(c));
}

int cnd_broadcast(cnd_t *c)
{
	return result(pthread_cond_broadcast(c));
}

int cnd_wait(cnd_t *c, mtx_t *m)
{
	return result(pthread_cond_wait(c, m));
}

int cnd_timedwait(cnd_t *c, mtx_t *m, const struct timespec *deadline)
{
	return result(pthread_cond_timedwait(c, m, deadline));
}

void call_once(once_flag *flag, void (*fn)(void))
{
	pthread_once(flag, fn);
}

int tss_create(tss_t *key, tss_dtor_t dtor)
{
	return result(pthread_key_create(key, dtor));
}

void tss_delete(tss_t key)
{
	pthread_key_delete(key);
}

void *tss_get(tss_t key)
{
	return pthread_getspecific(key);
}

int tss_set(tss_t key, void *value)
{
	return result(pthread_setspecific(key, value));
}
