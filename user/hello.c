/* The smallest program: prints a greeting and exits with status 0. */
#include <stdio.h>

int main(void)
{
	printf("hello, world\n");
	return 0;
}
