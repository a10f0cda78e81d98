// POSIX and C11 threads on the library's user-level threads: a counter
// under a mutex, a bounded buffer with two condition variables (producer
// and consumer), pthread_once, keys with destructors, a recursive mutex,
// trylock, detached threads, join's value and errors, the C11 calls.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>
#include "check.h"

#define NWORKERS 4
#define NITEMS	 100
#define BUFSZ	 5

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *add(void *arg)
{
	for (int i = 0; i < 1000; i++) {
		pthread_mutex_lock(&lock);
		counter += (intptr_t)arg;
		pthread_mutex_unlock(&lock);
		if (i % 100 == 0)
			pthread_yield();
	}
	return (void *)((intptr_t)arg * 10);
}

static int buf[BUFSZ], head, count;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;

static void *producer(void *arg)
{
	(void)arg;
	for (int i = 1; i <= NITEMS; i++) {
		pthread_mutex_lock(&lock);
		while (count == BUFSZ)
			pthread_cond_wait(&not_full, &lock);
		buf[(head + count++) % BUFSZ] = i;
		pthread_cond_signal(&not_empty);
		pthread_mutex_unlock(&lock);
	}
	return NULL;
}

static void *consumer(void *arg)
{
	long sum = 0;

	(void)arg;
	for (int i = 0; i < NITEMS; i++) {
		pthread_mutex_lock(&lock);
		while (count == 0)
			pthread_cond_wait(&not_empty, &lock);
		sum += buf[head];
		head = (head + 1) % BUFSZ;
		count--;
		pthread_cond_signal(&not_full);
		pthread_mutex_unlock(&lock);
	}
	return (void *)sum;
}

static int once_runs;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_key_t key;
static int destroyed;

static void init_once(void)
{
	once_runs++;
}

static void destroy(void *v)
{
	destroyed += *(int *)v;
}

static void *keyed(void *arg)
{
	pthread_once(&once, init_once);
	pthread_setspecific(key, arg);
	pthread_yield();
	return pthread_getspecific(key) == arg ? arg : NULL;
}

static volatile int detached_ran;

static void *detached(void *arg)
{
	(void)arg;
	detached_ran++;
	return NULL;
}

static int c11(void *arg)
{
	return (int)(intptr_t)arg + 1;
}

static void basics(void)
{
	pthread_t t[NWORKERS];
	void *ret;
	long want = 0;
	int ok = 1;

	for (intptr_t i = 0; i < NWORKERS; i++)
		ok &= pthread_create(&t[i], NULL, add, (void *)(i + 1)) == 0;
	for (int i = 0; i < NWORKERS; i++) {
		ok &= pthread_join(t[i], &ret) == 0 &&
		      ret == (void *)(intptr_t)((i + 1) * 10);
		want += 1000L * (i + 1);
	}
	check(ok && counter == want, "4 threads add under a mutex: %ld",
	      counter);
	check(pthread_join(t[0], NULL) == ESRCH, "join twice: ESRCH");
	check(pthread_join(pthread_self(), NULL) == EDEADLK,
	      "join of itself: EDEADLK");
	check(pthread_equal(pthread_self(), pthread_self()), "pthread_equal");
}

static void buffer(void)
{
	pthread_t p, c;
	void *sum;

	pthread_create(&c, NULL, consumer, NULL);
	pthread_create(&p, NULL, producer, NULL);
	pthread_join(p, NULL);
	pthread_join(c, &sum);
	check((long)sum == NITEMS * (NITEMS + 1) / 2,
	      "producer and consumer: sum %ld", (long)sum);
}

static void once_and_keys(void)
{
	pthread_t t[3];
	int vals[3] = {1, 20, 300};
	void *ret;
	int ok = 1;

	check(pthread_key_create(&key, destroy) == 0, "pthread_key_create");
	for (int i = 0; i < 3; i++)
		pthread_create(&t[i], NULL, keyed, &vals[i]);
	for (int i = 0; i < 3; i++)
		ok &= pthread_join(t[i], &ret) == 0 && ret == &vals[i];
	check(ok, "each thread sees its own value");
	check(once_runs == 1, "pthread_once ran once");
	check(destroyed == 321, "destructors ran for each: %d", destroyed);
	check(pthread_getspecific(key) == NULL, "main's value is NULL");
	pthread_key_delete(key);
}

static void mutex_kinds(void)
{
	pthread_mutexattr_t a;
	pthread_mutex_t m;
	pthread_attr_t attr;
	pthread_t t;
	size_t sz;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&m, &a);
	check(pthread_mutex_lock(&m) == 0 && pthread_mutex_lock(&m) == 0 &&
		      pthread_mutex_unlock(&m) == 0 &&
		      pthread_mutex_unlock(&m) == 0,
	      "a recursive mutex, twice");
	check(pthread_mutex_unlock(&m) == EPERM, "unlock when not held: EPERM");
	pthread_mutex_lock(&lock);
	check(pthread_mutex_trylock(&m) == 0, "trylock of a free mutex");
	pthread_mutex_unlock(&m);
	pthread_mutex_unlock(&lock);
	pthread_attr_init(&attr);
	/* glibc would take it; here every stack is UTHREAD_STACK bytes. */
	check(pthread_attr_setstacksize(&attr, 1 << 20) == EINVAL,
	      "a 1 MiB stack: EINVAL");
	pthread_attr_getstacksize(&attr, &sz);
	check(sz >= PTHREAD_STACK_MIN, "stack size %u", (unsigned)sz);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	for (int i = 0; i < 20; i++) {
		pthread_create(&t, &attr, detached, NULL);
		pthread_yield(); /* it runs and ends; its slot is free again */
	}
	check(detached_ran == 20, "20 detached threads ran in 15 slots: %d",
	      detached_ran);
}

static void c11_threads(void)
{
	thrd_t t;
	mtx_t m;
	int res = 0;

	check(thrd_create(&t, c11, (void *)41) == thrd_success &&
		      thrd_join(t, &res) == thrd_success && res == 42,
	      "thrd_create, thrd_join: 42");
	check(mtx_init(&m, mtx_plain) == thrd_success &&
		      mtx_lock(&m) == thrd_success &&
		      mtx_trylock(&m) != thrd_success &&
		      mtx_unlock(&m) == thrd_success,
	      "mtx_ calls");
	mtx_destroy(&m);
}

int main(void)
{
	basics();
	buffer();
	once_and_keys();
	mutex_kinds();
	c11_threads();
	check_done();
	return 0;
}
