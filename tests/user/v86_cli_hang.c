// A ring-3 iret into virtual-8086 mode with IF = 0 cannot hang the kernel.
// expect: exit 0
// expect-output: ^child killed by SIGSEGV$
// expect-output: ^all checks passed$
// expect-kernel: killed by SIGSEGV
// forbid-output: FAIL
// timeout: 15
//
// Issue 9, finding 3. Real CPUs ignore VM in an iret at CPL 3 (and then
// the real-mode cs is a bad selector: #GP); QEMU's TCG enters virtual-8086
// mode and takes IF and IOPL from the stack too. The kernel kills a
// process it finds in virtual-8086 mode, but only when an interrupt or a
// fault brings the CPU back to it. A child here irets with EFLAGS = VM and
// the always-one bit 1 only (IF = 0, IOPL = 0), to a cs:ip whose linear
// address cs * 16 + ip is a "jmp ." (EB FE) in this program's own text:
// user text starts at 0x1000, below the 1.1 MiB that virtual-8086 mode
// can reach, and under paging it is mapped user-accessible, so the fetch
// succeeds, and with IF = 0 no interrupt ever comes: the kernel with this
// bug hangs here (paging) until the harness's timeout. Under mm=segment
// that linear address is not the program's (no segment base applies in
// virtual-8086 mode) and is not user-accessible, so the first fetch
// faults and the child is killed, as it should be. The child must die of
// SIGSEGV, and the parent, and the kernel, go on.
//
// If the program text ever lies beyond virtual-8086 reach, the test
// irets to the highest address it can reach instead: the child must still
// die of SIGSEGV.
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include <mmu.h>
#include "check.h"

#define V86_TOP 0x10ffefu /* highest linear address: 0xffff * 16 + 0xffff */

/* "jmp .": two bytes, EB FE, in the text section. */
__asm__(".text\n"
	".globl v86_spin\n"
	"v86_spin:\n\t"
	"jmp v86_spin\n");
extern const unsigned char v86_spin[];

/*
 * Irets into virtual-8086 mode at linear address lin, with interrupts
 * off. The cs chosen has cs & 3 == 3, like a ring-3 selector; ip makes up
 * the rest (under 64). Returns only if the iret did not happen.
 */
static void iret_v86(uint32_t lin)
{
	uint32_t cs = (lin >> 4) - (((lin >> 4) - 3) & 3), ip = lin - cs * 16;
	uint32_t flags = FL_VM | 0x2; /* IF = 0, IOPL = 0 */

	__asm__ volatile("pushl %[cs]\n\t" /* gs, fs, ds, es, ss */
			 "pushl %[cs]\n\t"
			 "pushl %[cs]\n\t"
			 "pushl %[cs]\n\t"
			 "pushl %[cs]\n\t"
			 "pushl $0x100\n\t" /* esp */
			 "pushl %[fl]\n\t"
			 "pushl %[cs]\n\t"
			 "pushl %[ip]\n\t"
			 "iret" ::[cs] "r"(cs),
			 [ip] "r"(ip), [fl] "r"(flags)
			 : "memory");
}

int main(void)
{
	uint32_t lin = (uint32_t)(uintptr_t)v86_spin;
	int pid;

	check(v86_spin[0] == 0xeb && v86_spin[1] == 0xfe,
	      "\"jmp .\" (eb fe) at 0x%x", lin);
	if (lin > V86_TOP - 1)
		lin = V86_TOP - 1;
	printf("iret to virtual-8086 mode, linear address 0x%x\n", lin);
	pid = fork();
	if (pid == 0) {
		iret_v86(lin);
		_exit(1);
	}
	if (!check_ok("fork", pid))
		return check_done();
	check_child_killed(pid, SIGSEGV);
	return check_done();
}
