/*
 * The half of the robustness suites that tests/user/badcalls.c and
 * tests/user/privileged.c share: expectations, running each case in a
 * child of its own, and the one line per case that tests/test_robustness.py
 * reads. What a case does is each suite's own business.
 *
 * An expectation (the last column of tests/robust/badcalls.tbl and
 * privileged.tbl) is one of these, or several joined by '|':
 *   ok        the call returned a value >= 0 (the case exited 0)
 *   EBADF     the call returned -EBADF (any errno name of kestrel/errno.h)
 *   SIGSEGV   the case was killed by that signal (any name of signal.h)
 *   exit:N    the case exited with status N (it called _exit itself)
 *   any       the case survived: the call returned, whatever its result
 *   blocks    the call was still blocked after BLOCK_MS; the runner then
 *             kills it with SIGKILL
 * and may differ between the memory models: "paging:EFAULT segment:ok".
 */
#ifndef ROBUST_RUNNER_H
#define ROBUST_RUNNER_H

#include <errno.h>
#include <kestrel.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define BLOCK_MS     300 /* how long a "blocks" case must stay blocked */
#define POLL_MS	     20	 /* how often the runner looks while it waits */
#define MAXALT	     4	 /* alternatives in one expectation */
#define CODE_WEIRD   126 /* a case's exit code for a result < -127 */
#define CODE_BADCASE 125 /* a case could not set itself up */

enum outcome_kind {
	OUT_OK,	    /* exit 0: the call returned >= 0 */
	OUT_ERRNO,  /* exit N: the call returned -N */
	OUT_SIGNAL, /* killed by signal N */
	OUT_EXIT,   /* exit N, for cases that end the process themselves */
	OUT_ANY,    /* any exit status, but not killed and not blocked */
	OUT_BLOCKS, /* still blocked after BLOCK_MS */
};

struct outcome {
	int kind;  /* OUT_* */
	int value; /* the errno, signal or exit status */
};

struct expect {
	int n; /* alternatives: any one of them passes */
	struct outcome alt[MAXALT];
};

struct name_value {
	const char *name;
	int value;
};

static const struct name_value robust_errnos[] = {
	{"EPERM", EPERM},     {"ENOENT", ENOENT},
	{"ESRCH", ESRCH},     {"EINTR", EINTR},
	{"EIO", EIO},	      {"E2BIG", E2BIG},
	{"ENOEXEC", ENOEXEC}, {"EBADF", EBADF},
	{"ECHILD", ECHILD},   {"EAGAIN", EAGAIN},
	{"ENOMEM", ENOMEM},   {"EACCES", EACCES},
	{"EFAULT", EFAULT},   {"EBUSY", EBUSY},
	{"EEXIST", EEXIST},   {"ENOTDIR", ENOTDIR},
	{"EISDIR", EISDIR},   {"EINVAL", EINVAL},
	{"ENFILE", ENFILE},   {"EMFILE", EMFILE},
	{"ENOTTY", ENOTTY},   {"EFBIG", EFBIG},
	{"ENOSPC", ENOSPC},   {"ESPIPE", ESPIPE},
	{"EROFS", EROFS},     {"EPIPE", EPIPE},
	{"ERANGE", ERANGE},   {"ENAMETOOLONG", ENAMETOOLONG},
	{"ENOSYS", ENOSYS},   {NULL, 0},
};

static const struct name_value robust_signals[] = {
	{"SIGHUP", SIGHUP},
	{"SIGINT", SIGINT},
	{"SIGQUIT", SIGQUIT},
	{"SIGILL", SIGILL},
	{"SIGTRAP", SIGTRAP},
	{"SIGABRT", SIGABRT},
	{"SIGBUS", SIGBUS},
	{"SIGFPE", SIGFPE},
	{"SIGKILL", SIGKILL},
	{"SIGUSR1", SIGUSR1},
	{"SIGSEGV", SIGSEGV},
	{"SIGUSR2", SIGUSR2},
	{"SIGPIPE", SIGPIPE},
	{"SIGALRM", SIGALRM},
	{"SIGTERM", SIGTERM},
	{"SIGCHLD", SIGCHLD},
	{NULL, 0},
};

/* Returns the value of name in table, or -1. Compares n bytes of name. */
static int lookup_n(const struct name_value *t, const char *name, size_t n)
{
	for (; t->name; t++)
		if (strlen(t->name) == n && strncmp(t->name, name, n) == 0)
			return t->value;
	return -1;
}

/* Returns the name of value in table, or NULL. */
static const char *name_of(const struct name_value *t, int value)
{
	for (; t->name; t++)
		if (t->value == value)
			return t->name;
	return NULL;
}

/* Parses one alternative, s[0..n): 0, or -1 if it is not one. */
static int parse_outcome(const char *s, size_t n, struct outcome *o)
{
	int v;

	if (n == 2 && strncmp(s, "ok", 2) == 0) {
		o->kind = OUT_OK;
		o->value = 0;
		return 0;
	}
	if (n == 3 && strncmp(s, "any", 3) == 0) {
		o->kind = OUT_ANY;
		o->value = 0;
		return 0;
	}
	if (n == 6 && strncmp(s, "blocks", 6) == 0) {
		o->kind = OUT_BLOCKS;
		o->value = 0;
		return 0;
	}
	if (n > 5 && strncmp(s, "exit:", 5) == 0) {
		o->kind = OUT_EXIT;
		o->value = 0;
		for (size_t i = 5; i < n; i++) {
			if (s[i] < '0' || s[i] > '9' || o->value > 255)
				return -1;
			o->value = o->value * 10 + (s[i] - '0');
		}
		return o->value <= 255 ? 0 : -1;
	}
	if ((v = lookup_n(robust_errnos, s, n)) >= 0) {
		o->kind = OUT_ERRNO;
		o->value = v;
		return 0;
	}
	if ((v = lookup_n(robust_signals, s, n)) >= 0) {
		o->kind = OUT_SIGNAL;
		o->value = v;
		return 0;
	}
	return -1;
}

/* Parses "a|b|c" (s[0..n)) into e; 0, or -1 if malformed. */
static int parse_alts(const char *s, size_t n, struct expect *e)
{
	size_t i = 0, j;

	e->n = 0;
	while (i <= n) {
		for (j = i; j < n && s[j] != '|'; j++)
			;
		if (e->n == MAXALT ||
		    parse_outcome(s + i, j - i, &e->alt[e->n]))
			return -1;
		e->n++;
		i = j + 1;
	}
	return 0;
}

/*
 * Parses an expectation for memory model model ("paging" or "segment"):
 * either one set of alternatives for both, or "paging:X segment:Y".
 * Returns 0, or -1 if s is malformed.
 */
static int parse_expect(const char *s, const char *model, struct expect *e)
{
	const char *word = s, *end, *colon;
	int found = 0;

	if (strchr(s, ' ') == NULL)
		return parse_alts(s, strlen(s), e);
	while (*word) {
		end = strchr(word, ' ');
		if (end == NULL)
			end = word + strlen(word);
		colon = memchr(word, ':', (size_t)(end - word));
		if (colon == NULL)
			return -1;
		if (strlen(model) == (size_t)(colon - word) &&
		    strncmp(word, model, (size_t)(colon - word)) == 0) {
			if (parse_alts(colon + 1, (size_t)(end - colon - 1), e))
				return -1;
			found = 1;
		} else if (strncmp(word, "paging:", 7) != 0 &&
			   strncmp(word, "segment:", 8) != 0)
			return -1;
		word = *end ? end + 1 : end;
	}
	return found ? 0 : -1;
}

/* Does what happened to the case match one of e's alternatives? */
static int matches(const struct expect *e, const struct outcome *got)
{
	for (int i = 0; i < e->n; i++) {
		const struct outcome *a = &e->alt[i];
		if (got->kind == OUT_BLOCKS || got->kind == OUT_SIGNAL) {
			if (a->kind == got->kind && a->value == got->value)
				return 1;
			continue;
		}
		/* got is OUT_EXIT: an exit status. */
		if (a->kind == OUT_ANY ||
		    (a->kind == OUT_OK && got->value == 0) ||
		    ((a->kind == OUT_ERRNO || a->kind == OUT_EXIT) &&
		     a->value == got->value))
			return 1;
	}
	return 0;
}

/*
 * Whether a case's exit status is a system call's errno (the bad-call
 * suite) or just a number (the privileged suite: which check failed).
 */
static int robust_errno_results = 1;

/* Says what happened in the words of the expectation's column. */
static void describe(const struct expect *e, const struct outcome *got,
		     char *buf, size_t n)
{
	const char *name;
	int exits = 0;

	for (int i = 0; i < e->n; i++)
		exits |= e->alt[i].kind == OUT_EXIT;
	if (got->kind == OUT_BLOCKS)
		snprintf(buf, n, "blocks");
	else if (got->kind == OUT_SIGNAL) {
		name = name_of(robust_signals, got->value);
		if (name)
			snprintf(buf, n, "%s", name);
		else
			snprintf(buf, n, "signal %d", got->value);
	} else if (exits || (!robust_errno_results && got->value != 0))
		snprintf(buf, n, "exit:%d", got->value);
	else if (got->value == 0)
		snprintf(buf, n, "ok");
	else if (got->value == CODE_WEIRD)
		snprintf(buf, n, "a result below -127");
	else if (got->value == CODE_BADCASE)
		snprintf(buf, n, "the case could not set itself up");
	else if ((name = name_of(robust_errnos, got->value)) != NULL)
		snprintf(buf, n, "%s", name);
	else
		snprintf(buf, n, "exit:%d", got->value);
}

/* The exit status a case uses to report a system call's result r. */
static inline int result_code(int r)
{
	if (r >= 0)
		return 0;
	if (r >= -127)
		return -r;
	return CODE_WEIRD;
}

/*
 * Waits for child pid. If it may block, gives it BLOCK_MS and then kills
 * it (an outcome of OUT_BLOCKS); otherwise waits as long as it takes.
 */
static void wait_case(int pid, int may_block, struct outcome *got)
{
	int status = 0, r = 0;

	if (may_block) {
		for (int ms = 0; ms < BLOCK_MS; ms += POLL_MS) {
			r = waitpid(pid, &status, WNOHANG);
			if (r != 0)
				break;
			usleep(POLL_MS * 1000);
		}
		if (r == 0) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			got->kind = OUT_BLOCKS;
			got->value = 0;
			return;
		}
	} else
		r = waitpid(pid, &status, 0);
	if (r < 0) {
		got->kind = OUT_EXIT;
		got->value = CODE_BADCASE;
	} else if (WIFSIGNALED(status)) {
		got->kind = OUT_SIGNAL;
		got->value = WTERMSIG(status);
	} else {
		got->kind = OUT_EXIT;
		got->value = WEXITSTATUS(status);
	}
}

/* Counts for the summary line. */
static int robust_npass, robust_nfail;

/*
 * Runs one case: fn(arg) in a new child, whose return value is its exit
 * status. Prints "case ID: ok" or "case ID: FAIL: expected X, got Y".
 */
static void run_case(const char *id, const char *expect_text, const char *model,
		     int (*fn)(const void *), const void *arg)
{
	struct expect e;
	struct outcome got;
	char what[64];
	int pid, may_block = 0;

	if (parse_expect(expect_text, model, &e) < 0) {
		printf("case %s: FAIL: malformed expectation '%s'\n", id,
		       expect_text);
		robust_nfail++;
		return;
	}
	for (int i = 0; i < e.n; i++)
		may_block |= e.alt[i].kind == OUT_BLOCKS;
	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(fn(arg));
	if (pid < 0) {
		printf("case %s: FAIL: fork: %s\n", id, strerror(errno));
		robust_nfail++;
		return;
	}
	wait_case(pid, may_block, &got);
	if (matches(&e, &got)) {
		printf("case %s: ok\n", id);
		robust_npass++;
		return;
	}
	describe(&e, &got, what, sizeof(what));
	printf("case %s: FAIL: expected %s, got %s\n", id, expect_text, what);
	robust_nfail++;
}

/* "paging" or "segment": the memory model this boot runs. */
static const char *robust_model(void)
{
	struct meminfo m;

	if (meminfo(&m) == 0 && m.mm == MM_SEGMENT)
		return "segment";
	return "paging";
}

/* Options every suite takes: --check, --from N, --only ID. */
struct robust_opts {
	int check;	  /* only parse and validate the table */
	int from;	  /* the first case to run (its index in the table) */
	const char *only; /* run just this case id */
};

/* Parses argv into o; returns 0, or -1 after printing a usage line. */
static int robust_args(int argc, char **argv, struct robust_opts *o)
{
	o->check = 0;
	o->from = 0;
	o->only = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--check") == 0)
			o->check = 1;
		else if (strcmp(argv[i], "--from") == 0 && i + 1 < argc)
			o->from = atoi(argv[++i]);
		else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc)
			o->only = argv[++i];
		else {
			printf("usage: %s [--check] [--from N] [--only ID]\n",
			       argv[0]);
			return -1;
		}
	}
	return 0;
}

/* Prints the summary line; returns the exit status (0: all passed). */
static int robust_summary(const char *suite, const char *model)
{
	printf("%s: %d cases run under mm=%s: %d passed, %d failed\n", suite,
	       robust_npass + robust_nfail, model, robust_npass, robust_nfail);
	return robust_nfail == 0 ? 0 : 1;
}

#endif
