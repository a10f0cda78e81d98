// A signal handler may use the FPU without disturbing the code it
// interrupted. The main loop keeps a control word of its own (round
// down) and a value in st(0), and checks both after every step while a
// 5 ms timer keeps interrupting it; the handler sets another control
// word, computes with sqrt, and leaves values on the x87 stack. The
// kernel saves the interrupted state in the frame and sigreturn puts it
// back. Then a handler that uses the FPU in a process that had not: the
// process's own first FPU use afterwards still finds fninit's state.
// expect: exit 0
// expect-output: ^ok: 20 handlers that used the FPU interrupted the loop, which saw its own state throughout$
// expect-output: ^ok: the handler's FPU use did not reach code that had none$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/time.h>
#include "check.h"

#define HANDLERS   20
#define CW_DEFAULT 0x037f /* fninit's */
#define CW_DOWN	   0x067f /* all masked, 53-bit precision, round down */
#define CW_UP	   0x0b7f /* all masked, 64-bit precision, round up */
#define THIRD_DN   0x3fd5555555555555ull
#define THIRD_NEAR 0x3fd5555555555555ull /* to nearest: rounds down too */
#define MARK	   0x40c81cd800000000ull /* 12345.6875 */

static const double three = 3.0;
static volatile int nhandlers, handler_bad;
static volatile double sink;

/* The x87 values are bits in memory here, never C doubles (see
 * fpu_isolation.c: GCC could keep those in x87 registers). */
static uint16_t get_cw(void)
{
	uint16_t cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw)::"memory");
	return cw;
}

static uint64_t third_bits(void)
{
	uint64_t r;

	__asm__ volatile("fld1\n\t"
			 "fdivl %1\n\t"
			 "fstpl %0"
			 : "=m"(r)
			 : "m"(three)
			 : "memory");
	return r;
}

static uint64_t peek_st0(void)
{
	uint64_t v;

	__asm__ volatile("fstl %0" : "=m"(v)::"memory");
	return v;
}

/* Uses the FPU its own way and leaves three values on the x87 stack. */
static void on_alarm(int sig)
{
	uint16_t cw = CW_UP;

	(void)sig;
	if (get_cw() != CW_DEFAULT)
		handler_bad = 1; /* a handler starts with a clean FPU */
	__asm__ volatile("fldcw %0\n\t"
			 "fld1\n\t"
			 "fldpi\n\t"
			 "fldz" ::"m"(cw));
	sink = sqrt((double)nhandlers + 2.0);
	nhandlers++;
}

static void interrupted_loop(void)
{
	uint16_t cw = CW_DOWN;
	uint64_t mark = MARK;
	struct itimerval it = {{0, 5000}, {0, 5000}};
	int ok = 1;
	long steps = 0;

	__asm__ volatile("fninit\n\t"
			 "fldcw %0\n\t"
			 "fldl %1" ::"m"(cw),
			 "m"(mark)
			 : "memory");
	signal(SIGALRM, on_alarm);
	setitimer(ITIMER_REAL, &it, NULL);
	while (ok && nhandlers < HANDLERS) {
		steps++;
		ok = get_cw() == CW_DOWN && peek_st0() == MARK &&
		     third_bits() == THIRD_DN;
	}
	memset(&it, 0, sizeof(it));
	setitimer(ITIMER_REAL, &it, NULL);
	if (!ok)
		printf("step %ld: control word 0x%x st(0) 0x%llx\n", steps,
		       get_cw(), (unsigned long long)peek_st0());
	check(ok && !handler_bad && nhandlers >= HANDLERS,
	      "%d handlers that used the FPU interrupted the loop, which saw "
	      "its own state throughout",
	      HANDLERS);
	__asm__ volatile("fstp %st(0)"); /* the mark: the stack is empty */
}

/*
 * Run as "fpu_signal fresh" (exec gives a program no FPU state): a
 * handler that uses the FPU, in a process that had not.
 */
static int fresh(void)
{
	signal(SIGALRM, on_alarm);
	raise(SIGALRM);
	return nhandlers == 1 && !handler_bad && get_cw() == CW_DEFAULT &&
			       third_bits() == THIRD_NEAR
		       ? 0
		       : 1;
}

int main(int argc, char *argv[])
{
	char *args[] = {"/test/fpu_signal", "fresh", NULL};
	int pid, st = -1;

	if (argc > 1 && strcmp(argv[1], "fresh") == 0)
		return fresh();
	interrupted_loop();
	pid = fork();
	if (pid == 0) {
		execv(args[0], args);
		_exit(2);
	}
	waitpid(pid, &st, 0);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "the handler's FPU use did not reach code that had none");
	return check_done();
}
