// A real fork bomb: every process forks until the table is full; one kill of the group ends the whole tree, and every slot and frame comes back.
// expect: exit 0
// expect-output: ^bomb: the table is full with \d+ bombers$
// expect-output: ^bomb: all slots back after \d+ ms$
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 60
//
// fork_eagain fills the table from one parent. Here every child forks
// too, so the tree is deep; when the group dies, most bombers are orphans
// that init must reap before their slots come back. The bombers sit in
// their own process group, so kill(-group) cannot hit this test.
#include <kestrel.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "param.h"

#define WAIT_MS	   10000 /* longest wait for the table to fill or empty */
#define POLL_US	   20000
#define BOMB_LIMIT 1000 /* forks one bomber tries at most */

/* Forks until fork fails, in every process; then waits for EOF on go. */
static void bomber(int go)
{
	char c;

	for (int i = 0; i < BOMB_LIMIT; i++) {
		int pid = fork();
		if (pid < 0)
			break;
	}
	read(go, &c, 1);
	_exit(0);
}

/* Waits until meminfo's free slot count equals want; returns ms or -1. */
static int wait_free_slots(unsigned want)
{
	struct meminfo m;
	int t0 = uptime();

	while (uptime() - t0 < WAIT_MS) {
		if (meminfo(&m) == 0 && m.nproc_free == want)
			return uptime() - t0;
		usleep(POLL_US);
	}
	return -1;
}

/* Counts the other processes running this program (names are cut at 15). */
static int count_bombers(void)
{
	struct procinfo p;
	int n = 0;

	for (int slot = 0; slot < NPROC; slot++)
		if (procinfo(slot, &p) == 0 && p.pid != getpid() &&
		    strncmp(p.name, "exhaust_forkbomb", PROC_NAME_MAX - 1) == 0)
			n++;
	return n;
}

int main(void)
{
	struct meminfo before, after;
	int go[2], root, st = -1, ms, n, pid;

	printf("bomb: starting\n");
	if (!check_ok("pipe", pipe(go)))
		return check_done();
	meminfo(&before);
	root = fork();
	if (root == 0) {
		setpgid(0, 0);
		close(go[1]);
		bomber(go[0]);
	}
	if (!check_ok("fork the first bomber", root))
		return check_done();
	setpgid(root, root); /* whichever of us runs first */
	close(go[0]);
	ms = wait_free_slots(0);
	check(ms >= 0, "the table filled up (free slots reached 0)");
	n = count_bombers();
	printf("bomb: the table is full with %d bombers\n", n);
	check(n == (int)before.nproc_free,
	      "bombers took every free slot: %d of %u", n, before.nproc_free);
	check(n >= NPROC - 4, "only init and this test were there before");
	check_err("fork with the table full", fork(), EAGAIN);
	check_ok("kill(-group, SIGKILL)", kill(-root, SIGKILL));
	check(waitpid(root, &st, 0) == root && WIFSIGNALED(st) &&
		      WTERMSIG(st) == SIGKILL,
	      "the first bomber died by SIGKILL");
	ms = wait_free_slots(before.nproc_free);
	if (ms >= 0)
		printf("bomb: all slots back after %d ms\n", ms);
	check(ms >= 0, "init reaped the orphans: %u free slots again",
	      before.nproc_free);
	meminfo(&after);
	check(after.free_frames == before.free_frames,
	      "free frames back to %u: %u", before.free_frames,
	      after.free_frames);
	check(count_bombers() == 0, "no bomber left");
	pid = fork();
	if (pid == 0)
		_exit(5);
	check(pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
		      WEXITSTATUS(st) == 5,
	      "fork works again");
	close(go[1]); /* any survivor reads EOF and leaves */
	return check_done();
}
