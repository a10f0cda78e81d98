// Paging lets a parent and child share the read-only text after fork
// (same physical frame); their data pages differ once the child has
// written its own (until then fork shares them too, copy on write:
// cow_read_no_copy shows that).
// mode: paging (base and bound cannot share code; see mm_share_text_segment)
// expect: exit 0
// expect-output: ^ok: text shared, data private$
#include <kestrel.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static int data = 1;

int main(void)
{
	int fds[2], st, msg[2];

	pipe(fds);
	if (fork() == 0) {
		data = 2;
		msg[0] = vtop((void *)main);
		msg[1] = vtop(&data);
		write(fds[1], msg, sizeof(msg));
		_exit(0);
	}
	read(fds[0], msg, sizeof(msg));
	wait(&st);
	printf("text: parent 0x%x child 0x%x; data: parent 0x%x child 0x%x\n",
	       vtop((void *)main), msg[0], vtop(&data), msg[1]);
	if (msg[0] != vtop((void *)main) || msg[1] == vtop(&data)) {
		printf("FAIL\n");
		return 1;
	}
	printf("ok: text shared, data private\n");
	return 0;
}
