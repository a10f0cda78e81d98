// Fills the system-wide open-file table (NFILE 256) from many processes: open and pipe give ENFILE, a pipe with one free entry fails without keeping it or leaking its page, and all works again after.
// expect: exit 0
// expect-output: ^nfile: \d+ holders opened \d+ files before ENFILE$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 60
//
// fd_emfile fills one process's 64 descriptors; this fills the kernel's
// table of open files behind them. dup and fork share entries, so only
// open and pipe use new ones. Each holder opens files until it fails,
// reports how many, then waits for commands on a pipe: 'c' closes one
// file, end of file exits.
#include <fcntl.h>
#include <kestrel.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "param.h"

#define MAX_HOLDERS 40
#define FILE_PATH   "/etc/motd"

static int cmd[2], res[2];

/* Opens files until open fails, reports, then obeys commands. */
static void holder(void)
{
	int fds[NOFILE], n = 0, report[2], fd;
	char c;

	close(cmd[1]);
	close(res[0]);
	while ((fd = open(FILE_PATH, O_RDONLY)) >= 0)
		fds[n++] = fd;
	report[0] = n;
	report[1] = errno;
	write(res[1], report, sizeof(report));
	while (read(cmd[0], &c, 1) == 1) {
		if (n > 0)
			close(fds[--n]);
		write(res[1], "k", 1);
	}
	_exit(0);
}

/* Starts holders until one meets ENFILE; returns the files they hold. */
static int fill_table(int *nholders)
{
	int total = 0, report[2] = {0, 0};

	for (*nholders = 0; *nholders < MAX_HOLDERS; ++*nholders) {
		int pid = fork();
		if (pid == 0)
			holder();
		if (pid < 0 ||
		    read(res[0], report, sizeof(report)) != sizeof(report))
			break;
		total += report[0];
		if (report[1] != EMFILE) {
			++*nholders;
			break;
		}
	}
	check(report[1] == ENFILE, "a holder's open failed with ENFILE: %s",
	      errname(report[1]));
	return total;
}

/* With the table full: what fails, and what must still work. */
static void check_full(void)
{
	struct meminfo m0, m1;
	int fds[2], fd;
	char k;

	check_err("open with the table full", open(FILE_PATH, O_RDONLY),
		  ENFILE);
	check_err("pipe with the table full", pipe(fds), ENFILE);
	fd = dup(1);
	check(fd >= 0, "dup still works: it shares the entry (%d)", fd);
	close(fd);
	/* Free exactly one entry: a pipe needs two. */
	write(cmd[1], "c", 1);
	read(res[0], &k, 1);
	meminfo(&m0);
	check_err("pipe with one free entry", pipe(fds), ENFILE);
	meminfo(&m1);
	check(m1.free_frames == m0.free_frames,
	      "the failed pipe freed its page (%u -> %u free frames)",
	      m0.free_frames, m1.free_frames);
	fd = open(FILE_PATH, O_RDONLY);
	check(fd >= 0, "open takes the one free entry: %d", fd);
	check_err("the next open", open(FILE_PATH, O_RDONLY), ENFILE);
	close(fd);
}

int main(void)
{
	struct meminfo before, after;
	int total, nholders, st, fds[2], fd, clean = 0, n = 0;

	printf("nfile: starting\n");
	pipe(cmd);
	pipe(res);
	meminfo(&before);
	total = fill_table(&nholders);
	printf("nfile: %d holders opened %d files before ENFILE\n", nholders,
	       total);
	/* In use before: the console (one entry for all) and our 2 pipes. */
	check(total > NFILE - 16 && total <= NFILE - 5,
	      "the table holds about %d entries (%d opened + 5 in use)", NFILE,
	      total);
	check_full();
	close(cmd[1]); /* every holder reads EOF and exits */
	for (; wait(&st) > 0; n++)
		clean += WIFEXITED(st) && WEXITSTATUS(st) == 0;
	check(n == nholders && clean == n, "all %d holders exited with 0: %d",
	      nholders, clean);
	fd = open(FILE_PATH, O_RDONLY);
	check(fd >= 0, "open works again");
	close(fd);
	check(pipe(fds) == 0, "pipe works again");
	close(fds[0]);
	close(fds[1]);
	meminfo(&after);
	check(after.free_frames == before.free_frames,
	      "free frames back to %u: %u", before.free_frames,
	      after.free_frames);
	return check_done();
}
