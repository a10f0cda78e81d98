// Base and bound cannot protect the text: the data segment covers it.
// mode: segment (under paging the write is killed; see mm_text_write_paging)
// expect: exit 0
// expect-output: ^wrote to own text: ok$
#include <stdio.h>

static int target(void)
{
	return 1;
}

int main(void)
{
	volatile unsigned char *code = (unsigned char *)target;
	unsigned char old = code[0];

	code[0] = old; /* a harmless write, but a write to text all the same */
	printf("wrote to own text: %s\n", target() == 1 ? "ok" : "FAIL");
	return 0;
}
