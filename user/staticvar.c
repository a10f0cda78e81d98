/*
 * staticvar: each process has its own copy of a static variable at the
 * same virtual address. Start two at once ("staticvar & staticvar"): both
 * print the same &counter, and each counts 1, 2, 3 on its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int counter; /* static data (.bss), one copy per process */

int main(int argc, char *argv[])
{
	int n = argc > 1 ? atoi(argv[1]) : 3;

	for (int i = 0; i < n; i++) {
		counter++;
		printf("staticvar: pid %d: &counter=%p counter=%d\n", getpid(),
		       (void *)&counter, counter);
		sleep(1);
	}
	return 0;
}
