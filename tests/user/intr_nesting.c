// A timer tick during a system call is taken at once and nests on the
// process's kernel stack (depth 2), and no stretch with interrupts off
// comes near a tick's length while a 64 KiB console write runs.
// expect: exit 0
// expect-output: ^write: 65536 bytes, deepest nesting \d+, longest with interrupts off \d+ instructions from \S+$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// icount: yes
// timeout: 20
//
// Issue 9: the kernel used to run with interrupts off from trap entry to
// iret, so a tick could never come in during a system call (nesting 1),
// and a console write kept them off from start to end. Under -icount a
// TSC tick is one guest instruction, and 1 ms is 1,000,000 of them; at
// 100 Hz a tick is 10 ms.
#include <kestrel.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

#define TOTAL	 (64 * 1024) /* the default; an argument may ask for more */
#define MAXBYTES (1024 * 1024)
#define LINE	 64
#define OFF_MAX	 2000000 /* 2 ms of instructions: far below a tick */

/* The bytes to write: argv[1] (up to 1 MiB; for measuring), else 64 KiB. */
static int size_arg(int argc, char *argv[])
{
	int n = argc > 1 ? atoi(argv[1]) : TOTAL;

	return n > 0 && n <= MAXBYTES ? n : TOTAL;
}

int main(int argc, char *argv[])
{
	static char buf[MAXBYTES];
	struct intrstat st;
	int total = size_arg(argc, argv);

	for (int i = 0; i < total; i++)
		buf[i] = i % LINE == LINE - 1 ? '\n' : '.';
	check_ok("intrstat reset", intrstat(&st, 1));
	check(write(1, buf, total) == total, "one write of %d bytes", total);
	check_ok("intrstat", intrstat(&st, 0));
	printf("write: %d bytes, deepest nesting %u, longest with interrupts "
	       "off %u instructions from %s\n",
	       total, st.max_nesting, st.off_longest, st.off_where);
	check(st.max_nesting >= 2,
	      "an interrupt nested inside the write "
	      "(depth %u)",
	      st.max_nesting);
	check(st.off_longest < OFF_MAX,
	      "interrupts were never off for 2 ms "
	      "(longest %u)",
	      st.off_longest);
	return check_done();
}
