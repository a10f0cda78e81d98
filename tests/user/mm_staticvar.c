// Two processes see a static variable at the same virtual address, backed
// by different physical memory, in both memory models.
// expect: exit 0
// expect-output: ^child: &counter=0x[0-9a-f]+ counter=1 phys=0x[0-9a-f]+$
// expect-output: ^parent: &counter=0x[0-9a-f]+ counter=2 phys=0x[0-9a-f]+$
// expect-output: ^ok: same virtual address, different physical memory$
#include <kestrel.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static int counter;

int main(void)
{
	int fds[2], st;
	unsigned long child_va, child_pa;
	unsigned long msg[2];

	pipe(fds);
	counter = 0;
	if (fork() == 0) {
		counter += 1;
		msg[0] = (unsigned long)&counter;
		msg[1] = (unsigned long)vtop(&counter);
		printf("child: &counter=%p counter=%d phys=0x%lx\n",
		       (void *)&counter, counter, msg[1]);
		write(fds[1], msg, sizeof(msg));
		_exit(0);
	}
	read(fds[0], msg, sizeof(msg));
	wait(&st);
	child_va = msg[0];
	child_pa = msg[1];
	counter += 2;
	printf("parent: &counter=%p counter=%d phys=0x%lx\n", (void *)&counter,
	       counter, (unsigned long)vtop(&counter));
	if (child_va != (unsigned long)&counter ||
	    child_pa == (unsigned long)vtop(&counter)) {
		printf("FAIL: addresses\n");
		return 1;
	}
	printf("ok: same virtual address, different physical memory\n");
	return 0;
}
