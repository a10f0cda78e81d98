/* sync: returns when everything written is on the disk. */
#include <unistd.h>

int main(void)
{
	sync();
	return 0;
}
