/*
 * Command-line options: POSIX getopt and GNU getopt_long, without
 * reordering argv (options stop at the first operand or at "--").
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

char *optarg;
int optind = 1, opterr = 1, optopt;

static int nextchar;	       /* in argv[optind]: the next option letter */
static int last_optind;	       /* optind when we left argv[optind] halfway */
static char *const *last_argv; /* the argv we were working through */

/* Prints "prog: what -- 'c'" if opterr allows and optstring does not
 * start with ':'. */
static void complain(char *const argv[], const char *optstring,
		     const char *what, int c)
{
	if (opterr && optstring[0] != ':')
		fprintf(stderr, "%s: %s -- '%c'\n", argv[0], what, c);
}

/*
 * Whether argv[optind] starts options: it is "-x...", but not "-" alone.
 * Consumes "--", which ends the options.
 */
static int at_option(int argc, char *const argv[])
{
	const char *a;

	if (optind >= argc || (a = argv[optind]) == NULL || a[0] != '-' ||
	    a[1] == 0)
		return 0;
	if (strcmp(a, "--") == 0) {
		optind++;
		return 0;
	}
	return 1;
}

/* Takes the option letter at nextchar in argv[optind] (see getopt). */
static int short_option(int argc, char *const argv[], const char *optstring)
{
	char *a = argv[optind];
	int c = (unsigned char)a[nextchar++];
	const char *spec = c == ':' ? NULL : strchr(optstring, c);

	if (a[nextchar] == 0) {
		optind++;
		nextchar = 0;
	}
	if (spec == NULL) {
		optopt = c;
		complain(argv, optstring, "invalid option", c);
		return '?';
	}
	if (spec[1] != ':')
		return c;
	if (nextchar > 0) { /* "-ovalue": the rest of this word */
		optarg = a + nextchar;
		optind++;
		nextchar = 0;
	} else if (spec[2] == ':') { /* optional: only in the same word */
		optarg = NULL;
	} else if (optind < argc) { /* "-o value" */
		optarg = argv[optind++];
	} else {
		optopt = c;
		complain(argv, optstring, "option requires an argument", c);
		return optstring[0] == ':' ? ':' : '?';
	}
	return c;
}

/* Starts over if the caller reset optind (to 0 or 1) or changed argv. */
static void check_reset(char *const argv[])
{
	if (optind == 0 || argv != last_argv || optind != last_optind) {
		if (optind == 0)
			optind = 1;
		nextchar = 0;
	}
	last_argv = argv;
}

/* The entry of longopts that name (up to '=' or its end) selects: an exact
 * match, else the only entry it is a prefix of; -1 if none, -2 if several. */
static int find_long(const struct option *longopts, const char *name,
		     size_t len)
{
	int found = -1;

	for (int i = 0; longopts[i].name != NULL; i++) {
		if (strncmp(longopts[i].name, name, len) != 0)
			continue;
		if (longopts[i].name[len] == 0)
			return i;
		found = found == -1 ? i : -2;
	}
	return found;
}

/* Takes the long option in argv[optind] ("--name[=value]"). */
static int long_option(int argc, char *const argv[], const char *optstring,
		       const struct option *longopts, int *longindex)
{
	char *name = argv[optind++] + 2, *eq = strchr(name, '=');
	size_t len = eq != NULL ? (size_t)(eq - name) : strlen(name);
	int i = find_long(longopts, name, len);
	const struct option *o;

	optopt = 0;
	if (i < 0) {
		if (opterr && optstring[0] != ':')
			fprintf(stderr, "%s: %s option '--%.*s'\n", argv[0],
				i == -1 ? "unrecognized" : "ambiguous",
				(int)len, name);
		return '?';
	}
	o = &longopts[i];
	if (eq != NULL && o->has_arg == no_argument) {
		if (opterr && optstring[0] != ':')
			fprintf(stderr,
				"%s: option '--%s' doesn't allow an argument\n",
				argv[0], o->name);
		optopt = o->val;
		return '?';
	}
	if (eq != NULL)
		optarg = eq + 1;
	else if (o->has_arg == required_argument && optind < argc)
		optarg = argv[optind++];
	else if (o->has_arg == required_argument) {
		if (opterr && optstring[0] != ':')
			fprintf(stderr,
				"%s: option '--%s' requires an argument\n",
				argv[0], o->name);
		optopt = o->val;
		return optstring[0] == ':' ? ':' : '?';
	}
	if (longindex != NULL)
		*longindex = i;
	if (o->flag != NULL) {
		*o->flag = o->val;
		return 0;
	}
	return o->val;
}

/*
 * The next option of argv: a long one from longopts ("--name"), if
 * longopts is not NULL, else the next letter; -1 at the first operand.
 */
static int next_option(int argc, char *const argv[], const char *optstring,
		       const struct option *longopts, int *longindex)
{
	int c;

	check_reset(argv);
	optarg = NULL;
	if (*optstring == '+' || *optstring == '-')
		optstring++;
	if (nextchar > 0) {
		c = short_option(argc, argv, optstring);
	} else if (!at_option(argc, argv)) {
		c = -1;
	} else if (longopts != NULL && argv[optind][1] == '-') {
		c = long_option(argc, argv, optstring, longopts, longindex);
	} else {
		nextchar = 1;
		c = short_option(argc, argv, optstring);
	}
	last_optind = optind;
	return c;
}

/*
 * Returns the next option letter of argv, as optstring lists them ("ab:c"
 * : b takes an argument, which optarg points to; "x::" an optional one,
 * only in the same word). At the end returns -1, with optind at the first
 * operand. An unknown letter or a missing argument returns '?' (':' for
 * the latter if optstring starts with ':') with the letter in optopt,
 * after a message on stderr unless opterr is 0 or optstring starts with ':'.
 */
int getopt(int argc, char *const argv[], const char *optstring)
{
	return next_option(argc, argv, optstring, NULL, NULL);
}

/* See <getopt.h>. */
int getopt_long(int argc, char *const argv[], const char *optstring,
		const struct option *longopts, int *longindex)
{
	return next_option(argc, argv, optstring, longopts, longindex);
}
