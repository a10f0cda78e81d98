/*
 * tour: the program docs/tour.md follows through the kernel: a small
 * write, then a read of one key from the console, which the serial
 * line's receive interrupt brings in.
 */
#include <unistd.h>

int main(void)
{
	char c;

	write(1, "hi\n", 3);
	if (read(0, &c, 1) == 1)
		write(1, "got a key\n", 10);
	return 0;
}
