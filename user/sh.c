/*
 * sh: the shell. Reads a line, splits it into words and |-separated
 * commands, and runs them as one job: in the foreground, where the job's
 * own process group gets ^C and ^Z, or in the background with a trailing
 * &. Job control: a job stopped by ^Z waits in the background until fg or
 * bg continues it; jobs lists what the shell keeps track of. Each
 * command may redirect its input (< FILE), output (> FILE, >> FILE to
 * append) and errors (2> FILE); cd and pwd are builtins. "sh FILE"
 * reads the commands from FILE instead of the console; "sh -c LINE" runs
 * the one LINE, without job control (for system() and popen()).
 *
 * Variables: NAME=value alone sets a shell variable, export makes it part
 * of the environment that commands get, unset removes it; NAME=value
 * before a command sets it in that command's environment only. $NAME,
 * ${NAME} and $? are replaced in words (a value stays one word). Commands
 * without a '/' are looked for in PATH.
 */
#include <ctype.h>
#include <fcntl.h>
#include <limits.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAXLINE	  256		/* bytes in a command line, newline included */
#define MAXARGS	  (MAXLINE / 2) /* words in one command: all a line holds */
#define MAXASSIGN 8		/* NAME=value words before one command */
#define MAXWORDS  4096 /* bytes of a line's words, once variables are replaced */
#define MAXCMDS	  8    /* commands in one pipeline */
#define MAXJOBS	  4    /* jobs on one line, separated by & */
#define MAXTRACK  16   /* jobs kept track of: running, stopped, waited for */
#define MAXVARS	  32   /* shell variables that are not exported */

struct cmd {
	char *argv[MAXARGS + 1]; /* NULL-terminated, for execv */
	int argc;
	char *assign[MAXASSIGN]; /* NAME=value words before the command */
	int nassign;
	char *in;   /* < FILE, or NULL */
	char *out;  /* > FILE or >> FILE, or NULL */
	int append; /* it was >> */
	char *err;  /* 2> FILE, or NULL */
};

struct job {
	struct cmd cmds[MAXCMDS];
	int ncmds;
	int background;	  /* it ended with & */
	const char *text; /* where it is on the line, for jobs */
	int textlen;
};

/* What became of a process of a job, as waitpid last said. */
enum pstate { RUNNING, STOPPED, DONE };

/*
 * A job the shell keeps track of, from its start until its end has been
 * reported: the foreground job, a background one, a stopped one. Its job
 * number (%N) is its slot in jobtab plus one.
 */
struct jobrec {
	int used;
	int background;	   /* not the job the shell waits for */
	int pgid;	   /* its process group: the first pid */
	int n;		   /* processes started */
	int pids[MAXCMDS]; /* in pipeline order */
	enum pstate state[MAXCMDS];
	int status[MAXCMDS];	   /* the last wait status of each */
	const char *name[MAXCMDS]; /* argv[0] of each, in names */
	char names[MAXLINE];
	int stop_news;	    /* it stopped in the background: say so */
	unsigned seq;	    /* when it last stopped or went to the background */
	char text[MAXLINE]; /* the command line, for jobs */
};

static struct job jobs[MAXJOBS]; /* the jobs of the current line */
static char words[MAXWORDS];	 /* the line's words, quotes removed */
static char *vars[MAXVARS];	 /* shell variables, "NAME=value" from malloc */
static struct jobrec jobtab[MAXTRACK]; /* the jobs kept track of */
static unsigned job_seq;	       /* counts stops and bg, for seq */
static int shell_pgid; /* the shell's group: the console's at the prompt */
static int input = STDIN_FILENO; /* where the commands come from */
static int last_status;		 /* exit status of the last job */
/* Jobs get groups of their own and the console (not with -c: system()
 * and popen() want the command in their caller's group, for ^C). */
static int job_control = 1;
static const char *const state_words[] = {"Running", "Stopped", "Done"};
/* Job control keys and calls that must not stop or end the shell. */
static const int shell_ignores[] = {SIGINT, SIGTSTP, SIGTTIN, SIGTTOU};

static int is_separator(int c)
{
	return isspace(c) || c == '|' || c == '&' || c == '<' || c == '>';
}

static int syntax_error(const char *what)
{
	fprintf(stderr, "sh: %s\n", what);
	return -1;
}

static int is_name_char(int c, int first)
{
	return c == '_' || isalpha(c) || (!first && isdigit(c));
}

/* The length of the variable name at s (0 if none starts there). */
static size_t name_len(const char *s)
{
	size_t n = 0;

	while (is_name_char(s[n], n == 0))
		n++;
	return n;
}

/* The slot of shell variable name (n bytes), or -1. */
static int var_find(const char *name, size_t n)
{
	for (int i = 0; i < MAXVARS; i++)
		if (vars[i] && strncmp(vars[i], name, n) == 0 &&
		    vars[i][n] == '=')
			return i;
	return -1;
}

/* The value of variable name (n bytes): the shell's, else the
 * environment's; NULL if it is set in neither. */
static const char *var_get(const char *name, size_t n)
{
	char buf[MAXLINE];
	int i = var_find(name, n);

	if (i >= 0)
		return vars[i] + n + 1;
	if (n >= sizeof(buf))
		return NULL;
	memcpy(buf, name, n);
	buf[n] = 0;
	return getenv(buf);
}

/* Removes shell variable name (not the environment's). */
static void var_forget(const char *name)
{
	int i = var_find(name, strlen(name));

	if (i >= 0) {
		free(vars[i]);
		vars[i] = NULL;
	}
}

/*
 * Carries out assignment a ("NAME=value"): in the environment if NAME is
 * exported there, else as a shell variable. Returns 0, or -1 after
 * saying why not.
 */
static int var_assign(const char *a)
{
	size_t n = strchr(a, '=') - a;
	char name[MAXLINE];
	int i;

	memcpy(name, a, n);
	name[n] = 0;
	if (getenv(name) != NULL)
		return setenv(name, a + n + 1, 1);
	if ((i = var_find(a, n)) < 0)
		for (i = 0; i < MAXVARS && vars[i] != NULL; i++)
			;
	if (i == MAXVARS) {
		fprintf(stderr, "sh: too many variables\n");
		return -1;
	}
	free(vars[i]);
	if ((vars[i] = strdup(a)) == NULL) {
		perror("sh");
		return -1;
	}
	return 0;
}

/*
 * Appends the value of the variable reference at p ($NAME, ${NAME}, $?)
 * at *w, below end; returns the characters of p it took (0: p is a
 * plain '$'), or -1 if the value does not fit.
 */
static int expand(const char *p, char **w, const char *end)
{
	char status[12];
	const char *val;
	size_t n, used, len;

	if (p[1] == '?') {
		snprintf(status, sizeof(status), "%d", last_status);
		val = status;
		used = 2;
	} else if (p[1] == '{' && (n = name_len(p + 2)) > 0 &&
		   p[2 + n] == '}') {
		val = var_get(p + 2, n);
		used = n + 3;
	} else if ((n = name_len(p + 1)) > 0) {
		val = var_get(p + 1, n);
		used = n + 1;
	} else {
		return 0;
	}
	len = val ? strlen(val) : 0;
	if (len >= (size_t)(end - *w))
		return -1;
	memcpy(*w, val ? val : "", len);
	*w += len;
	return (int)used;
}

/*
 * Copies the word at *pp to *wp, dropping the quotes, and moves both
 * pointers on. Double quotes protect separators; single quotes protect
 * them and $ too (and each kind protects the other). Variables outside
 * single quotes are replaced. Returns -1 after saying why if a quote is
 * open or the words do not fit.
 */
static int read_word(const char **pp, char **wp)
{
	const char *p = *pp, *end = words + sizeof(words) - 1;
	char *w = *wp;
	char quote = 0; /* the quote we are inside, or 0 */
	int used;

	while (*p && (quote || !is_separator(*p))) {
		if ((quote == 0 && (*p == '"' || *p == '\'')) || *p == quote) {
			quote = quote ? 0 : *p;
			p++;
			continue;
		}
		used = *p == '$' && quote != '\'' ? expand(p, &w, end) : 0;
		if (used < 0 || w == end)
			return syntax_error("line too long");
		if (used > 0) {
			p += used;
			continue;
		}
		*w++ = *p++;
	}
	*w++ = 0;
	*pp = p;
	*wp = w;
	if (quote == '"')
		return syntax_error("missing closing \"");
	return quote ? syntax_error("missing closing '") : 0;
}

/* Does the word at p start with NAME=, an assignment? */
static int is_assignment(const char *p)
{
	size_t n = name_len(p);

	return n > 0 && p[n] == '=';
}

/*
 * If a redirection starts at *linep (<, >, >>, 2>), reads it and the
 * file name after it into c and returns 1; 0 if there is none; -1 after
 * printing what is wrong.
 */
static int read_redirect(const char **linep, char **wp, struct cmd *c)
{
	const char *line = *linep;
	char **target;

	if (line[0] == '<') {
		target = &c->in;
		line++;
	} else if (line[0] == '>') {
		target = &c->out;
		c->append = line[1] == '>';
		line += 1 + c->append;
	} else if (line[0] == '2' && line[1] == '>') {
		target = &c->err;
		line += 2;
	} else {
		return 0;
	}
	while (isspace(*line))
		line++;
	if (*line == 0 || is_separator(*line))
		return syntax_error("missing file name after a redirection");
	*target = *wp;
	if (read_word(&line, wp) < 0)
		return -1;
	*linep = line;
	return 1;
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
	int r;

	memset(j, 0, sizeof(*j));
	j->ncmds = 1;
	j->text = line;
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
		if ((r = read_redirect(&line, wp, c)) != 0) {
			if (r < 0)
				return -1;
			continue;
		}
		if (c->argc == 0 && is_assignment(line)) {
			if (c->nassign == MAXASSIGN)
				return syntax_error("too many assignments");
			c->assign[c->nassign++] = *wp;
		} else if (c->argc == MAXARGS) {
			return syntax_error("too many arguments");
		} else {
			c->argv[c->argc++] = *wp;
		}
		if (read_word(&line, wp) < 0)
			return -1;
	}
	if (c->argc == 0 && (c->nassign == 0 || j->ncmds > 1 || *line == '&'))
		return syntax_error(j->ncmds > 1 ? "missing command after |"
						 : "missing command before &");
	j->textlen = line - j->text;
	while (isspace(j->text[j->textlen - 1]))
		j->textlen--;
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

/*
 * Runs c in this (child) process, with its assignments added to the
 * environment, looking for a name without '/' in PATH. As POSIX has it,
 * a command that is not found exits 127, one that cannot run 126.
 */
static void exec_cmd(const struct cmd *c)
{
	for (int i = 0; i < c->nassign; i++) {
		char *eq = strchr(c->assign[i], '=');

		*eq = 0;
		setenv(c->assign[i], eq + 1, 1);
	}
	execvp(c->argv[0], c->argv);
	fprintf(stderr, "sh: %s: %s\n", c->argv[0], strerror(errno));
	_exit(errno == ENOENT ? 127 : 126);
}

/* Opens path with flags onto descriptor fd; 0, or -1 after an error. */
static int redirect(const char *path, int flags, int fd)
{
	int f = open(path, flags, 0666);

	if (f < 0) {
		fprintf(stderr, "sh: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (f != fd) {
		dup2(f, fd);
		close(f);
	}
	return 0;
}

/* Applies c's redirections in this (child) process; 0, or -1. */
static int redirect_all(const struct cmd *c)
{
	int out = O_WRONLY | O_CREAT | (c->append ? O_APPEND : O_TRUNC);

	if (c->in && redirect(c->in, O_RDONLY, STDIN_FILENO) < 0)
		return -1;
	if (c->out && redirect(c->out, out, STDOUT_FILENO) < 0)
		return -1;
	if (c->err &&
	    redirect(c->err, O_WRONLY | O_CREAT | O_TRUNC, STDERR_FILENO) < 0)
		return -1;
	return 0;
}

/* Sets the action of each signal the shell ignores to handler. */
static void set_job_signals(void (*handler)(int))
{
	for (unsigned i = 0; i < sizeof(shell_ignores) / sizeof(int); i++)
		signal(shell_ignores[i], handler);
}

/*
 * The child's side of starting one command: join the job's process group
 * (pgid 0: start it), take the console if in the foreground (allowed
 * while SIGTTOU is still ignored, as the shell left it), get back the
 * default actions that exec would keep ignored, connect stdin and stdout
 * to the pipes, and exec. spare is the next command's pipe end, which
 * this one must not hold open.
 */
static void child(const struct job *j, int i, int pgid, int in, int out,
		  int spare)
{
	if (job_control) {
		setpgid(0, pgid);
		if (!j->background)
			tcsetpgrp(STDIN_FILENO, pgid ? pgid : getpid());
		set_job_signals(SIG_DFL);
	}
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
	if (input != STDIN_FILENO)
		close(input); /* the script is the shell's alone */
	if (redirect_all(&j->cmds[i]) < 0)
		_exit(1);
	exec_cmd(&j->cmds[i]);
}

/*
 * Notes that process n of r, named name, started as pid; the first one
 * names the group and, for a foreground job, gets the console (the child
 * asks too: whichever comes first).
 */
static void note_started(struct jobrec *r, int n, int pid, const char *name)
{
	char *end = n > 0 ? strchr(r->name[n - 1], 0) + 1 : r->names;

	if (n == 0)
		r->pgid = pid;
	if (job_control) {
		setpgid(pid, r->pgid); /* the child does it too */
		if (n == 0 && !r->background)
			tcsetpgrp(STDIN_FILENO, pid);
	}
	r->pids[n] = pid;
	r->state[n] = RUNNING;
	r->name[n] = end;
	strcpy(end, name);
	r->n = n + 1;
}

/*
 * Starts the commands of j, each reading the previous one's output, all
 * in one process group named after the first, and notes them in r.
 * Returns how many started.
 */
static int start_job(const struct job *j, struct jobrec *r)
{
	int in = STDIN_FILENO, fds[2], n, pid;

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
		pid = fork();
		if (pid == 0)
			child(j, n, n > 0 ? r->pgid : 0, in, out, next_in);
		if (pid > 0)
			note_started(r, n, pid, j->cmds[n].argv[0]);
		if (in != STDIN_FILENO)
			close(in);
		if (out != STDOUT_FILENO)
			close(out);
		in = next_in;
		if (pid < 0) {
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
	if (WIFSTOPPED(status))
		return 128 + WSTOPSIG(status);
	return 128 + WTERMSIG(status);
}

/* A job's state: stopped if a process is, done when all are. */
static enum pstate job_state(const struct jobrec *r)
{
	enum pstate st = DONE;

	for (int i = 0; i < r->n; i++) {
		if (r->state[i] == STOPPED)
			return STOPPED;
		if (r->state[i] == RUNNING)
			st = RUNNING;
	}
	return st;
}

/* Finds the job that pid is process *index of; NULL if none. */
static struct jobrec *find_pid(int pid, int *index)
{
	for (struct jobrec *r = jobtab; r < &jobtab[MAXTRACK]; r++) {
		for (int i = 0; r->used && i < r->n; i++) {
			if (r->pids[i] == pid) {
				*index = i;
				return r;
			}
		}
	}
	return NULL;
}

/*
 * Notes what waitpid said of pid: it stopped, continued or ended. A
 * background job that stops is to be reported at the next prompt.
 */
static void record(int pid, int status)
{
	int i;
	struct jobrec *r = find_pid(pid, &i);
	enum pstate before;

	if (r == NULL)
		return;
	before = job_state(r);
	if (WIFSTOPPED(status))
		r->state[i] = STOPPED;
	else if (WIFCONTINUED(status))
		r->state[i] = RUNNING;
	else
		r->state[i] = DONE;
	r->status[i] = status;
	if (before != STOPPED && job_state(r) == STOPPED) {
		r->seq = ++job_seq;
		r->stop_news = r->background;
	}
}

/* Takes in, without waiting, what became of every child since. */
static void update_jobs(void)
{
	int pid, status, options = WNOHANG | WUNTRACED | WCONTINUED;

	while ((pid = waitpid(-1, &status, options)) > 0)
		record(pid, status);
}

/*
 * The job that fg and bg take by default, marked + in jobs: the one that
 * stopped last, or else the one last put in the background. NULL if none.
 */
static struct jobrec *current_job(void)
{
	struct jobrec *best = NULL;
	int best_stopped = 0;

	for (struct jobrec *r = jobtab; r < &jobtab[MAXTRACK]; r++) {
		int stopped;

		if (!r->used || !r->background || job_state(r) == DONE)
			continue;
		stopped = job_state(r) == STOPPED;
		if (best == NULL || stopped > best_stopped ||
		    (stopped == best_stopped && r->seq > best->seq)) {
			best = r;
			best_stopped = stopped;
		}
	}
	return best;
}

/* Prints "[N]+ Stopped  COMMAND": the job's number, state and line. */
static void print_job(const struct jobrec *r, const struct jobrec *cur)
{
	enum pstate st = job_state(r);

	printf("[%d]%c %-8s %s%s\n", (int)(r - jobtab) + 1,
	       r == cur ? '+' : ' ', state_words[st], r->text,
	       st == RUNNING ? " &" : "");
}

/* Reports a background job's end, by the pid that "[PID]" named. */
static void report_end(const struct jobrec *r)
{
	int pid = r->pids[r->n - 1], status = r->status[r->n - 1];

	if (WIFEXITED(status))
		printf("[%d] done (status %d)\n", pid, WEXITSTATUS(status));
	else
		printf("[%d] killed (%s)\n", pid, signame(WTERMSIG(status)));
}

/*
 * Before a prompt: reports the background jobs that ended (and forgets
 * them) and those that stopped since the last report.
 */
static void report_jobs(void)
{
	update_jobs();
	for (struct jobrec *r = jobtab; r < &jobtab[MAXTRACK]; r++) {
		if (!r->used || !r->background)
			continue;
		if (job_state(r) == DONE) {
			report_end(r);
			r->used = 0;
		} else if (r->stop_news && job_state(r) == STOPPED) {
			print_job(r, current_job());
		}
		r->stop_news = 0;
	}
}

/* The jobs builtin: lists every job; those that ended are forgotten. */
static void list_jobs(void)
{
	struct jobrec *cur;

	update_jobs();
	cur = current_job();
	for (struct jobrec *r = jobtab; r < &jobtab[MAXTRACK]; r++) {
		if (!r->used)
			continue;
		print_job(r, cur);
		r->stop_news = 0;
		if (job_state(r) == DONE)
			r->used = 0;
	}
}

/*
 * A foreground job has ended: a process killed by a signal is reported,
 * except for ^C (SIGINT) and SIGPIPE, which a user expects; the last
 * one's status is the job's.
 */
static void foreground_ended(struct jobrec *r)
{
	for (int i = 0; i < r->n; i++) {
		int st = r->status[i];
		int sig = WIFSIGNALED(st) ? WTERMSIG(st) : 0;

		if (sig != 0 && sig != SIGINT && sig != SIGPIPE)
			fprintf(stderr, "sh: %s: killed by %s\n", r->name[i],
				signame(sig));
	}
	last_status = shell_status(r->status[r->n - 1]);
	r->used = 0;
}

/*
 * Waits until the foreground job r ends or stops (noting what becomes of
 * the background jobs meanwhile), then takes the console back. A stopped
 * job goes to the background, and is reported: "[1]+ Stopped  spin".
 */
static void wait_foreground(struct jobrec *r)
{
	int pid, status;

	while (job_state(r) == RUNNING) {
		pid = waitpid(-1, &status, WUNTRACED);
		if (pid > 0) {
			record(pid, status);
		} else if (errno != EINTR) {
			perror("sh: waitpid");
			for (int i = 0; i < r->n; i++)
				r->state[i] = DONE; /* lost: do not hang */
		}
	}
	if (job_control)
		tcsetpgrp(STDIN_FILENO, shell_pgid);
	if (job_state(r) == DONE) {
		foreground_ended(r);
		return;
	}
	r->background = 1;
	for (int i = 0; i < r->n; i++)
		if (r->state[i] == STOPPED)
			last_status = shell_status(r->status[i]);
	print_job(r, current_job());
}

/* Returns a free job record, or NULL after saying there is none. */
static struct jobrec *new_jobrec(const struct job *j)
{
	for (struct jobrec *r = jobtab; r < &jobtab[MAXTRACK]; r++) {
		if (r->used)
			continue;
		memset(r, 0, sizeof(*r));
		r->used = 1;
		r->background = j->background;
		r->seq = ++job_seq;
		memcpy(r->text, j->text, j->textlen);
		return r;
	}
	fprintf(stderr, "sh: too many jobs\n");
	return NULL;
}

static void run_job(const struct job *j)
{
	struct jobrec *r = new_jobrec(j);

	if (r == NULL)
		return;
	if (start_job(j, r) == 0)
		r->used = 0;
	else if (j->background)
		printf("[%d]\n", r->pids[r->n - 1]);
	else
		wait_foreground(r);
}

/*
 * The job that arg names: "%N" or "N", or the current job if arg is NULL,
 * "%%" or "%+". Returns NULL after saying why there is none.
 */
static struct jobrec *find_job(const char *cmd, const char *arg)
{
	const char *p;
	int n;

	if (arg == NULL || strcmp(arg, "%%") == 0 || strcmp(arg, "%+") == 0) {
		if (current_job() == NULL)
			fprintf(stderr, "sh: %s: no current job\n", cmd);
		return current_job();
	}
	p = arg[0] == '%' ? arg + 1 : arg;
	n = atoi(p);
	while (isdigit(*p))
		p++;
	if (*p == 0 && n >= 1 && n <= MAXTRACK && jobtab[n - 1].used &&
	    job_state(&jobtab[n - 1]) != DONE)
		return &jobtab[n - 1];
	fprintf(stderr, "sh: %s: %s: no such job\n", cmd, arg);
	return NULL;
}

/*
 * fg and bg: continues the job that c names (SIGCONT to its group); fg
 * first gives it the console and then waits for it, bg leaves it in the
 * background.
 */
static void continue_job(const struct cmd *c, int foreground)
{
	struct jobrec *r;

	update_jobs();
	r = find_job(c->argv[0], c->argc > 1 ? c->argv[1] : NULL);
	if (r == NULL) {
		last_status = 1;
		return;
	}
	for (int i = 0; i < r->n; i++)
		if (r->state[i] == STOPPED)
			r->state[i] = RUNNING;
	r->stop_news = 0;
	if (foreground) {
		r->background = 0;
		tcsetpgrp(STDIN_FILENO, r->pgid);
		printf("%s\n", r->text);
		fflush(stdout);
	} else {
		r->seq = ++job_seq;
		printf("[%d]+ %s &\n", (int)(r - jobtab) + 1, r->text);
	}
	if (kill(-r->pgid, SIGCONT) < 0)
		perror("sh: kill");
	last_status = 0;
	if (foreground)
		wait_foreground(r);
}

/*
 * Ends the stopped jobs, as the shell leaves: with no shell left to
 * continue them they would wait forever. (A POSIX kernel sends an
 * orphaned stopped group SIGHUP and SIGCONT; kestrel has no sessions.)
 */
static void hang_up_stopped(void)
{
	update_jobs();
	for (struct jobrec *r = jobtab; r < &jobtab[MAXTRACK]; r++) {
		if (r->used && job_state(r) == STOPPED) {
			kill(-r->pgid, SIGHUP);
			kill(-r->pgid, SIGCONT);
		}
	}
}

/* The cd builtin: to DIR, or to / without one. */
static void change_dir(const struct cmd *c)
{
	const char *dir = c->argc > 1 ? c->argv[1] : "/";

	if (chdir(dir) < 0) {
		fprintf(stderr, "sh: cd: %s: %s\n", dir, strerror(errno));
		last_status = 1;
		return;
	}
	last_status = 0;
}

/* The pwd builtin: the current directory (> FILE and >> FILE apply). */
static void print_dir(const struct cmd *c)
{
	char dir[PATH_MAX];
	int fd = STDOUT_FILENO;

	if (getcwd(dir, sizeof(dir)) == NULL) {
		fprintf(stderr, "sh: pwd: %s\n", strerror(errno));
		last_status = 1;
		return;
	}
	if (c->out)
		fd = open(c->out,
			  O_WRONLY | O_CREAT | (c->append ? O_APPEND : O_TRUNC),
			  0666);
	if (fd < 0) {
		fprintf(stderr, "sh: %s: %s\n", c->out, strerror(errno));
		last_status = 1;
		return;
	}
	fflush(stdout);
	dprintf(fd, "%s\n", dir);
	if (fd != STDOUT_FILENO)
		close(fd);
	last_status = 0;
}

/* NAME=value... with no command: sets each in turn. */
static void assign_all(const struct cmd *c)
{
	last_status = 0;
	for (int i = 0; i < c->nassign; i++)
		if (var_assign(c->assign[i]) < 0)
			last_status = 1;
}

/*
 * The export builtin: export NAME=value sets NAME in the environment,
 * export NAME moves shell variable NAME there; with no names it lists
 * the environment as export commands.
 */
static void export_vars(const struct cmd *c)
{
	const char *val;
	char *eq;

	last_status = 0;
	if (c->argc == 1)
		for (char **e = environ; *e != NULL; e++)
			printf("export %s\n", *e);
	for (int i = 1; i < c->argc; i++) {
		char *a = c->argv[i];

		if ((eq = strchr(a, '=')) != NULL)
			*eq = 0;
		if (name_len(a) != strlen(a)) {
			fprintf(stderr, "sh: export: %s: bad name\n", a);
			last_status = 1;
			continue;
		}
		val = eq ? eq + 1 : var_get(a, strlen(a));
		if (val != NULL && setenv(a, val, 1) < 0) {
			perror("sh: export");
			last_status = 1;
		}
		var_forget(a);
	}
}

/* The unset builtin: NAME... are neither shell variables nor exported. */
static void unset_vars(const struct cmd *c)
{
	last_status = 0;
	for (int i = 1; i < c->argc; i++) {
		var_forget(c->argv[i]);
		if (unsetenv(c->argv[i]) < 0) {
			fprintf(stderr, "sh: unset: %s: bad name\n",
				c->argv[i]);
			last_status = 1;
		}
	}
}

/*
 * Runs the builtins: exit, cd, pwd, jobs, fg, bg, export, unset, and
 * assignments without a command. Returns whether the command was one of
 * them.
 */
static int builtin(const struct job *j)
{
	const struct cmd *c = &j->cmds[0];

	if (j->ncmds > 1 || j->background)
		return 0;
	if (c->argc == 0) {
		assign_all(c);
		return 1;
	}
	if (strcmp(c->argv[0], "exit") == 0) {
		hang_up_stopped();
		exit(c->argc > 1 ? atoi(c->argv[1]) : last_status);
	}
	if (strcmp(c->argv[0], "jobs") == 0)
		list_jobs();
	else if (strcmp(c->argv[0], "fg") == 0)
		continue_job(c, 1);
	else if (strcmp(c->argv[0], "bg") == 0)
		continue_job(c, 0);
	else if (strcmp(c->argv[0], "cd") == 0)
		change_dir(c);
	else if (strcmp(c->argv[0], "pwd") == 0)
		print_dir(c);
	else if (strcmp(c->argv[0], "export") == 0)
		export_vars(c);
	else if (strcmp(c->argv[0], "unset") == 0)
		unset_vars(c);
	else
		return 0;
	return 1;
}

/* Reads the rest of an over-long line, so it does not run as commands. */
static void discard_line(void)
{
	char c;

	while (read(input, &c, 1) == 1 && c != '\n')
		;
	fprintf(stderr, "sh: line too long\n");
}

/*
 * sh -c LINE runs the one command line and exits with its status, with
 * no job control: what system() and popen() run.
 */
static int run_string(const char *text)
{
	char line[MAXLINE];
	int n;

	if (strlen(text) >= sizeof(line) - 1) {
		fprintf(stderr, "sh: line too long\n");
		return 2;
	}
	job_control = 0;
	strcpy(line, text);
	strcat(line, "\n");
	n = parse_line(line, jobs);
	for (int i = 0; i < n; i++)
		if (!builtin(&jobs[i]))
			run_job(&jobs[i]);
	return last_status;
}

/*
 * The shell leads a group of its own, which holds the console while it
 * waits at the prompt (^C and ^Z there reach only the shell, which
 * ignores them, as it does the stops that job control could send it).
 */
int main(int argc, char *argv[])
{
	char line[MAXLINE];
	int n;

	if (argc > 2 && strcmp(argv[1], "-c") == 0)
		return run_string(argv[2]);

	if (argc > 1 && (input = open(argv[1], O_RDONLY)) < 0) {
		fprintf(stderr, "sh: %s: %s\n", argv[1], strerror(errno));
		return 127;
	}
	set_job_signals(SIG_IGN);
	setpgid(0, 0);
	shell_pgid = getpid();
	tcsetpgrp(STDIN_FILENO, shell_pgid);
	for (;;) {
		report_jobs();
		if (input == STDIN_FILENO)
			printf("$ ");
		n = getline_fd(input, line, sizeof(line));
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
	hang_up_stopped();
	return last_status;
}
