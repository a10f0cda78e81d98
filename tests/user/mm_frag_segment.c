// External fragmentation: with memory free only in pieces, a large sbrk
// fails under base and bound (it needs one contiguous range).
// mode: segment (under paging any free frames do; see mm_frag_paging)
// expect: exit 0
// expect-output: ^frag: sbrk\(\d+ KiB\) failed: .*\(external fragmentation\)$
// timeout: 60
#include <unistd.h>

int main(void)
{
	char *argv[] = {"frag", 0};

	execv("/bin/frag", argv);
	return 127;
}
