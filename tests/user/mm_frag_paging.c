// Paging does not suffer external fragmentation: the same request that
// fails under base and bound succeeds.
// mode: paging (see mm_frag_segment)
// expect: exit 0
// expect-output: ^frag: sbrk\(\d+ KiB\) succeeded$
// timeout: 60
#include <unistd.h>

int main(void)
{
	char *argv[] = {"frag", 0};

	execv("/bin/frag", argv);
	return 127;
}
