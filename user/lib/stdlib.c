/*
 * Process exit (with atexit functions and stdio flushing), abort, the
 * environment, integer arithmetic and pseudo-random numbers. The heap
 * lives in malloc.c, number conversion in strtol.c and strtod.c, sorting
 * in qsort.c.
 */
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void (*exit_fns[ATEXIT_MAX])(void);
static int nexit_fns;

/* Registers fn for exit(); returns 0, or -1 if the table is full. */
int atexit(void (*fn)(void))
{
	if (nexit_fns == ATEXIT_MAX)
		return -1;
	exit_fns[nexit_fns++] = fn;
	return 0;
}

/*
 * Runs the atexit functions in reverse order of registration (each once,
 * even if one calls exit), flushes every stdio stream, then ends the
 * process. crt0 calls it with main's return value.
 */
void exit(int status)
{
	while (nexit_fns > 0)
		exit_fns[--nexit_fns]();
	fflush(NULL);
	_exit(status);
}

/* Ends the process without running atexit functions or flushing. */
void _Exit(int status)
{
	_exit(status);
}

/*
 * Raises SIGABRT with it unblocked; if a handler returns, or the signal
 * is ignored, puts back the default action and raises it again. Exits
 * with 127 only if even that fails.
 */
void abort(void)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGABRT);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(SIGABRT);
	signal(SIGABRT, SIG_DFL);
	raise(SIGABRT);
	_exit(127);
}

/* Programs have no environment yet: every variable is unset. */
char *getenv(const char *name)
{
	(void)name;
	return NULL;
}

/* |n|; abs(INT_MIN) is undefined, as in C. */
int abs(int n)
{
	return n < 0 ? -n : n;
}

/* |n| for long. */
long labs(long n)
{
	return n < 0 ? -n : n;
}

/* |n| for long long. */
long long llabs(long long n)
{
	return n < 0 ? -n : n;
}

/* num / den rounded toward zero, and the remainder. */
div_t div(int num, int den)
{
	div_t r = {num / den, num % den};

	return r;
}

/* div for long. */
ldiv_t ldiv(long num, long den)
{
	ldiv_t r = {num / den, num % den};

	return r;
}

/* div for long long. */
lldiv_t lldiv(long long num, long long den)
{
	lldiv_t r = {num / den, num % den};

	return r;
}

static unsigned rand_next = 1;

/* POSIX's example generator: one step of the LCG in *seed. */
int rand_r(unsigned *seed)
{
	*seed = *seed * 1103515245 + 12345;
	return (int)(*seed / 65536 % 32768);
}

/* The next number from 0 to RAND_MAX. */
int rand(void)
{
	return rand_r(&rand_next);
}

/* Restarts rand's sequence from seed. */
void srand(unsigned seed)
{
	rand_next = seed;
}

static uint64_t random_state = 1;

/* Knuth's MMIX LCG, 64 bits of state; the top 31 bits are the result. */
long random(void)
{
	random_state =
		random_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (long)(random_state >> 33);
}

/* Restarts random's sequence from seed. */
void srandom(unsigned seed)
{
	random_state = seed;
}
