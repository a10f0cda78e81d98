// usleep(500000) takes 500..520 ms of uptime() in virtual time.
// expect: exit 0
// icount: yes
// expect-output: ^usleep\(500000\) took \d+ ms$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int t0, t1, r;

	t0 = uptime();
	r = usleep(500000);
	t1 = uptime();
	printf("usleep(500000) took %d ms\n", t1 - t0);
	check(r == 0, "usleep returned 0");
	check(t1 - t0 >= 500 && t1 - t0 <= 520, "500 <= %d <= 520", t1 - t0);
	return check_done();
}
