/*
 * spin: loops forever, to be killed by a signal or watched in ps. With an
 * argument N it prints a dot every N million iterations.
 */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char *argv[])
{
	unsigned long every = argc > 1 ? 1000000UL * atoi(argv[1]) : 0;
	volatile unsigned long i = 0; /* volatile: the loop must really run */

	for (;;) {
		i++;
		if (every != 0 && i % every == 0) {
			putchar('.');
			fflush(stdout);
		}
	}
}
