// Handler and restorer addresses that cannot be used end the process with
// a signal, never a loop or a panic. Each in a child: a handler in kernel
// memory, or at 0x40000000 (unmapped under paging, past the bound under
// segments): SIGSEGV, from the fetch (paging) or from the kernel's check
// of eip before the iret (segments); the same with SIGSEGV's own handler
// just as bad: still one SIGSEGV death (the second fault finds SIGSEGV
// blocked and takes the default); a good handler whose restorer (the
// return address the kernel gives it) is in kernel memory: it runs once,
// then SIGSEGV; a handler pointing at data full of ud2 bytes runs them
// (neither model has a no-execute bit): SIGILL.
// expect: exit 0
// expect-kernel: ^handler at 0xc0100000$
// expect-kernel: (page fault at eip 0xc0100000 |return to eip 0xc0100000 outside its segment).*killed by SIGSEGV
// expect-kernel: ^handler at 0x40000000$
// expect-kernel: (page fault at eip 0x40000000 |return to eip 0x40000000 outside its segment).*killed by SIGSEGV
// expect-kernel: ^SIGUSR1 and SIGSEGV handlers at 0xc0100000$
// expect-kernel: (page fault at eip 0xc0100000 |return to eip 0xc0100000 outside its segment).*killed by SIGSEGV
// expect-kernel: ^restorer at 0xc0100000$
// expect-kernel: (page fault at eip 0xc0100000 |return to eip 0xc0100000 outside its segment).*killed by SIGSEGV
// expect-kernel: ^handler on ud2 bytes in data$
// expect-kernel: invalid opcode.*killed by SIGILL
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "rawsys.h"

/* The system call behind sigaction: it takes the restorer as given. */
int __sigaction(int sig, const struct ksigaction *act,
		struct ksigaction *oldact);
void __sigreturn(void);

static unsigned char ud2s[64] __attribute__((aligned(16)));
static int report_fd;

static void counting(int sig)
{
	(void)sig;
	write(report_fd, "h", 1);
}

static void set(int sig, uint32_t handler, uint32_t restorer)
{
	struct ksigaction k;

	memset(&k, 0, sizeof(k));
	k.handler = handler;
	k.flags = SA_RESTORER;
	k.restorer = restorer;
	if (__sigaction(sig, &k, NULL) < 0)
		_exit(2);
}

enum kind { HANDLER_KERNEL, HANDLER_UNMAPPED, BOTH_KERNEL, RESTORER, DATA };

static void child(enum kind k)
{
	uint32_t ret = (uint32_t)(uintptr_t)__sigreturn;

	switch (k) {
	case HANDLER_KERNEL:
		set(SIGUSR1, KERNEL_ADDR, ret);
		break;
	case HANDLER_UNMAPPED:
		set(SIGUSR1, UNMAPPED_ADDR, ret);
		break;
	case BOTH_KERNEL:
		set(SIGUSR1, KERNEL_ADDR, ret);
		set(SIGSEGV, KERNEL_ADDR, ret);
		break;
	case RESTORER:
		set(SIGUSR1, (uint32_t)(uintptr_t)counting, KERNEL_ADDR);
		break;
	case DATA:
		for (unsigned i = 0; i + 1 < sizeof(ud2s); i += 2) {
			ud2s[i] = 0x0f;
			ud2s[i + 1] = 0x0b;
		}
		set(SIGUSR1, (uint32_t)(uintptr_t)ud2s, ret);
		break;
	}
	raise(SIGUSR1);
	_exit(0); /* not reached */
}

static void run(const char *what, enum kind k, int sig, int runs)
{
	int fds[2], pid, st = 0, n = 0;
	char c;

	printf("%s\n", what);
	pipe(fds);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		report_fd = fds[1];
		child(k);
	}
	close(fds[1]);
	while (read(fds[0], &c, 1) == 1)
		n++;
	close(fds[0]);
	waitpid(pid, &st, 0);
	check(WIFSIGNALED(st) && WTERMSIG(st) == sig && n == runs,
	      "%s: killed by %s (status 0x%x), the handler ran %d times", what,
	      signame(sig), st, n);
}

int main(void)
{
	run("handler at 0xc0100000", HANDLER_KERNEL, SIGSEGV, 0);
	run("handler at 0x40000000", HANDLER_UNMAPPED, SIGSEGV, 0);
	run("SIGUSR1 and SIGSEGV handlers at 0xc0100000", BOTH_KERNEL, SIGSEGV,
	    0);
	run("restorer at 0xc0100000", RESTORER, SIGSEGV, 1);
	run("handler on ud2 bytes in data", DATA, SIGILL, 0);
	return check_done();
}
