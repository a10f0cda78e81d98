// Out of memory: hog processes take every free frame, then give pages back one at a time while this test tries pipe, fork and execv at each step. Each failure must be clean (ENOMEM or EAGAIN, no frame lost) until all three work again.
// expect: exit 0
// expect-output: ^lowmem: \d+ hogs hold \d+ KiB, \d+ frames free$
// expect-output: ^lowmem: execv worked after \d+ steps$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 120
//
// Walking up from zero free frames runs every allocation in fork and exec
// out of memory in turn: the kernel stack, the page directory, page
// tables, each copied page, the argument page, the new image. Each
// failure must undo what it had done; the free-frame count before and
// after every attempt says whether it did. The hogs obey commands sent
// down a pipe, one byte each: N asks one hog to give back N pages; end of
// file asks them all to exit.
#include <kestrel.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define SELF	 "/test/exhaust_lowmem"
#define PAGE	 4096
#define MAXHOGS	 4
#define MAXSTEPS 2000
#define EXEC_OK	 7 /* the exec'd copy of this test exits with this */

static int cmd[2], ack[2];
static int nfail; /* attempts that failed in a wrong way */

/* Takes memory until sbrk fails, reports it, then obeys commands. */
static void hog(void)
{
	uint32_t got = 0;
	unsigned char n;

	close(cmd[1]);
	close(ack[0]);
	for (uint32_t step = 1024 * 1024; step >= PAGE; step /= 16)
		while (sbrk((intptr_t)step) != (void *)-1)
			got += step;
	write(ack[1], &got, sizeof(got));
	while (read(cmd[0], &n, 1) == 1) {
		for (; n > 0 && got >= PAGE; n--, got -= PAGE)
			sbrk(-PAGE);
		write(ack[1], "k", 1);
	}
	_exit(0);
}

/* Starts hogs until one gets less than a megabyte; returns the count. */
static int start_hogs(uint32_t *total)
{
	uint32_t got;
	int n;

	for (n = 0, *total = 0; n < MAXHOGS; n++) {
		int pid = fork();
		if (pid == 0)
			hog();
		if (pid < 0 || read(ack[0], &got, sizeof(got)) != sizeof(got))
			break;
		*total += got;
		if (got < 1024 * 1024) {
			n++;
			break;
		}
	}
	return n;
}

static unsigned free_frames(void)
{
	struct meminfo m;

	meminfo(&m);
	return m.free_frames;
}

/* Notes a wrong outcome (printed only the first few times). */
static void wrong(const char *what, int step, int err, unsigned f0, unsigned f1)
{
	if (++nfail <= 5)
		printf("FAIL: step %d: %s (errno %s, free frames %u -> %u)\n",
		       step, what, errname(err), f0, f1);
}

/* pipe with little memory: works, or ENOMEM; nothing kept either way. */
static int try_pipe(int step)
{
	unsigned f0 = free_frames(), f1;
	int fds[2], r = pipe(fds), err = errno;

	if (r == 0) {
		close(fds[0]);
		close(fds[1]);
	}
	f1 = free_frames();
	if ((r < 0 && err != ENOMEM) || f1 != f0)
		wrong("pipe", step, r < 0 ? err : 0, f0, f1);
	return r == 0;
}

/*
 * fork, and in the child execv of this program: returns 2 if the exec
 * ran, 1 if only fork worked, 0 if fork failed. Every frame must be back
 * once the child is reaped.
 */
static int try_fork_exec(int step)
{
	unsigned f0 = free_frames(), f1;
	int pid = fork(), err = errno, st = -1;

	if (pid == 0) {
		char *argv[] = {SELF, "exit7", NULL};
		execv(SELF, argv);
		_exit(errno == ENOMEM ? 100 + ENOMEM : 99);
	}
	if (pid > 0)
		waitpid(pid, &st, 0);
	f1 = free_frames();
	if (pid < 0 && err != ENOMEM && err != EAGAIN)
		wrong("fork", step, err, f0, f1);
	else if (pid > 0 &&
		 !(WIFEXITED(st) && (WEXITSTATUS(st) == EXEC_OK ||
				     WEXITSTATUS(st) == 100 + ENOMEM)))
		wrong("execv in the child", step, WEXITSTATUS(st) - 100, f0,
		      f1);
	else if (f1 != f0)
		wrong(pid < 0 ? "failed fork kept frames" : "frames lost", step,
		      err, f0, f1);
	if (pid < 0)
		return 0;
	return WIFEXITED(st) && WEXITSTATUS(st) == EXEC_OK ? 2 : 1;
}

/* Asks a hog to give back n pages and waits until it has. */
static void release(unsigned char n)
{
	char k;

	write(cmd[1], &n, 1);
	read(ack[0], &k, 1);
}

int main(int argc, char **argv)
{
	unsigned before;
	uint32_t total;
	int hogs, step, pipe_ok = -1, fork_ok = -1, st, n = 0, res;

	if (argc > 1 && strcmp(argv[1], "exit7") == 0)
		return EXEC_OK;
	printf("lowmem: starting\n");
	pipe(cmd);
	pipe(ack);
	before = free_frames();
	hogs = start_hogs(&total);
	printf("lowmem: %d hogs hold %u KiB, %u frames free\n", hogs,
	       total / 1024, free_frames());
	check(hogs > 0 && total >= 16u * 1024 * 1024, "the hogs took memory");
	for (step = 0; step < MAXSTEPS; step++) {
		if (try_pipe(step) && pipe_ok < 0)
			pipe_ok = step;
		res = try_fork_exec(step);
		if (res >= 1 && fork_ok < 0)
			fork_ok = step;
		if (res == 2)
			break;
		release(step < 200 ? 1 : 8);
	}
	printf("lowmem: pipe worked after %d steps, fork after %d\n", pipe_ok,
	       fork_ok);
	if (step < MAXSTEPS)
		printf("lowmem: execv worked after %d steps\n", step);
	check(step < MAXSTEPS, "execv worked within %d steps", MAXSTEPS);
	check(nfail == 0, "every failure was clean: %d were not", nfail);
	close(cmd[1]); /* the hogs read end of file and exit */
	for (; wait(&st) > 0; n++)
		;
	check(n == hogs, "all %d hogs exited", hogs);
	check(free_frames() == before, "free frames back to %u: %u", before,
	      free_frames());
	return check_done();
}
