// getopt and getopt_long, each run over an argv and traced as one
// string ("a", "b=ARG", "?x" for an error about x, ":x" for a missing
// argument with ':' first in optstring, then "|N" for optind at the end)
// against POSIX's rules: grouped letters, "-ovalue" and "-o value",
// "--" ends the options and is skipped, "-" alone and the first operand
// end them (no reordering), optind = 0 starts over; the long options with
// "=value", a separate value, unambiguous prefixes and flag pointers.
// expect: exit 0
// expect-output: ^(/test/)?getopt_seq: invalid option -- 'z'$
// expect-output: ^(/test/)?getopt_seq: option requires an argument -- 'b'$
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static int verbose_flag;

static const struct option longopts[] = {
	{"verbose", no_argument, &verbose_flag, 1},
	{"name", required_argument, NULL, 'n'},
	{"level", optional_argument, NULL, 'l'},
	{"long-only", no_argument, NULL, 1000},
	{"longer", no_argument, NULL, 1001},
	{NULL, 0, NULL, 0},
};

/* Runs getopt (or getopt_long if lng) over the words of line and returns
 * the trace. */
static const char *run(const char *optstring, const char *line, int lng)
{
	static char trace[200], words[200];
	char *argv[20], *p;
	int argc = 0, c, idx;

	strcpy(words, line);
	for (p = strtok(words, " "); p != NULL && argc < 19;
	     p = strtok(NULL, " "))
		argv[argc++] = strcmp(p, "<>") == 0 ? (char *)"" : p;
	argv[argc] = NULL;
	trace[0] = 0;
	optind = 0;
	while ((c = lng ? getopt_long(argc, argv, optstring, longopts, &idx)
			: getopt(argc, argv, optstring)) != -1) {
		char item[40];

		if (c == '?' || c == ':')
			snprintf(item, sizeof(item), "%c%c ", c,
				 optopt > ' ' && optopt < 127 ? optopt : '-');
		else if (c == 0)
			snprintf(item, sizeof(item), "flag:%s ",
				 longopts[idx].name);
		else if (c >= 1000)
			snprintf(item, sizeof(item), "%s ", longopts[idx].name);
		else if (optarg != NULL)
			snprintf(item, sizeof(item), "%c=%s ", c, optarg);
		else
			snprintf(item, sizeof(item), "%c ", c);
		strcat(trace, item);
	}
	snprintf(trace + strlen(trace), sizeof(trace) - strlen(trace), "|%d",
		 optind);
	return trace;
}

static void T(const char *optstring, const char *line, int lng,
	      const char *want)
{
	const char *got = run(optstring, line, lng);

	check(strcmp(got, want) == 0,
	      "%s \"%s\" over \"%s\": \"%s\", want \"%s\"",
	      lng ? "getopt_long" : "getopt", optstring, line, got, want);
}

int main(int argc, char *argv[])
{
	(void)argc;
	opterr = 0;
	T("ab:c", "prog", 0, "|1");
	T("ab:c", "prog -a -b val -c file", 0, "a b=val c |5");
	T("ab:c", "prog -acb val x", 0, "a c b=val |3");
	T("ab:c", "prog -bval -a", 0, "b=val a |3");
	T("ab:c", "prog -b -a", 0, "b=-a |3");
	T("ab:c", "prog -a -- -c", 0, "a |3");
	T("ab:c", "prog -a - -c", 0, "a |2");
	T("ab:c", "prog x -a", 0, "|1");
	T("ab:c", "prog -a <> -c", 0, "a |2");
	T("ab:c", "prog -x -a", 0, "?x a |3");
	T("ab:c", "prog -ax", 0, "a ?x |2");
	T("ab:c", "prog -a -b", 0, "a ?b |3");
	T(":ab:c", "prog -a -b", 0, "a :b |3");
	T(":ab:c", "prog -q", 0, "?q |2");
	T("+ab:", "prog -a -b v x", 0, "a b=v |4");
	T("a:", "prog -a -- x", 0, "a=-- |3");
	T("o::", "prog -ofile -o file", 0, "o=file o |3");
	T("ab", "prog --", 0, "|2");
	T("a:b", "prog -:", 0, "?: |2");
	T("n:v", "prog --name=x --name y -v --verbose --level --level=3 z", 1,
	  "n=x n=y v flag:verbose l l=3 |8");
	T("", "prog --na=x --verb --lon --long-only --longer", 1,
	  "n=x flag:verbose ?- long-only longer |6");
	T("", "prog --nope --verbose=1 --name", 1, "?- ?- ?n |4");
	T(":", "prog --name", 1, ":n |2");
	T("a", "prog -a -- --name", 1, "a |3");
	check(verbose_flag == 1, "--verbose set its flag");
	/* The messages, with opterr on: the program name is argv[0]. */
	opterr = 1;
	optind = 0;
	{
		char *av[] = {argv[0], "-z", "-b", NULL};

		check(getopt(3, av, "b:") == '?' && optopt == 'z',
		      "-z is unknown");
		check(getopt(3, av, "b:") == '?' && optopt == 'b',
		      "-b lacks its argument");
		check(getopt(3, av, "b:") == -1 && optind == 3,
		      "then the end, optind 3");
	}
	return check_done();
}
