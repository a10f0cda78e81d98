// Base and bound cannot share code: a forked child's text is a copy at
// another physical address.
// mode: segment (under paging the text is shared; see mm_share_text_paging)
// expect: exit 0
// expect-output: ^ok: text copied, not shared$
#include <kestrel.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int fds[2], st, pa;

	pipe(fds);
	if (fork() == 0) {
		pa = vtop((void *)main);
		write(fds[1], &pa, sizeof(pa));
		_exit(0);
	}
	read(fds[0], &pa, sizeof(pa));
	wait(&st);
	printf("text: parent 0x%x child 0x%x\n", vtop((void *)main), pa);
	if (pa == vtop((void *)main)) {
		printf("FAIL: shared\n");
		return 1;
	}
	printf("ok: text copied, not shared\n");
	return 0;
}
