/*
 * grep: prints the lines of the named files (or of standard input) that
 * match any of the patterns, regular expressions in basic syntax, or
 * extended with -E (<regex.h> does the matching). The exit status is
 * POSIX's: 0 if a line was selected, 1 if none was, 2 after an error
 * (unless -q had found a line). A NUL byte in a line ends what the
 * patterns see of it.
 *
 *	grep [-E] [-i] [-v] [-c] [-n] [-q] [-l] [-h] [-e pattern]...
 *	     [pattern] [file...]
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
	int invert;   /* -v: select the lines that match no pattern */
	int count;    /* -c: print how many lines were selected */
	int number;   /* -n: print each line's number before it */
	int quiet;    /* -q: print nothing; exit 0 at the first selection */
	int list;     /* -l: print the names of files with a selection */
	int no_names; /* -h: never print file names before lines */
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
	fprintf(stderr, "usage: grep [-E] [-i] [-v] [-c] [-n] [-q] [-l] [-h] "
			"[-e pattern]... [pattern] [file...]\n");
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

/*
 * Reads the options up to the first operand; returns its index. Options
 * may be grouped (-in), and -e takes its pattern joined or as the next
 * argument.
 */
static int parse_options(int argc, char *argv[])
{
	int i;
	char *p;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0)
			return i + 1;
		for (p = argv[i] + 1; *p; p++) {
			switch (*p) {
			case 'E':
				opt.cflags |= REG_EXTENDED;
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
			case 'e':
				if (p[1])
					add_patterns(p + 1);
				else if (i + 1 < argc)
					add_patterns(argv[++i]);
				else
					usage();
				p += strlen(p) - 1;
				break;
			default:
				fprintf(stderr, "grep: unknown option -%c\n",
					*p);
				usage();
			}
		}
	}
	return i;
}

/* Compiles every pattern; a bad one ends grep with status 2. */
static void compile_patterns(void)
{
	char msg[128];
	int i, r;

	for (i = 0; i < npatterns; i++) {
		r = regcomp(&compiled[i], patterns[i], opt.cflags | REG_NOSUB);
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
	int i;

	for (i = 0; i < npatterns; i++) {
		if (regexec(&compiled[i], line, 0, NULL, 0) == 0)
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
		fprintf(stderr, "grep: %s: %s\n", name, strerror(errno));
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
		fprintf(stderr, "grep: %s: %s\n", path, strerror(errno));
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

	if (npatterns == 0) {
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
