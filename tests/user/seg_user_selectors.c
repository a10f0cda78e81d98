// A program may load the null selector or the user code selector into its
// data segment registers and still make system calls; the kernel's check
// of the frame before each return to ring 3 accepts what is harmless.
// expect: exit 0
// expect-output: ^ok: system calls work with ds=0 es=0x1b fs=0 gs=0x1b$
#include <stdio.h>
#include <syscall.h>
#include <unistd.h>

int main(void)
{
	int pid;

	__asm__ volatile("movw %w1, %%es\n\t"
			 "movw %w1, %%gs\n\t"
			 "movw %w2, %%fs\n\t"
			 "pushl %%ds\n\t"
			 "movw %w2, %%ds\n\t"
			 "movl %3, %%eax\n\t"
			 "int $0x40\n\t"
			 "popl %%ds\n\t"
			 : "=a"(pid)
			 : "r"(0x1b), "r"(0), "i"(SYS_getpid)
			 : "memory");
	__asm__ volatile("movw %w0, %%es" : : "r"(0x23));
	if (pid != getpid()) {
		printf("FAIL: getpid gave %d\n", pid);
		return 1;
	}
	printf("ok: system calls work with ds=0 es=0x1b fs=0 gs=0x1b\n");
	return 0;
}
