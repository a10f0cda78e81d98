// User-level threads: create, join and exit with return values and their
// errors (EAGAIN past UTHREAD_MAX, ESRCH, EINVAL, EPERM); errno belongs
// to each thread across preemptions; when main calls uthread_exit the
// others go on, one of them can join it, and the process exits with 0
// when the last thread returns.
// expect: exit 0
// expect-output: ^last thread: joined main, which ended with 42$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// cmdline: hz=1000
// icount: yes
#include <errno.h>
#include <stdint.h>
#include <uthread.h>
#include "check.h"

static struct uthread_mutex lock = UTHREAD_MUTEX_INIT;
static volatile int errno_seen[2];

static void *echo(void *arg)
{
	return arg;
}

static void deep(int n)
{
	if (n == 0)
		uthread_exit((void *)77);
	if (n > 0)
		deep(n - 1);
}

/* Ends through uthread_exit from a few calls down. */
static void *exits_deep(void *arg)
{
	(void)arg;
	deep(5);
	return NULL;
}

/* Holds the mutex until main has tried to unlock it. */
static void *holder(void *arg)
{
	volatile int *tried = arg;

	uthread_mutex_lock(&lock);
	while (!*tried)
		uthread_yield();
	uthread_mutex_unlock(&lock);
	return NULL;
}

/* Sets errno, spins through several preemptions, reports what is left. */
static void *errno_keeper(void *arg)
{
	int i = (int)(intptr_t)arg;
	struct uthread_stat st;

	errno = 1000 + i;
	do
		uthread_stat(uthread_self(), &st);
	while (st.upcalls < 5);
	errno_seen[i] = errno;
	return NULL;
}

static void test_values(void)
{
	void *ret;
	int t, r;

	t = uthread_create(echo, (void *)1234);
	r = uthread_join(t, &ret);
	check(r == 0 && ret == (void *)1234,
	      "join returns what the thread returned: %d, %p", r, ret);
	check_err("joining it again", uthread_join(t, &ret), ESRCH);
	t = uthread_create(exits_deep, NULL);
	r = uthread_join(t, &ret);
	check(r == 0 && ret == (void *)77,
	      "join returns what uthread_exit got: %d, %p", r, ret);
	check_err("uthread_join(self)", uthread_join(uthread_self(), NULL),
		  EINVAL);
	check_err("uthread_join(-1)", uthread_join(-1, NULL), ESRCH);
	check_err("uthread_join(UTHREAD_MAX)", uthread_join(UTHREAD_MAX, NULL),
		  ESRCH);
	check_err("uthread_join(a free slot)", uthread_join(5, NULL), ESRCH);
}

static void test_limits(void)
{
	int t[UTHREAD_MAX], n = 0, ok = 1;
	void *ret;

	while (n < UTHREAD_MAX && (t[n] = uthread_create(echo, &t[n])) > 0)
		n++;
	check(n == UTHREAD_MAX - 1, "created %d threads besides main", n);
	check_err("one more", n < UTHREAD_MAX ? t[n] : 0, EAGAIN);
	for (int i = 0; i < n; i++)
		ok &= uthread_join(t[i], &ret) == 0 && ret == &t[i];
	check(ok, "joined them all, each with its own value");
	for (int i = 0; i < 200 && ok; i++) {
		int id = uthread_create(echo, (void *)(intptr_t)i);
		ok = id > 0 && uthread_join(id, &ret) == 0 &&
		     ret == (void *)(intptr_t)i;
	}
	check(ok, "200 more create and join: the slots are reused");
}

static void test_mutex_errors(void)
{
	volatile int tried = 0;
	int t;

	check_err("unlocking a free mutex", uthread_mutex_unlock(&lock), EPERM);
	t = uthread_create(holder, (void *)&tried);
	while (!lock.locked)
		uthread_yield();
	check_err("unlocking another thread's mutex",
		  uthread_mutex_unlock(&lock), EPERM);
	tried = 1;
	uthread_join(t, NULL);
	check(!lock.locked, "the holder unlocked it");
}

static void test_errno(void)
{
	int t[2];

	for (int i = 0; i < 2; i++)
		t[i] = uthread_create(errno_keeper, (void *)(intptr_t)i);
	errno = 7;
	for (int i = 0; i < 2; i++)
		uthread_join(t[i], NULL);
	for (int i = 0; i < 2; i++)
		check(errno_seen[i] == 1000 + i,
		      "thread %d kept its errno across preemptions: %d", i,
		      errno_seen[i]);
	check(errno == 7, "main kept its errno: %d", errno);
}

/* Outlives main, joins it, and ends the process by returning. */
static void *last(void *arg)
{
	void *ret = NULL;
	int r;

	(void)arg;
	r = uthread_join(0, &ret);
	check(r == 0 && ret == (void *)42,
	      "joined main after its uthread_exit: %d, %p", r, ret);
	printf("last thread: joined main, which ended with %d\n",
	       (int)(intptr_t)ret);
	check_done();
	return NULL;
}

int main(void)
{
	check(uthread_init(1) == 0, "uthread_init(1)");
	check(uthread_self() == 0, "main is thread 0");
	test_values();
	test_limits();
	test_mutex_errors();
	test_errno();
	uthread_create(last, NULL);
	uthread_exit((void *)42);
}
