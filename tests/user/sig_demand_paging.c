// Demand paging in user space: an array grows past the program break,
// one int at a time, with no sbrk of its own; each write to the page past
// the break faults, and the SIGSEGV handler maps that one page with sbrk
// and returns, so the write runs again and succeeds. 64 pages: 64 faults,
// each at the break (under paging si_addr is exactly the first byte of
// the new page), and every value reads back. Under base and bound the
// same program works too: the handler grows the range (which may move in
// physical memory), and the write runs again at the same address.
// expect: exit 0
// expect-output: ^64 pages, 64 faults$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"
#include "rawsys.h"

#define PAGES 64

static volatile int faults, wrong_addr;
static int paging;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	uint32_t brk = (uint32_t)(uintptr_t)sbrk(0);

	(void)sig;
	(void)ctx;
	faults++;
	if (paging && si->si_addr != brk)
		wrong_addr++;
	if (sbrk(PAGE_SIZE) == (void *)-1)
		_exit(2); /* out of memory: nothing to retry */
}

int main(void)
{
	struct sigaction sa;
	struct meminfo m;
	volatile uint32_t *a;
	int n = PAGES * (PAGE_SIZE / 4), bad = 0;

	meminfo(&m);
	paging = m.mm == MM_PAGING;
	printf("growing an array past the break\n");
	a = (volatile uint32_t *)heap_edge();
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	for (int i = 0; i < n; i++)
		a[i] = (uint32_t)i * 2654435761u;
	for (int i = 0; i < n; i++)
		bad += a[i] != (uint32_t)i * 2654435761u;
	printf("%d pages, %d faults\n", PAGES, faults);
	check(faults == PAGES, "one fault per page (%d)", faults);
	check(bad == 0, "every value read back (%d wrong)", bad);
	check(wrong_addr == 0, "each fault was at the break (%d were not)",
	      wrong_addr);
	check((volatile uint32_t *)sbrk(0) == a + n,
	      "the break ends where the array does");
	return check_done();
}
