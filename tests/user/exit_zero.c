// Tests the exit status of a program that returns 0 from main.
// expect: exit 0
// expect-output: ^returning 0 from main$
#include <stdio.h>

int main(void)
{
	printf("returning 0 from main\n");
	return 0;
}
