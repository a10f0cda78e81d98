// usleep(0) returns at once; usleep(1000) sleeps at least 1 ms.
// expect: exit 0
// icount: yes
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int t0, dt;

	t0 = uptime();
	check(usleep(0) == 0, "usleep(0) returns 0");
	dt = uptime() - t0;
	check(dt <= 10, "usleep(0) took %d ms, at most one tick", dt);
	t0 = uptime();
	for (int i = 0; i < 10; i++)
		usleep(1000);
	dt = uptime() - t0;
	check(dt >= 10 && dt <= 220,
	      "10 x usleep(1000) took %d ms: at least 10, at most 2 ticks each",
	      dt);
	return check_done();
}
