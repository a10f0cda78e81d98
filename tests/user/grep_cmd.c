// /bin/grep run with arguments and input through pipes: each option
// (-E -F -i -v -c -n -q -l -h -s -x -e -f), patterns joined by newlines,
// the empty pattern, files from /etc and "-" for standard input, a last line
// without a newline, a line longer than grep's read buffer, and the exit
// statuses POSIX gives: 0 selected, 1 none, 2 error (0 under -q when a
// line was selected despite an error).
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
// timeout: 90
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define MAXOUT 4096

struct grep_case {
	const char *argv[8];
	const char *input;   /* standard input */
	const char *out;     /* all of standard output */
	int status;	     /* exit status */
	const char *errtext; /* in standard error, or NULL for none */
};

static const char three[] = "one\ntwo\nthree\n";
static const char numbers[] = "/etc/numbers.txt"; /* 1 2 3 5 ... 89 */

static const struct grep_case cases[] = {
	{{"grep", "o"}, three, "one\ntwo\n", 0, NULL},
	{{"grep", "-v", "o"}, three, "three\n", 0, NULL},
	{{"grep", "-c", "o"}, three, "2\n", 0, NULL},
	{{"grep", "-vc", "o"}, three, "1\n", 0, NULL},
	{{"grep", "-n", "t"}, three, "2:two\n3:three\n", 0, NULL},
	{{"grep", "-q", "t"}, three, "", 0, NULL},
	{{"grep", "-q", "x"}, three, "", 1, NULL},
	{{"grep", "x"}, three, "", 1, NULL},
	{{"grep", "^t.*e$"}, three, "three\n", 0, NULL},
	{{"grep", "-E", "^(one|three)$"}, three, "one\nthree\n", 0, NULL},
	{{"grep", "^(one|three)$"}, "(one|three)\n", "(one|three)\n", 0, NULL},
	{{"grep", "-i", "TWO"}, three, "two\n", 0, NULL},
	{{"grep", "-Ei", "^[[:upper:]]+$"},
	 "ABC\nabc\na1\n",
	 "ABC\nabc\n",
	 0,
	 NULL},
	{{"grep", "-e", "one", "-e", "three"}, three, "one\nthree\n", 0, NULL},
	{{"grep", "-eone"}, three, "one\n", 0, NULL},
	{{"grep", "one\nthree"}, three, "one\nthree\n", 0, NULL},
	{{"grep", ""}, three, three, 0, NULL},
	{{"grep", "-c", "-v", ""}, three, "0\n", 1, NULL},
	{{"grep", "-n", "\\(.\\)\\1"}, "abc\naab\nxyz\n", "2:aab\n", 0, NULL},
	{{"grep", "--", "-v"}, "a-v\nb\n", "a-v\n", 0, NULL},
	{{"grep", "b"}, "a\nab", "ab\n", 0, NULL},
	{{"grep", "-c", "1", numbers}, "", "3\n", 0, NULL},
	{{"grep", "-E", "^[0-9]{2}$", numbers},
	 "",
	 "13\n21\n34\n55\n89\n",
	 0,
	 NULL},
	{{"grep", "^8", numbers, "-"},
	 "8x\n",
	 "/etc/numbers.txt:8\n/etc/numbers.txt:89\n(standard input):8x\n",
	 0,
	 NULL},
	{{"grep", "-h", "^8", numbers, "-"}, "8x\n", "8\n89\n8x\n", 0, NULL},
	{{"grep", "-l", "5", numbers, "/etc/motd", "-"},
	 "5\n",
	 "/etc/numbers.txt\n(standard input)\n",
	 0,
	 NULL},
	{{"grep", "-c", "Try", "/etc/motd", numbers},
	 "",
	 "/etc/motd:1\n/etc/numbers.txt:0\n",
	 0,
	 NULL},
	{{"grep", "1", "/etc/nope", numbers},
	 "",
	 "/etc/numbers.txt:1\n/etc/numbers.txt:13\n/etc/numbers.txt:21\n",
	 2,
	 "grep: /etc/nope: "},
	{{"grep", "-q", "1", "/etc/nope", numbers}, "", "", 0, "/etc/nope"},
	{{"grep", "-E", "a{2,1}"}, three, "", 2, "grep: a{2,1}: "},
	{{"grep", "-j", "a"}, three, "", 2, "usage: grep"},
	{{"grep", "-x", "tw"}, three, "", 1, NULL},
	{{"grep", "-x", "-e", "t.o", "-e", "x"}, three, "two\n", 0, NULL},
	{{"grep", "-F", "a.c"}, "abc\na.c\n", "a.c\n", 0, NULL},
	{{"grep", "-Fx", "*^$\\"}, "x*^$\\\n*^$\\\n", "*^$\\\n", 0, NULL},
	{{"grep", "-s", "1", "/etc/nope"}, "", "", 2, NULL},
	{{"grep", "-f", numbers, "-x"}, "13\n14\n", "13\n", 0, NULL},
	{{"grep"}, three, "", 2, "usage: grep"},
};

/* Reads fd to its end into buf (NUL-terminated, cut at size - 1). */
static void slurp(int fd, char *buf, size_t size)
{
	size_t len = 0, room;
	ssize_t n;
	char scratch[64];

	for (;;) {
		room = size - 1 - len;
		n = read(fd, room ? buf + len : scratch,
			 room ? room : sizeof(scratch));
		if (n <= 0)
			break;
		if (room)
			len += n;
	}
	buf[len] = 0;
	close(fd);
}

/*
 * Runs /bin/grep with argv, input on its standard input (written by a
 * child of its own, so that no pipe can fill up with nobody reading);
 * fills out and err, and returns the wait status.
 */
static int run_grep(const char *const argv[], const char *input, char *out,
		    char *err)
{
	int in[2], o[2], e[2], pid, writer, status = -1;
	char *nl;

	if (pipe(in) < 0 || pipe(o) < 0 || pipe(e) < 0)
		return -1;
	pid = fork();
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(o[1], 1);
		dup2(e[1], 2);
		close(in[0]);
		close(in[1]);
		close(o[0]);
		close(o[1]);
		close(e[0]);
		close(e[1]);
		execv("/bin/grep", (char *const *)argv);
		_exit(127);
	}
	writer = fork();
	if (writer == 0) {
		close(in[0]);
		write(in[1], input, strlen(input));
		_exit(0);
	}
	close(in[0]);
	close(in[1]);
	close(o[1]);
	close(e[1]);
	slurp(o[0], out, MAXOUT);
	slurp(e[0], err, MAXOUT);
	/* Standard error only ends up in messages: one line each. */
	while ((nl = strchr(err, '\n')) != NULL)
		*nl = ' ';
	waitpid(writer, NULL, 0);
	waitpid(pid, &status, 0);
	return status;
}

static void check_case(const struct grep_case *c)
{
	static char out[MAXOUT], err[MAXOUT];
	char args[120] = "";
	int i, st = run_grep(c->argv, c->input, out, err);
	int ok_err = c->errtext ? strstr(err, c->errtext) != NULL : !err[0];

	for (i = 1; c->argv[i]; i++) {
		strcat(args, " ");
		strcat(args,
		       strchr(c->argv[i], '\n') ? "(two lines)" : c->argv[i]);
	}
	check(WIFEXITED(st) && WEXITSTATUS(st) == c->status,
	      "grep%s: exit status %d (wait status 0x%x)", args, c->status, st);
	check(strcmp(out, c->out) == 0, "grep%s: output as expected%s%s", args,
	      strcmp(out, c->out) ? ", not: " : "",
	      strcmp(out, c->out) ? out : "");
	if (c->errtext)
		check(ok_err, "grep%s: standard error says \"%s\" (got \"%s\")",
		      args, c->errtext, err);
	else
		check(ok_err, "grep%s: standard error is empty (got \"%s\")",
		      args, err);
}

/* A line longer than grep's 512-byte reads, with the match at its end. */
static void check_long_line(void)
{
	static char line[3000], out[MAXOUT], err[MAXOUT];
	const char *argv[] = {"grep", "needle$", NULL};
	int st;

	memset(line, 'x', sizeof(line) - 9);
	strcpy(line + sizeof(line) - 9, "needle\n");
	st = run_grep(argv, line, out, err);
	check(WIFEXITED(st) && WEXITSTATUS(st) == 0 && strcmp(out, line) == 0,
	      "a %u-byte line matches at its end and comes out whole (%u)",
	      (unsigned)strlen(line), (unsigned)strlen(out));
}

int main(void)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);
	check_long_line();
	return check_done();
}
