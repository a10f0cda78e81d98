// A system call in the range's last two bytes must not return past the bound.
// mode: segment (under paging there is no code segment limit to pass)
// expect: exit 0
// expect-output: ^child killed by SIGSEGV$
// expect-output: ^all checks passed$
// expect-kernel: pid \d+ \(seg_eip_bound\): return to eip 0x[0-9a-f]{8} outside its segment \(bound 0x[0-9a-f]{8}\): killed by SIGSEGV
// forbid-output: FAIL
// timeout: 10
//
// Issue 9, finding 4. Under base and bound the whole range (text, stack,
// heap up to the break, rounded up to a page) is readable, writable and
// executable, and the code segment's limit is its last byte. A child here
// makes the break page aligned, so the range ends at the break, writes
// "mov $SYS_getpid, %eax; int $0x40" so that the int $0x40 (cd 40) takes
// the range's last two bytes, and calls it. The system call returns with
// eip == the range's size, one past the limit. On real hardware (and
// KVM) the iret checks eip against the new cs limit while still in ring 0:
// a #GP in the kernel, and a panic. QEMU's TCG does not check the cs
// limit, so only the kernel can see it: trapframe_check must refuse such
// a frame before the iret, killing the process with SIGSEGV and the
// kernel line above. A kernel without that check lets the iret happen,
// and the fetch past the range then page-faults (another message).
//
// The name is short on purpose: the kernel keeps 15 characters of it.
#include <kestrel.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "rawsys.h"

/* mov $SYS_getpid, %eax; int $0x40 */
#define CODE_LEN 7

/* The size of our range, as procinfo reports it. */
static uint32_t range_size(void)
{
	struct procinfo p;

	for (int slot = 0; slot < 64; slot++)
		if (procinfo(slot, &p) == 0 && p.pid == getpid())
			return p.mem_bytes;
	return 0;
}

/* Writes the call to end exactly at end; returns where it starts. */
static unsigned char *plant(char *end)
{
	unsigned char *code = (unsigned char *)end - CODE_LEN;
	uint32_t nr = SYS_getpid;

	code[0] = 0xb8; /* mov $imm32, %eax */
	memcpy(code + 1, &nr, sizeof(nr));
	code[5] = 0xcd; /* int $0x40 */
	code[6] = 0x40;
	return code;
}

int main(void)
{
	struct meminfo m;
	unsigned char *code;
	char *end;
	int pid;

	meminfo(&m);
	if (!check(m.mm == MM_SEGMENT, "the segment memory model"))
		return check_done();
	end = heap_edge();
	check((uint32_t)(uintptr_t)end == range_size(),
	      "the break 0x%x is the end of the range (0x%x bytes)",
	      (uint32_t)(uintptr_t)end, range_size());
	code = plant(end);
	printf("int $0x40 at 0x%x, the range's last two bytes\n",
	       (uint32_t)(uintptr_t)code + 5);
	pid = fork();
	if (pid == 0) {
		((void (*)(void))(uintptr_t)code)();
		_exit(1); /* not reached: eip is past the range */
	}
	if (!check_ok("fork", pid))
		return check_done();
	check_child_killed(pid, SIGSEGV);
	return check_done();
}
