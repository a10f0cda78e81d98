// With the boot option bench, int $T_BENCH returns at once to the next
// instruction with every register and the flags as they were (its handler
// is a bare iret), from the main program and from a signal handler, and
// the system call gate still works beside it.
// cmdline: bench
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdint.h>
#include <unistd.h>
#include <traps.h>
#include "check.h"

static volatile int handled;

/* Runs int $T_BENCH with known values in the registers; returns how many
 * of them (and the flags) came back changed. */
static int changed_by_gate(void)
{
	uint32_t b = 0x11111111, c = 0x22222222, d = 0x33333333;
	uint32_t si = 0x44444444, di = 0x55555555, f0, f1, sp0, sp1;

	__asm__ volatile("pushfl\n\t"
			 "popl %0\n\t"
			 "movl %%esp, %2\n\t"
			 "int %[v]\n\t"
			 "movl %%esp, %3\n\t"
			 "pushfl\n\t"
			 "popl %1"
			 : "=m"(f0), "=m"(f1), "=m"(sp0), "=m"(sp1), "+b"(b),
			   "+c"(c), "+d"(d), "+S"(si), "+D"(di)
			 : [v] "i"(T_BENCH)
			 : "memory", "cc");
	return (b != 0x11111111) + (c != 0x22222222) + (d != 0x33333333) +
	       (si != 0x44444444) + (di != 0x55555555) + (f0 != f1) +
	       (sp0 != sp1);
}

static void on_usr1(int sig)
{
	(void)sig;
	handled = changed_by_gate() == 0 ? 1 : -1;
}

int main(void)
{
	int pid = getpid();

	check(changed_by_gate() == 0, "int 0x%x changed nothing", T_BENCH);
	signal(SIGUSR1, on_usr1);
	kill(pid, SIGUSR1);
	check(handled == 1, "int 0x%x from a signal handler changed nothing",
	      T_BENCH);
	check(getpid() == pid, "getpid still works after the empty gate");
	return check_done();
}
