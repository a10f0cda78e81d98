// Base and bound cannot catch NULL: address 0 is inside the range.
// mode: segment (under paging the read is killed; see mm_null_paging)
// expect: exit 0
// expect-output: ^read NULL: 0$
#include <stdio.h>

int main(void)
{
	volatile int *volatile p = 0;

	printf("read NULL: %d\n", *p);
	return 0;
}
