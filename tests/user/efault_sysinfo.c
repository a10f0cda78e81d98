// procinfo, readdir, meminfo into kernel or wrapping memory: EFAULT.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// NULL is tested in the *_paging variant: in the segment model address 0
// is the first byte of the process's own memory, so NULL is a good pointer.
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>
#include "check.h"
#include "rawsys.h"

static const struct {
	const char *name;
	uint32_t addr;
} bad[] = {
	{"kernel text 0xc0100000", KERNEL_ADDR},
	{"USER_TOP itself", USER_TOP},
	{"wrapping 0xfffffff8", 0xfffffff8u},
	{"USER_TOP - 4, crossing into the kernel", USER_TOP - 4},
};
#define NBAD ((int)(sizeof(bad) / sizeof(bad[0])))

/* The process-table slot that holds us, found with a good buffer. */
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
	struct procinfo p;
	struct initrd_dirent d;
	struct meminfo m;
	char what[96];
	int slot = my_slot();

	check(slot >= 0, "procinfo with a good buffer finds our slot %d", slot);
	for (int i = 0; i < NBAD; i++) {
		snprintf(what, sizeof(what), "procinfo(our slot, %s)",
			 bad[i].name);
		check_raw_err(what,
			      raw_syscall2(SYS_procinfo, slot, bad[i].addr),
			      EFAULT);
		snprintf(what, sizeof(what), "initrd_readdir(0, %s)",
			 bad[i].name);
		check_raw_err(what,
			      raw_syscall2(SYS_initrd_readdir, 0, bad[i].addr),
			      EFAULT);
		snprintf(what, sizeof(what), "meminfo(%s)", bad[i].name);
		check_raw_err(what, raw_syscall1(SYS_meminfo, bad[i].addr),
			      EFAULT);
	}
	check(procinfo(slot, &p) == 0 && p.pid == getpid(),
	      "procinfo with a good buffer still works");
	check(initrd_readdir(0, &d) == 0,
	      "readdir with a good buffer still works");
	check(meminfo(&m) == 0 && m.free_frames > 0 && m.nproc_max == 64,
	      "meminfo with a good buffer still works (64 slots)");
	return check_done();
}
