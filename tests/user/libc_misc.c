// Small things portable programs lean on: getcwd (the root, also into
// memory from malloc; ERANGE and EINVAL), setlocale and localeconv (only
// the C locale), remove, rename and tmpfile on the read-only initrd
// (EROFS, or ENOENT for a missing file), errno names beyond the kernel's
// with their messages, clock() (processor time, so a sleep adds little
// and a busy loop adds), and exit's status.
// expect: exit 7
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static void clock_times(void)
{
	clock_t a = clock(), b, c;
	volatile unsigned sink = 0;
	int rounds;

	usleep(300000);
	b = clock();
	check(a >= 0 && b >= a && b - a < CLOCKS_PER_SEC / 10,
	      "a 0.3 s sleep used %ld us of processor time", (long)(b - a));
	/* Spin in user mode: the kernel charges a process the ticks that
	 * find it in ring 3. */
	for (rounds = 0;
	     (c = clock()) - b < CLOCKS_PER_SEC / 20 && rounds < 5000; rounds++)
		for (int i = 0; i < 100000; i++)
			sink += i;
	check(c - b >= CLOCKS_PER_SEC / 20, "a busy loop used %ld us",
	      (long)(c - b));
}

int main(void)
{
	char buf[8], *p;

	check(getcwd(buf, sizeof(buf)) == buf && strcmp(buf, "/") == 0,
	      "getcwd gives \"/\"");
	errno = 0;
	check(getcwd(buf, 1) == NULL && errno == ERANGE, "getcwd: ERANGE");
	errno = 0;
	check(getcwd(buf, 0) == NULL && errno == EINVAL, "getcwd: EINVAL");
	p = getcwd(NULL, 0);
	check(p != NULL && strcmp(p, "/") == 0, "getcwd(NULL, 0) mallocs");
	free(p);
	check(strcmp(setlocale(LC_ALL, ""), "C") == 0 &&
		      strcmp(setlocale(LC_NUMERIC, NULL), "C") == 0 &&
		      setlocale(LC_ALL, "de_DE.UTF-8") == NULL &&
		      setlocale(99, "C") == NULL,
	      "setlocale knows only C (and POSIX)");
	check(strcmp(localeconv()->decimal_point, ".") == 0,
	      "the decimal point is '.'");
	errno = 0;
	check(remove("/etc/motd") == -1 && errno == EROFS,
	      "remove of an initrd file: EROFS");
	errno = 0;
	check(remove("/etc/none") == -1 && errno == ENOENT,
	      "remove of a missing file: ENOENT");
	errno = 0;
	check(rename("/etc/motd", "/etc/x") == -1 && errno == EROFS,
	      "rename: EROFS");
	errno = 0;
	check(tmpfile() == NULL && errno == EROFS, "tmpfile: EROFS");
	check(ENOTEMPTY == 39 && ETIMEDOUT == 110 && EWOULDBLOCK == EAGAIN &&
		      strcmp(strerror(ENOTEMPTY), "Directory not empty") == 0,
	      "errno names beyond the kernel's, and their messages");
	check(!WCOREDUMP(0x86), "no core dumps");
	clock_times();
	check_done();
	exit(7);
}
