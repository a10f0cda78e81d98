// ebx, ecx, edx, esi, edi and ebp survive system calls, including a sleep.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdint.h>
#include <stdio.h>
#include "check.h"
#include "rawsys.h"

struct regs {
	uint32_t in[6];	 /* ebx ecx edx esi edi ebp, loaded before int $0x40 */
	uint32_t out[6]; /* the same registers after it */
	uint32_t eax;	 /* the result */
	uint32_t n;	 /* the system call number */
	uint32_t arg;	 /* its one argument */
};

static const char *const names[6] = {"ebx", "ecx", "edx", "esi", "edi", "ebp"};

/*
 * Loads r->in, makes system call r->n with argument r->arg, saves r->out.
 * Everything is addressed through r (in eax): an "m" operand could be
 * esp-relative, and the pushes here would make it point elsewhere.
 */
static void call_with_regs(struct regs *r)
{
	__asm__ volatile("pushl %%ebp\n\t"
			 "pushl %%eax\n\t" /* r, for afterwards */
			 "movl 0(%%eax), %%ebx\n\t"
			 "movl 4(%%eax), %%ecx\n\t"
			 "movl 8(%%eax), %%edx\n\t"
			 "movl 12(%%eax), %%esi\n\t"
			 "movl 16(%%eax), %%edi\n\t"
			 "movl 20(%%eax), %%ebp\n\t"
			 "pushl 56(%%eax)\n\t" /* the argument */
			 "pushl $0\n\t"	       /* the fake return address */
			 "movl 52(%%eax), %%eax\n\t"
			 "int $0x40\n\t"
			 "addl $8, %%esp\n\t"
			 "xchgl %%eax, (%%esp)\n\t" /* eax = r; result saved */
			 "movl %%ebx, 24(%%eax)\n\t"
			 "movl %%ecx, 28(%%eax)\n\t"
			 "movl %%edx, 32(%%eax)\n\t"
			 "movl %%esi, 36(%%eax)\n\t"
			 "movl %%edi, 40(%%eax)\n\t"
			 "movl %%ebp, 44(%%eax)\n\t"
			 "popl %%ecx\n\t"
			 "movl %%ecx, 48(%%eax)\n\t"
			 "popl %%ebp"
			 : "+a"(r)
			 :
			 : "ebx", "ecx", "edx", "esi", "edi", "memory", "cc");
}

int main(void)
{
	static const struct {
		const char *what;
		int n;
		uint32_t a;
		int want; /* the result, or 1 for "any pid" */
	} calls[] = {
		{"getpid", SYS_getpid, 0, 1},
		{"usleep(20000)", SYS_usleep, 20000, 0},
		{"close(99), which fails", SYS_close, 99, -EBADF},
		{"unknown call 1000", 1000, 0, -ENOSYS},
	};

	for (int c = 0; c < 4; c++) {
		struct regs r = {
			.in = {0x11111111, 0x22222222, 0x33333333, 0x44444444,
			       0x55555555, 0x66666666},
			.n = calls[c].n,
			.arg = calls[c].a,
		};
		int same = 1;

		call_with_regs(&r);
		for (int i = 0; i < 6; i++) {
			if (r.out[i] != r.in[i]) {
				printf("%s: %s was 0x%x, now 0x%x\n",
				       calls[c].what, names[i], r.in[i],
				       r.out[i]);
				same = 0;
			}
		}
		check(same, "%s kept every register", calls[c].what);
		check(calls[c].want == 1 ? (int)r.eax > 1
					 : (int)r.eax == calls[c].want,
		      "%s returned %d", calls[c].what, (int)r.eax);
	}
	return check_done();
}
