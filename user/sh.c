/*
 * sh: the shell. Reads a line, splits it into words and |-separated
 * commands, and runs them as one job: in the foreground, where the job's
 * own process group gets ^C, or in the background with a trailing &.
 */
#include <ctype.h>
#include <limits.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAXLINE 256	 /* bytes in a command line, newline included */
#define MAXARGS ARGV_MAX /* words in one command: what execv allows */
#define MAXCMDS 8	 /* commands in one pipeline */
#define MAXJOBS 4	 /* jobs on one line, separated by & */
#define MAXBG	16	 /* background jobs remembered for "[PID] done" */

struct cmd {
	char *argv[MAXARGS + 1]; /* NULL-terminated, for execv */
	int argc;
};

struct job {
	struct cmd cmds[MAXCMDS];
	int ncmds;
	int background; /* it ended with & */
};

static struct job jobs[MAXJOBS]; /* the jobs of the current line */
static char words[MAXLINE + 1];	 /* the line's words, quotes removed */
static int bg_pids[MAXBG];	 /* last pid of each background job */
static int last_status;		 /* exit status of the last job */

static int is_separator(int c)
{
	return isspace(c) || c == '|' || c == '&';
}

/*
 * Copies the word at *pp to *wp, dropping double quotes (which protect
 * separators), and moves both pointers on. Returns -1 if a quote is open.
 */
static int read_word(const char **pp, char **wp)
{
	const char *p = *pp;
	char *w = *wp;
	int quoted = 0;

	for (; *p && (quoted || !is_separator(*p)); p++) {
		if (*p == '"')
			quoted = !quoted;
		else
			*w++ = *p;
	}
	*w++ = 0;
	*pp = p;
	*wp = w;
	return quoted ? -1 : 0;
}

static int syntax_error(const char *what)
{
	fprintf(stderr, "sh: %s\n", what);
	return -1;
}

/*
 * Parses one job at *linep: commands joined by |, up to a & (which makes
 * it a background job) or the end of the line. Words are copied to *wp.
 * Returns 0, or -1 after printing what is wrong.
 */
static int parse_job(const char **linep, char **wp, struct job *j)
{
	const char *line = *linep;
	struct cmd *c = &j->cmds[0];

	memset(j, 0, sizeof(*j));
	j->ncmds = 1;
	for (;;) {
		while (isspace(*line))
			line++;
		if (*line == 0 || *line == '&')
			break;
		if (*line == '|') {
			if (c->argc == 0)
				return syntax_error("missing command before |");
			if (j->ncmds == MAXCMDS)
				return syntax_error("too many commands");
			c = &j->cmds[j->ncmds++];
			line++;
			continue;
		}
		if (c->argc == MAXARGS)
			return syntax_error("too many arguments");
		c->argv[c->argc++] = *wp;
		if (read_word(&line, wp) < 0)
			return syntax_error("missing closing \"");
	}
	if (c->argc == 0)
		return syntax_error(j->ncmds > 1 ? "missing command after |"
						 : "missing command before &");
	if (*line == '&') {
		j->background = 1;
		line++;
	}
	*linep = line;
	return 0;
}

/*
 * Splits line into jobs ("a | b & c" is two). Returns how many there are
 * (0 for an empty line), or -1 after printing what is wrong.
 */
static int parse_line(const char *line, struct job jobs[])
{
	char *w = words;
	int n = 0;

	for (;;) {
		while (isspace(*line))
			line++;
		if (*line == 0)
			return n;
		if (n == MAXJOBS)
			return syntax_error("too many jobs");
		if (parse_job(&line, &w, &jobs[n++]) < 0)
			return -1;
	}
}

/* Runs c in this (child) process: /bin/NAME for a name without '/'. */
static void exec_cmd(const struct cmd *c)
{
	char path[MAXLINE + 8];
	const char *name = c->argv[0];

	if (strchr(name, '/') == NULL) {
		snprintf(path, sizeof(path), "/bin/%s", name);
		name = path;
	}
	execv(name, c->argv);
	fprintf(stderr, "sh: %s: %s\n", c->argv[0], strerror(errno));
	_exit(127);
}

/*
 * The child's side of starting one command: join the job's process group
 * (pgid 0: start it), take the console if in the foreground, connect
 * stdin and stdout to the pipes, and exec. spare is the next command's
 * pipe end, which this one must not hold open.
 */
static void child(const struct job *j, int i, int pgid, int in, int out,
		  int spare)
{
	setpgid(0, pgid);
	if (!j->background)
		tcsetpgrp(STDIN_FILENO, pgid ? pgid : getpid());
	if (in != STDIN_FILENO) {
		dup2(in, STDIN_FILENO);
		close(in);
	}
	if (out != STDOUT_FILENO) {
		dup2(out, STDOUT_FILENO);
		close(out);
	}
	if (spare >= 0)
		close(spare);
	exec_cmd(&j->cmds[i]);
}

/*
 * Starts the commands of j, each reading the previous one's output, all
 * in one process group named after the first. Returns how many started;
 * their pids go to pids[].
 */
static int start_job(const struct job *j, int pids[])
{
	int in = STDIN_FILENO, pgid = 0, fds[2], n;

	fflush(stdout); /* or the children would print it again */
	for (n = 0; n < j->ncmds; n++) {
		int out = STDOUT_FILENO, next_in = -1;

		if (n + 1 < j->ncmds) {
			if (pipe(fds) < 0) {
				perror("sh: pipe");
				break;
			}
			next_in = fds[0];
			out = fds[1];
		}
		pids[n] = fork();
		if (pids[n] == 0)
			child(j, n, pgid, in, out, next_in);
		if (pids[n] > 0) {
			if (pgid == 0)
				pgid = pids[n];
			setpgid(pids[n], pgid); /* the child does it too */
		}
		if (in != STDIN_FILENO)
			close(in);
		if (out != STDOUT_FILENO)
			close(out);
		in = next_in;
		if (pids[n] < 0) {
			perror("sh: fork");
			break;
		}
	}
	if (in >= 0 && in != STDIN_FILENO)
		close(in);
	return n;
}

/* The status as a shell number: the exit code, or 128 + the signal. */
static int shell_status(int status)
{
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + WTERMSIG(status);
}

/*
 * Waits for the n processes of a foreground job. A process killed by a
 * signal is reported, except for ^C (SIGINT) and SIGPIPE, which a user
 * expects. Then the shell takes the console back.
 */
static void wait_job(const struct job *j, const int pids[], int n)
{
	int status = 0, sig;

	for (int i = 0; i < n; i++) {
		status = 0;
		while (waitpid(pids[i], &status, 0) < 0 && errno == EINTR)
			;
		sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
		if (sig != 0 && sig != SIGINT && sig != SIGPIPE)
			fprintf(stderr, "sh: %s: killed by %s\n",
				j->cmds[i].argv[0], signame(sig));
	}
	last_status = shell_status(status);
	tcsetpgrp(STDIN_FILENO, 0); /* ^C at the prompt only erases the line */
}

/* Remembers a background job, so that its end can be reported. */
static void remember(int pid)
{
	for (int i = 0; i < MAXBG; i++) {
		if (bg_pids[i] == 0) {
			bg_pids[i] = pid;
			return;
		}
	}
}

/* Forgets pid; returns whether it was a remembered background job. */
static int forget(int pid)
{
	for (int i = 0; i < MAXBG; i++) {
		if (bg_pids[i] == pid) {
			bg_pids[i] = 0;
			return 1;
		}
	}
	return 0;
}

/* Reaps finished background processes, reporting each job's end. */
static void reap_background(void)
{
	int pid, status;

	while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
		if (!forget(pid))
			continue; /* an earlier command of a pipeline */
		if (WIFEXITED(status))
			printf("[%d] done (status %d)\n", pid,
			       WEXITSTATUS(status));
		else
			printf("[%d] killed (%s)\n", pid,
			       signame(WTERMSIG(status)));
	}
}

static void run_job(const struct job *j)
{
	int pids[MAXCMDS];
	int n = start_job(j, pids);

	if (n == 0)
		return;
	if (j->background) {
		printf("[%d]\n", pids[n - 1]);
		remember(pids[n - 1]);
	} else {
		wait_job(j, pids, n);
	}
}

/* Runs exit and cd; returns whether the command was one of them. */
static int builtin(const struct job *j)
{
	const struct cmd *c = &j->cmds[0];

	if (j->ncmds > 1 || j->background)
		return 0;
	if (strcmp(c->argv[0], "exit") == 0)
		exit(c->argc > 1 ? atoi(c->argv[1]) : last_status);
	/* cd: there are no directories, so there is nowhere to go. */
	return strcmp(c->argv[0], "cd") == 0;
}

/* Reads the rest of an over-long line, so it does not run as commands. */
static void discard_line(void)
{
	char c;

	while (read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
		;
	fprintf(stderr, "sh: line too long\n");
}

int main(void)
{
	char line[MAXLINE];
	int n;

	setpgid(0, 0);
	tcsetpgrp(STDIN_FILENO, 0);
	for (;;) {
		reap_background();
		printf("$ ");
		n = getline_fd(STDIN_FILENO, line, sizeof(line));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		if (line[n - 1] != '\n' && n == MAXLINE - 1) {
			discard_line();
			continue;
		}
		n = parse_line(line, jobs);
		for (int i = 0; i < n; i++)
			if (!builtin(&jobs[i]))
				run_job(&jobs[i]);
	}
	return last_status;
}
