/*
 * Process exit (with atexit functions and stdio flushing), abort, the
 * environment, integer arithmetic and pseudo-random numbers. The heap
 * lives in malloc.c, number conversion in strtol.c and strtod.c, sorting
 * in qsort.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <kestrel.h>
#include <malloc.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

/* Replaces the XXXXXX at the end of t with characters from the pid and a
 * counter; -1 with EINVAL if t does not end so. */
static int fill_template(char *t)
{
	static const char digits[] =
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	static unsigned count;
	size_t len = strlen(t);
	unsigned v;

	if (len < 6 || strcmp(t + len - 6, "XXXXXX") != 0) {
		errno = EINVAL;
		return -1;
	}
	v = (unsigned)getpid() * 7919u + count++ * 104729u + (unsigned)uptime();
	for (int i = 1; i <= 6; i++) {
		t[len - i] = digits[v % 62];
		v /= 62;
	}
	return 0;
}

/* See <stdlib.h>. Gives up after 100 names that were taken. */
int mkstemp(char *template)
{
	return mkostemp(template, 0);
}

int mkostemp(char *template, int flags)
{
	size_t len = strlen(template);

	for (int tries = 0; tries < 100; tries++) {
		int fd;

		if (tries > 0)
			memcpy(template + len - 6, "XXXXXX", 6);
		if (fill_template(template) < 0)
			return -1;
		fd = open(template, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

char *mkdtemp(char *template)
{
	size_t len = strlen(template);

	for (int tries = 0; tries < 100; tries++) {
		if (tries > 0)
			memcpy(template + len - 6, "XXXXXX", 6);
		if (fill_template(template) < 0)
			return NULL;
		if (mkdir(template, 0700) == 0)
			return template;
		if (errno != EEXIST)
			return NULL;
	}
	return NULL;
}

/* Appends the n bytes of name to the path in out (len bytes so far) as
 * one more part, or takes one part off for ".."; the new length or -1. */
static int add_part(char *out, int len, const char *name, int n)
{
	if (n == 0 || (n == 1 && name[0] == '.'))
		return len;
	if (n == 2 && name[0] == '.' && name[1] == '.') {
		while (len > 1 && out[len - 1] != '/')
			len--;
		if (len > 1)
			len--;
		out[len] = '\0';
		return len;
	}
	if (len + 1 + n >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if (len > 1)
		out[len++] = '/';
	memcpy(out + len, name, n);
	len += n;
	out[len] = '\0';
	return len;
}

/* See <stdlib.h>. */
char *realpath(const char *path, char *resolved)
{
	char buf[PATH_MAX];
	struct stat st;
	int len;

	if (path == NULL || path[0] == '\0') {
		errno = path == NULL ? EINVAL : ENOENT;
		return NULL;
	}
	if (stat(path, &st) < 0)
		return NULL;
	if (path[0] == '/')
		strcpy(buf, "/");
	else if (getcwd(buf, sizeof(buf)) == NULL)
		return NULL;
	len = strlen(buf);
	while (*path != '\0' && len >= 0) {
		int n = strcspn(path, "/");

		len = add_part(buf, len, path, n);
		path += n;
		path += strspn(path, "/");
	}
	if (len < 0)
		return NULL;
	if (resolved == NULL)
		return strdup(buf);
	return strcpy(resolved, buf);
}

/* See <stdlib.h>. */
void *reallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(p, n * size);
}

/* See <stdlib.h>. */
char *mktemp(char *template)
{
	struct stat st;
	size_t len = strlen(template);

	for (int tries = 0; tries < 100; tries++) {
		if (tries > 0)
			memcpy(template + len - 6, "XXXXXX", 6);
		if (fill_template(template) < 0) {
			template[0] = '\0';
			return template;
		}
		if (stat(template, &st) < 0 && errno == ENOENT)
			return template;
	}
	template[0] = '\0';
	return template;
}

void *valloc(size_t n)
{
	return memalign(4096, n);
}

/* The next of a 64-bit generator (xorshift*) seeded, at first use, from
 * the cycle counter and the pid. */
__UINT32_TYPE__ arc4random(void)
{
	static uint64_t s;

	if (s == 0) {
		uint32_t lo, hi;

		__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
		s = ((uint64_t)hi << 32 | lo) ^ ((uint64_t)getpid() << 40) ^
		    0x9e3779b97f4a7c15ULL;
		if (s == 0)
			s = 1;
	}
	s ^= s >> 12;
	s ^= s << 25;
	s ^= s >> 27;
	return (uint32_t)((s * 0x2545f4914f6cdd1dULL) >> 32);
}

/* Rejects the values below 2^32 mod bound, so every result is as likely. */
__UINT32_TYPE__ arc4random_uniform(__UINT32_TYPE__ bound)
{
	uint32_t r, min;

	if (bound < 2)
		return 0;
	min = -bound % bound;
	do
		r = arc4random();
	while (r < min);
	return r % bound;
}
