// Sleep precision at hz=1000: usleep(250000) takes 250..252 ms.
// expect: exit 0
// icount: yes
// cmdline: hz=1000
// expect-output: ^usleep\(250000\) took \d+ ms$
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
	usleep(250000);
	dt = uptime() - t0;
	printf("usleep(250000) took %d ms\n", dt);
	check(dt >= 250 && dt <= 252, "250 <= %d <= 252", dt);
	t0 = uptime();
	usleep(3000);
	dt = uptime() - t0;
	printf("usleep(3000) took %d ms\n", dt);
	check(dt >= 3 && dt <= 5, "3 <= %d <= 5", dt);
	return check_done();
}
