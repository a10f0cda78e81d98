/*
 * sleep: waits SECONDS seconds, to be watched in ps or stopped and
 * continued with ^Z, fg and bg. Says so, and exits 1, if a signal cut the
 * sleep short.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
	unsigned left;

	if (argc != 2) {
		fprintf(stderr, "usage: sleep SECONDS\n");
		return 2;
	}
	left = sleep((unsigned)atoi(argv[1]));
	if (left > 0) {
		fprintf(stderr, "sleep: interrupted with %u s left\n", left);
		return 1;
	}
	return 0;
}
