// Tests the exit status of a program that returns 42 from main.
// expect: exit 42
// expect-output: ^returning 42 from main$
#include <stdio.h>

int main(void)
{
	printf("returning 42 from main\n");
	return 42;
}
