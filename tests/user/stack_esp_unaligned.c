// int $0x40 with esp at an odd address: the unaligned arguments still work.
// expect: exit 0
// expect-output: ^written with esp at an odd address$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"
#include "rawsys.h"

static const char msg[] = "written with esp at an odd address\n";
static char area[64];

int main(void)
{
	uint32_t sp = (uint32_t)(area + 17), args[3];
	int r;

	args[0] = 1;
	args[1] = (uint32_t)msg;
	args[2] = strlen(msg);
	memcpy((char *)sp + 4, args, sizeof(args)); /* at sp+4, unaligned */
	r = raw_syscall_sp(SYS_write, sp);
	check(r == (int)strlen(msg), "write with esp = 0x%x returned %d", sp,
	      r);
	return check_done();
}
