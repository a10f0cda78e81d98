// Code that shrinks the range below its own eip must not return past the bound.
// mode: segment (under paging there is no code segment limit to pass)
// expect: exit 0
// expect-output: ^child killed by SIGSEGV$
// expect-output: ^all checks passed$
// expect-kernel: pid \d+ \(seg_eip_sbrk\): return to eip 0x[0-9a-f]{8} outside its segment \(bound 0x[0-9a-f]{8}\): killed by SIGSEGV
// forbid-output: FAIL
// timeout: 10
//
// Issue 9, finding 4, the sbrk case. Under base and bound the heap is part
// of the range and executable. A child here runs code placed at the start
// of the heap's last page that calls sbrk(-4096) with a raw int $0x40 (the
// argument on the user stack, at esp+4), which shrinks the range to end
// right below that code. The system call then returns to an eip past the
// new limit. On real hardware (and KVM) the iret faults in ring 0 and the
// kernel panics; QEMU's TCG does not check the cs limit. The kernel must
// refuse the frame before the iret: SIGSEGV and the kernel line above. A
// kernel without that check lets the iret happen, and the next fetch, in
// the page given back, page-faults (another message).
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

/*
 * pushl $-PAGE_SIZE; pushl $0 (where a stub's return address would be);
 * movl $SYS_sbrk, %eax; int $0x40; addl $8, %esp; ret
 */
static const unsigned char shrink_code[] = {
	0x68, 0x00, 0xf0, 0xff, 0xff, /* pushl $-4096 */
	0x6a, 0x00,		      /* pushl $0 */
	0xb8, 0,    0,	  0,	0,    /* movl $SYS_sbrk, %eax */
	0xcd, 0x40,		      /* int $0x40 */
	0x83, 0xc4, 0x08,	      /* addl $8, %esp */
	0xc3,			      /* ret */
};
#define NR_OFFSET 8 /* where the system call number goes */

/* The size of our range, as procinfo reports it. */
static uint32_t range_size(void)
{
	struct procinfo p;

	for (int slot = 0; slot < 64; slot++)
		if (procinfo(slot, &p) == 0 && p.pid == getpid())
			return p.mem_bytes;
	return 0;
}

/* Copies the code to the start of the heap page below end. */
static unsigned char *plant(char *end)
{
	unsigned char *code = (unsigned char *)end - PAGE_SIZE;
	uint32_t nr = SYS_sbrk;

	memcpy(code, shrink_code, sizeof(shrink_code));
	memcpy(code + NR_OFFSET, &nr, sizeof(nr));
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
	printf("sbrk(-%d) from 0x%x: the range would end at 0x%x\n", PAGE_SIZE,
	       (uint32_t)(uintptr_t)code, (uint32_t)(uintptr_t)code);
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
