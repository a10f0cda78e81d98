// Writing to the program's own text is killed under paging: text pages
// are mapped read-only.
// mode: paging (one data segment over the whole range cannot protect text)
// expect: signal SIGSEGV
// expect-kernel: page fault at eip 0x[0-9a-f]+ addr 0x[0-9a-f]+ \(user write, protection\): killed by SIGSEGV
#include <stdio.h>

int main(void)
{
	volatile unsigned char *code = (unsigned char *)main;

	printf("writing to main at %p\n", (void *)code);
	code[0] = 0xc3;
	printf("FAIL: the write went through\n");
	return 1;
}
