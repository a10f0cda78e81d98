/*
 * Process exit, the heap allocator, number conversion, sorting and
 * searching, pseudo-random numbers and integer arithmetic.
 */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX     32767 /* rand() is POSIX's example generator */
#define MB_CUR_MAX   1	   /* the C locale: one byte per character */

typedef struct {
	int quot, rem;
} div_t;
typedef struct {
	long quot, rem;
} ldiv_t;
typedef struct {
	long long quot, rem;
} lldiv_t;

/* Runs the atexit functions (last registered first), flushes and closes
 * stdio streams, then ends the process with status. */
__attribute__((noreturn)) void exit(int status);
/* Ends the process at once, as _exit does. */
__attribute__((noreturn)) void _Exit(int status);
/* Registers fn to run at exit (up to 32); 0, or -1 when full. */
int atexit(void (*fn)(void));
/* Raises SIGABRT, which ends the process even if a handler returns. */
__attribute__((noreturn)) void abort(void);
/* The value of environment variable name, or NULL if it is not set. */
char *getenv(const char *name);
/* Set name to value (unless it is set and overwrite is 0), remove it, or
 * put the string "NAME=value" itself in the environment; 0, or -1 with
 * errno (EINVAL: an empty name or one with '='). */
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *s);

/* The heap: 8-byte aligned blocks; NULL and errno ENOMEM on failure. */
void *malloc(size_t size);
void free(void *p);
/* n * size zeroed bytes; NULL (ENOMEM) if n * size overflows. */
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t size);

/*
 * Convert the number at the start of s: spaces, a sign, then digits in
 * base 2 to 36, or base 0: a 0x prefix means 16, a leading 0 means 8,
 * else 10. *end (if end is not NULL) is set past the last digit used, or
 * to s if there is none. Out of range: the nearest limit and ERANGE; a
 * bad base: 0 and EINVAL. The unsigned ones negate a minus sign's value.
 */
long strtol(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
unsigned long long strtoull(const char *s, char **end, int base);
/* strtol(s, NULL, 10), and so on, without the range check. */
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);

/*
 * A program built without the FPU (GCC's -mno-80387, which defines
 * _SOFT_FLOAT) would expect a double result in eax:edx, not in the x87
 * register where the library returns it: it gets no declarations.
 */
#ifndef _SOFT_FLOAT
/*
 * Converts a decimal ("1.5e-3"), hexadecimal ("0x1.8p3"), "inf",
 * "infinity" or "nan" number, correctly rounded; end and errno as for
 * strtol (ERANGE: HUGE_VAL on overflow, 0 or a subnormal on underflow).
 */
double strtod(const char *s, char **end);
float strtof(const char *s, char **end);
long double strtold(const char *s, char **end);
/* strtod(s, NULL). */
double atof(const char *s);
#endif

/* Sorts n items of size bytes with compar (O(n log n) in every case). */
void qsort(void *base, size_t n, size_t size,
	   int (*compar)(const void *, const void *));
/* Finds key among n sorted items; NULL if it is not there. */
void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      int (*compar)(const void *, const void *));

int abs(int n);
long labs(long n);
long long llabs(long long n);
/* Quotient (rounded toward 0) and remainder. */
div_t div(int num, int den);
ldiv_t ldiv(long num, long den);
lldiv_t lldiv(long long num, long long den);

/* 0 to RAND_MAX; srand(seed) restarts the sequence (seed 1 at start). */
int rand(void);
void srand(unsigned seed);
/* rand with the state in *seed. */
int rand_r(unsigned *seed);
/* 0 to 2^31 - 1, from a separate generator; srandom(1) at start. */
long random(void);
void srandom(unsigned seed);

/* The name the program was started by (argv[0]'s last part). */
const char *getprogname(void);
/* Runs command with /bin/sh -c; its wait status (user/lib/popen.c). */
int system(const char *command);
/* Creates and opens a new file from template, whose last six characters
 * are XXXXXX (replaced); the descriptor, or -1 (EINVAL, open's errors). */
int mkstemp(char *template);
/* The same, for a directory; template, or NULL. */
char *mkdtemp(char *template);
/* The absolute path with no "." or ".." parts or repeated slashes,
 * into resolved (PATH_MAX bytes) or from malloc if resolved is NULL;
 * the path must exist (kestrel has no symbolic links to follow). */
char *realpath(const char *path, char *resolved);
int posix_memalign(void **out, size_t align, size_t n);
void *aligned_alloc(size_t align, size_t n);
/* malloc(n * size), or NULL with ENOMEM if that overflows. */
void *reallocarray(void *p, size_t n, size_t size);

/* The C locale's multibyte characters are single bytes, 0 to 127
 * (<wchar.h>); any other byte is EILSEQ. */
int mblen(const char *s, size_t n);
int mbtowc(wchar_t *wc, const char *s, size_t n);
int wctomb(char *s, wchar_t wc);
size_t mbstowcs(wchar_t *d, const char *s, size_t n);
size_t wcstombs(char *d, const wchar_t *s, size_t n);

/* The 48-bit generators (user/lib/rand48.c): the same sequences as on
 * any Unix for the same seed. */
#ifndef _SOFT_FLOAT
double drand48(void);
double erand48(unsigned short x[3]);
#endif
long lrand48(void);
long nrand48(unsigned short x[3]);
long mrand48(void);
long jrand48(unsigned short x[3]);
void srand48(long seed);
unsigned short *seed48(unsigned short seed[3]);
void lcong48(unsigned short p[7]);
/* mkstemp with open flags (O_CLOEXEC, O_APPEND) added. */
int mkostemp(char *template, int flags);
/* Replaces XXXXXX with a name no file has now: racy, use mkstemp. */
char *mktemp(char *template);
/* memalign(page size, n). */
void *valloc(size_t n);
/* A random 32-bit number and one below bound (without bias), from the
 * processor's cycle counter mixed with a 64-bit generator. */
__UINT32_TYPE__ arc4random(void);
__UINT32_TYPE__ arc4random_uniform(__UINT32_TYPE__ bound);

#endif
