// procinfo, readdir, meminfo into NULL or unmapped memory: EFAULT.
// expect: exit 0
// mode: paging
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// Paging only: the segment model has no unmapped holes inside user space,
// and address 0 is the first byte of the process there.
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>
#include "check.h"
#include "rawsys.h"

static int my_slot(void)
{
	struct procinfo p;

	for (int slot = 0; slot < 64; slot++)
		if (procinfo(slot, &p) == 0 && p.pid == getpid())
			return slot;
	return -1;
}

int main(void)
{
	char *edge, what[96];
	uint32_t addrs[4];
	int slot = my_slot();

	printf("start\n");
	edge = heap_edge();
	addrs[0] = UNMAPPED_ADDR;
	addrs[1] = (uint32_t)edge;
	addrs[2] = (uint32_t)edge - 8; /* every struct is longer than 8 */
	addrs[3] = 0;
	for (int i = 0; i < 4; i++) {
		static const char *const names[] = {
			"unmapped 0x40000000", "the break",
			"break - 8, crossing", "NULL"};
		const char *name = names[i];

		snprintf(what, sizeof(what), "procinfo(our slot, %s)", name);
		check_raw_err(what, raw_syscall2(SYS_procinfo, slot, addrs[i]),
			      EFAULT);
		snprintf(what, sizeof(what), "initrd_readdir(0, %s)", name);
		check_raw_err(what,
			      raw_syscall2(SYS_initrd_readdir, 0, addrs[i]),
			      EFAULT);
		snprintf(what, sizeof(what), "meminfo(%s)", name);
		check_raw_err(what, raw_syscall1(SYS_meminfo, addrs[i]),
			      EFAULT);
	}
	check(raw_syscall1(SYS_meminfo,
			   (uint32_t)edge - sizeof(struct meminfo)) == 0 &&
		      ((struct meminfo *)(edge - sizeof(struct meminfo)))
				      ->nproc_max == 64,
	      "meminfo into the last heap bytes works");
	check(sbrk(0) == edge, "the break did not move during the test");
	return check_done();
}
