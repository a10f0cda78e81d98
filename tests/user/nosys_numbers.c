// Unknown system call numbers return -ENOSYS; the process goes on.
// expect: exit 0
// expect-output: ^ok: syscall 0x80000000 -> -ENOSYS$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <unistd.h>
#include "check.h"
#include "rawsys.h"

int main(void)
{
	static const uint32_t nums[] = {0,	    SYS_MAX + 1, SYS_MAX + 2,
					256,	    1000,	 0x7fffffff,
					0x80000000, 0xffffffff,	 0xfffffffe};

	for (int i = 0; i < (int)(sizeof(nums) / sizeof(nums[0])); i++) {
		char what[32];

		snprintf(what, sizeof(what), "syscall 0x%x", nums[i]);
		check_raw_err(what, raw_syscall3(nums[i], 1, 2, 3), ENOSYS);
	}
	check(raw_syscall0(SYS_getpid) == getpid(),
	      "a valid raw system call still works");
	return check_done();
}
