/*
 * grep: prints the lines of the named files (or of standard input) that
 * match any of the patterns, regular expressions in basic syntax, or
 * extended with -E, or fixed strings with -F (<regex.h> does the
 * matching; a fixed string is compiled with its special characters
 * escaped). -x selects only lines that a pattern matches whole: the
 * leftmost-longest match of a pattern that matches the whole line is the
 * whole line. The exit status is POSIX's: 0 if a line was selected, 1 if
 * none was, 2 after an error (unless -q had found a line). A NUL byte in
 * a line ends what the patterns see of it.
 *
 *	grep [-E | -F] [-c | -l | -q] [-hinsvx] -e pattern... [-f file]...
 *	     [file...]
 *	grep [-E | -F] [-c | -l | -q] [-hinsvx] pattern [file...]
 */
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAXPATTERNS 64 /* patterns, after splitting each at newlines */

static struct {
	int cflags;   /* REG_EXTENDED (-E), REG_ICASE (-i) */
	int fixed;    /* -F: the patterns are strings, not expressions */
	int whole;    /* -x: a pattern must match the whole line */
	int silent;   /* -s: no messages about files that cannot be read */
	int invert;   /* -v: select the lines that match no pattern */
	int count;    /* -c: print how many lines were selected */
	int number;   /* -n: print each line's number before it */
	int quiet;    /* -q: print nothing; exit 0 at the first selection */
	int list;     /* -l: print the names of files with a selection */
	int no_names; /* -h: never print file names before lines */
	int given;    /* patterns came with -e or -f */
} opt;

static const char *patterns[MAXPATTERNS]; /* as given, split at newlines */
static regex_t compiled[MAXPATTERNS];
static int npatterns;

/* Buffered reading of one file, a line at a time. */
struct reader {
	int fd;
	char buf[512];
	int pos, len; /* buf[pos..len-1] is read but not yet used */
	char *line;   /* the current line, NUL-terminated, newline removed */
	size_t cap;   /* bytes allocated for line */
};

static void usage(void)
{
	fprintf(stderr, "usage: grep [-E | -F] [-c | -l | -q] [-hinsvx] "
			"[-e pattern]... [-f file]... [pattern] [file...]\n");
	exit(2);
}

/* Adds the patterns in list, one per line; the text must live on. */
static void add_patterns(char *list)
{
	char *nl;

	for (;;) {
		if (npatterns == MAXPATTERNS) {
			fprintf(stderr, "grep: more than %d patterns\n",
				MAXPATTERNS);
			exit(2);
		}
		patterns[npatterns++] = list;
		nl = strchr(list, '\n');
		if (!nl)
			return;
		*nl = 0;
		list = nl + 1;
	}
}

/* Adds the patterns in file path, one a line; exits if it cannot. */
static void add_pattern_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (!f) {
		fprintf(stderr, "grep: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	while ((n = getline(&line, &cap, f)) > 0) {
		if (line[n - 1] == '\n')
			line[n - 1] = 0;
		add_patterns(line);
		line = NULL;
		cap = 0;
	}
	fclose(f);
}

/* Reads the options; returns the index of the first operand. */
static int parse_options(int argc, char *argv[])
{
	int c;

	while ((c = getopt(argc, argv, "EFchile:f:nqsvx")) != -1) {
		switch (c) {
		case 'E':
			opt.cflags |= REG_EXTENDED;
			break;
		case 'F':
			opt.fixed = 1;
			break;
		case 'i':
			opt.cflags |= REG_ICASE;
			break;
		case 'v':
			opt.invert = 1;
			break;
		case 'c':
			opt.count = 1;
			break;
		case 'n':
			opt.number = 1;
			break;
		case 'q':
			opt.quiet = 1;
			break;
		case 'l':
			opt.list = 1;
			break;
		case 'h':
			opt.no_names = 1;
			break;
		case 's':
			opt.silent = 1;
			break;
		case 'x':
			opt.whole = 1;
			break;
		case 'e':
			add_patterns(optarg);
			opt.given = 1;
			break;
		case 'f':
			add_pattern_file(optarg);
			opt.given = 1;
			break;
		default:
			usage();
		}
	}
	return optind;
}

/* A fixed string as a basic regular expression that matches it. */
static char *escaped(const char *s)
{
	char *e = malloc(2 * strlen(s) + 1), *p = e;

	if (!e) {
		fprintf(stderr, "grep: out of memory\n");
		exit(2);
	}
	for (; *s; s++) {
		if (strchr("\\.[*^$", *s))
			*p++ = '\\';
		*p++ = *s;
	}
	*p = 0;
	return e;
}

/* Compiles every pattern; a bad one ends grep with status 2. */
static void compile_patterns(void)
{
	char msg[128];
	int i, r;

	if (opt.fixed)
		opt.cflags &= ~REG_EXTENDED;
	if (!opt.whole)
		opt.cflags |= REG_NOSUB;
	for (i = 0; i < npatterns; i++) {
		if (opt.fixed)
			patterns[i] = escaped(patterns[i]);
		r = regcomp(&compiled[i], patterns[i], opt.cflags);
		if (r != 0) {
			regerror(r, &compiled[i], msg, sizeof(msg));
			fprintf(stderr, "grep: %s: %s\n", patterns[i], msg);
			exit(2);
		}
	}
}

/*
 * Reads the next line into r->line; returns its length (without the
 * newline), -1 at the end of the file, or -2 after a read error.
 */
static long read_line(struct reader *r)
{
	size_t n = 0;
	char *bigger, c;

	for (;;) {
		if (r->pos == r->len) {
			r->len = read(r->fd, r->buf, sizeof(r->buf));
			r->pos = 0;
			if (r->len < 0)
				return -2;
			if (r->len == 0)
				break;
		}
		c = r->buf[r->pos++];
		if (n + 1 >= r->cap) {
			bigger = realloc(r->line, r->cap ? 2 * r->cap : 128);
			if (!bigger)
				return -2;
			r->line = bigger;
			r->cap = r->cap ? 2 * r->cap : 128;
		}
		if (c == '\n')
			break;
		r->line[n++] = c;
	}
	if (n == 0 && r->len == 0)
		return -1;
	r->line[n] = 0;
	return n;
}

/* Does line match any pattern (or none, under -v)? */
static int selected(const char *line)
{
	regmatch_t m;
	int i;

	for (i = 0; i < npatterns; i++) {
		if (!opt.whole && regexec(&compiled[i], line, 0, NULL, 0) == 0)
			return !opt.invert;
		if (opt.whole && regexec(&compiled[i], line, 1, &m, 0) == 0 &&
		    m.rm_so == 0 && m.rm_eo == (regoff_t)strlen(line))
			return !opt.invert;
	}
	return opt.invert;
}

/* Prints a selected line, after its file name and number if wanted. */
static void print_line(const char *name, long lineno, const char *line,
		       long len)
{
	long i;

	if (name)
		printf("%s:", name);
	if (opt.number)
		printf("%ld:", lineno);
	for (i = 0; i < len; i++)
		putchar(line[i]);
	putchar('\n');
}

/*
 * Greps one open file; name is printed before its lines when show_names.
 * Returns 1 if a line was selected, 0 if none, 2 after a read error.
 */
static int grep_fd(int fd, const char *name, int show_names)
{
	struct reader r = {.fd = fd};
	long len, lineno = 0, nselected = 0;

	while ((len = read_line(&r)) >= 0) {
		lineno++;
		if (!selected(r.line))
			continue;
		nselected++;
		if (opt.quiet)
			exit(0);
		if (opt.list)
			break;
		if (!opt.count)
			print_line(show_names ? name : NULL, lineno, r.line,
				   len);
	}
	free(r.line);
	if (len == -2) {
		if (!opt.silent)
			fprintf(stderr, "grep: %s: %s\n", name,
				strerror(errno));
		return 2;
	}
	if (opt.list && nselected)
		printf("%s\n", name);
	else if (opt.count && !opt.list && show_names)
		printf("%s:%ld\n", name, nselected);
	else if (opt.count && !opt.list)
		printf("%ld\n", nselected);
	return nselected > 0;
}

/* Greps the named file ("-": standard input); returns as grep_fd. */
static int grep_file(const char *path, int show_names)
{
	int fd, r;

	if (strcmp(path, "-") == 0)
		return grep_fd(STDIN_FILENO, "(standard input)", show_names);
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		if (!opt.silent)
			fprintf(stderr, "grep: %s: %s\n", path,
				strerror(errno));
		return 2;
	}
	r = grep_fd(fd, path, show_names);
	close(fd);
	return r;
}

int main(int argc, char *argv[])
{
	int i = parse_options(argc, argv), r, found = 0, error = 0;
	int show_names;

	if (!opt.given) {
		if (i == argc)
			usage();
		add_patterns(argv[i++]);
	}
	compile_patterns();
	show_names = argc - i > 1 && !opt.no_names;
	/* With no file operands, standard input, as if named "-". */
	do {
		r = grep_file(i < argc ? argv[i] : "-", show_names);
		error |= r == 2;
		found |= r == 1;
	} while (++i < argc);
	if (error)
		return 2;
	return found ? 0 : 1;
}
