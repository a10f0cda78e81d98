// sleep(1) takes 1000..1020 ms of uptime() in virtual time.
// expect: exit 0
// icount: yes
// expect-output: ^sleep\(1\) took \d+ ms$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int t0, t1;
	unsigned r;

	t0 = uptime();
	r = sleep(1);
	t1 = uptime();
	printf("sleep(1) took %d ms\n", t1 - t0);
	check(r == 0, "sleep returned 0");
	check(t1 - t0 >= 1000 && t1 - t0 <= 1020, "1000 <= %d <= 1020",
	      t1 - t0);
	return check_done();
}
