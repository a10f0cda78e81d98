// setpgid and tcsetpgrp refuse missing groups and background callers.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 15
//
// Issue 9, finding 7. setpgid(0, 424242) for a group that does not exist,
// and tcsetpgrp from a background process to any group, used to return 0,
// so a background job could point the next ^C at the shell's own group.
// POSIX: setpgid fails with EPERM when pgid is not the target's own pid
// and no process of the session is in group pgid; tcsetpgrp fails with
// EPERM when pgid is not a group of the caller's session; a caller in a
// background group gets SIGTTOU (kestrel: EPERM), unless it ignores or
// blocks SIGTTOU, which is how a shell takes the console back from a job
// that stopped: then the call goes through. (Linux returns ESRCH for a
// group that does not exist; POSIX says EPERM, and so does this test.)
// Kestrel has no sessions: every process is in one.
//
// The test does not rely on how init left the console: it makes itself a
// group leader and takes the console first. (Under init=/test/NAME, init
// never calls setpgid or tcsetpgrp, so no group holds the console, ^C
// goes nowhere, and the test starts in init's group 1.) Taking a console
// that no group holds must be allowed. Then it forks worker children that
// do what it asks (one setpgid or tcsetpgrp call each time, the result
// sent back over a pipe), so the parent, in the foreground group, checks:
//   - setpgid(0, 424242) and tcsetpgrp(0, 424242): EPERM;
//   - a worker in a background group of its own: tcsetpgrp to its own
//     group or to ours: EPERM, and the console stays ours; the same
//     worker ignoring SIGTTOU, then blocking it: 0, the console is its
//     group's, and it gives it back: 0;
//   - we (foreground) give the console to the worker's group: 0; then we
//     are in the background: our tcsetpgrp gets EPERM; the worker (now
//     foreground) gives it back: 0;
//   - we move a second worker into the first one's group: 0 (a group of
//     our session); into 424242: EPERM; the first worker moves itself
//     into our group: 0.
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"

#define NOGROUP 424242 /* no process has this pid or group */

/* One request to a worker, and its answer. */
struct request {
	char op; /* 'T': tcsetpgrp(0, arg); 'S': setpgid(0, arg); 'I': */
		 /* SIGTTOU ignored (arg 1) or default; 'B': blocked or not */
	int arg;
};
struct answer {
	int r;
	int err;
};

/* A worker child and the pipes to talk to it. */
struct worker {
	int pid;
	int to;	  /* requests go here */
	int from; /* answers come from here */
};

/* The worker's 'I' and 'B' requests: ignore or block SIGTTOU, or not. */
static int ttou(char op, int on)
{
	sigset_t set;

	if (op == 'I') {
		if (signal(SIGTTOU, on ? SIG_IGN : SIG_DFL) == SIG_ERR)
			return -1;
		return 0;
	}
	sigemptyset(&set);
	sigaddset(&set, SIGTTOU);
	return sigprocmask(on ? SIG_BLOCK : SIG_UNBLOCK, &set, 0);
}

/* The worker's loop: carries out requests until the parent closes. */
static void serve(int in, int out)
{
	struct request q;
	struct answer a;

	while (read(in, &q, sizeof(q)) == sizeof(q)) {
		errno = 0;
		a.r = q.op == 'T'   ? tcsetpgrp(0, q.arg)
		      : q.op == 'S' ? setpgid(0, q.arg)
				    : ttou(q.op, q.arg);
		a.err = a.r == -1 ? errno : 0;
		write(out, &a, sizeof(a));
	}
	_exit(0);
}

/* Forks a worker, in our group; returns its pid, or -1. */
static int start_worker(struct worker *w)
{
	int req[2], ans[2];

	if (pipe(req) != 0 || pipe(ans) != 0)
		return -1;
	w->pid = fork();
	if (w->pid == 0) {
		close(req[1]);
		close(ans[0]);
		serve(req[0], ans[1]);
	}
	close(req[0]);
	close(ans[1]);
	w->to = req[1];
	w->from = ans[0];
	return w->pid > 0 ? w->pid : -1;
}

/* Has worker w make one call; returns its result, with errno set. */
static int ask(struct worker *w, char op, int arg)
{
	struct request q = {op, arg};
	struct answer a = {-1, EIO};

	write(w->to, &q, sizeof(q));
	if (read(w->from, &a, sizeof(a)) != sizeof(a))
		a.err = EIO; /* the worker died */
	errno = a.err;
	return a.r;
}

/* Ends worker w and checks that it exited 0. */
static void stop_worker(struct worker *w, const char *name)
{
	int st = -1, r;

	close(w->to);
	close(w->from);
	r = waitpid(w->pid, &st, 0);
	check(r == w->pid && WIFEXITED(st) && WEXITSTATUS(st) == 0,
	      "%s exited 0 (status 0x%x)", name, st);
}

/* Our own group, made and put in the foreground. */
static int take_console(void)
{
	int me = getpid();

	check_ok("setpgid(0, 0): a group of our own", setpgid(0, 0));
	check_ok("tcsetpgrp(0, our group) while no group holds the console",
		 tcsetpgrp(0, me));
	return me;
}

/* Groups that do not exist. Undoes what a lax kernel lets through. */
static void no_such_group(int me)
{
	if (!check_err("setpgid(0, 424242), a group that does not exist",
		       setpgid(0, NOGROUP), EPERM))
		setpgid(0, 0);
	if (!check_err("tcsetpgrp(0, 424242), a group that does not exist",
		       tcsetpgrp(0, NOGROUP), EPERM))
		tcsetpgrp(0, me);
}

/* A worker in a background group may not take the console. */
static void background_caller(struct worker *b, int me)
{
	if (!check_err("background worker: tcsetpgrp(0, its own group)",
		       ask(b, 'T', b->pid), EPERM))
		tcsetpgrp(0, me);
	if (!check_err("background worker: tcsetpgrp(0, our group)",
		       ask(b, 'T', me), EPERM))
		tcsetpgrp(0, me);
	check_ok("we still hold the console: tcsetpgrp(0, our group)",
		 tcsetpgrp(0, me));
}

/*
 * A background worker that ignores SIGTTOU, or blocks it, may take the
 * console (as a shell does from a stopped job); it gives it back.
 */
static void background_without_ttou(struct worker *b, int me)
{
	static const char ops[] = {'I', 'B'};
	char what[80];

	for (int i = 0; i < 2; i++) {
		const char *how = ops[i] == 'I' ? "ignores" : "blocks";

		snprintf(what, sizeof(what), "worker %s SIGTTOU", how);
		check_ok(what, ask(b, ops[i], 1));
		snprintf(what, sizeof(what),
			 "background worker that %s SIGTTOU: tcsetpgrp(0, its "
			 "own group)",
			 how);
		if (check_ok(what, ask(b, 'T', b->pid)))
			check_err("the console is the worker's: our tcsetpgrp",
				  tcsetpgrp(0, me), EPERM);
		check_ok("the worker gives the console back", ask(b, 'T', me));
		check_ok("worker: SIGTTOU as it was", ask(b, ops[i], 0));
	}
	check_err("background worker, SIGTTOU as it was: tcsetpgrp(0, its own "
		  "group)",
		  ask(b, 'T', b->pid), EPERM);
}

/* We give the console to the worker's group, and it gives it back. */
static void hand_over(struct worker *b, int me)
{
	check_ok("foreground: tcsetpgrp(0, the worker's group)",
		 tcsetpgrp(0, b->pid));
	if (!check_err("now in the background: tcsetpgrp(0, our group)",
		       tcsetpgrp(0, me), EPERM))
		tcsetpgrp(0, b->pid);
	check_ok("the worker, now foreground: tcsetpgrp(0, our group)",
		 ask(b, 'T', me));
	check_ok("foreground again: tcsetpgrp(0, our group)", tcsetpgrp(0, me));
}

/* Moves between groups that exist are allowed; to 424242 they are not. */
static void move_between_groups(struct worker *b, struct worker *d, int me)
{
	check_ok("setpgid(second worker, first worker's group)",
		 setpgid(d->pid, b->pid));
	check_err("setpgid(second worker, 424242)", setpgid(d->pid, NOGROUP),
		  EPERM);
	check_ok("first worker: setpgid(0, our group)", ask(b, 'S', me));
}

int main(void)
{
	struct worker b, d;
	int me;

	me = take_console();
	no_such_group(me);
	if (!check_ok("fork a worker", start_worker(&b)))
		return check_done();
	check_ok("worker: setpgid(0, 0), a background group", ask(&b, 'S', 0));
	check_ok("setpgid(worker, worker): the same group, from the parent",
		 setpgid(b.pid, b.pid));
	background_caller(&b, me);
	background_without_ttou(&b, me);
	hand_over(&b, me);
	if (check_ok("fork a second worker", start_worker(&d))) {
		move_between_groups(&b, &d, me);
		stop_worker(&d, "the second worker");
	}
	stop_worker(&b, "the first worker");
	return check_done();
}
