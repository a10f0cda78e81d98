/*
 * test, [: evaluates an expression of its arguments and exits 0 if it is
 * true, 1 if it is false, 2 if it is malformed. As "[" the last argument
 * must be "]". Up to four arguments, POSIX's rules by argument count
 * decide what each is (so "test -n" and "test ! =" mean what POSIX says);
 * beyond four, a grammar with "!" binding tightest, then "-a", then "-o",
 * and parentheses.
 *
 *	test expression		[ expression ]
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char **args; /* the expression's arguments */
static int nargs;
static int pos; /* the next argument the grammar looks at */

static void syntax(const char *what, const char *arg)
{
	if (arg)
		fprintf(stderr, "test: %s: %s\n", arg, what);
	else
		fprintf(stderr, "test: %s\n", what);
	exit(2);
}

/* An integer operand: optional blanks and sign, digits, nothing else. */
static long integer(const char *s)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	while (*end == ' ' || *end == '\t')
		end++;
	if (end == s || *end || errno)
		syntax("integer expected", s);
	return n;
}

static int is_unary(const char *op)
{
	return op[0] == '-' && op[1] && op[2] == 0 &&
	       strchr("bcdefghLnprsStuwxz", op[1]);
}

static int is_binary(const char *op)
{
	static const char *const ops[] = {"=",	 "!=",	"-eq", "-ne", "-lt",
					  "-le", "-gt", "-ge", "-nt", "-ot",
					  "-ef", "-a",	"-o",  NULL};
	int i;

	for (i = 0; ops[i]; i++)
		if (strcmp(op, ops[i]) == 0)
			return 1;
	return 0;
}

/*
 * -r -w -x: access(2), which answers for the real user and group (root
 * may read and write anything, and execute what has an execute bit);
 * -w is false on the read-only initrd.
 */
static int unary(const char *op, const char *arg)
{
	struct stat st;
	int ok;

	switch (op[1]) {
	case 'n':
		return arg[0] != 0;
	case 'z':
		return arg[0] == 0;
	case 't':
		return fstat((int)integer(arg), &st) == 0 &&
		       S_ISCHR(st.st_mode);
	case 'h':
	case 'L':
		return lstat(arg, &st) == 0 && S_ISLNK(st.st_mode);
	}
	ok = stat(arg, &st) == 0;
	switch (op[1]) {
	case 'b':
		return ok && S_ISBLK(st.st_mode);
	case 'c':
		return ok && S_ISCHR(st.st_mode);
	case 'd':
		return ok && S_ISDIR(st.st_mode);
	case 'f':
		return ok && S_ISREG(st.st_mode);
	case 'p':
		return ok && S_ISFIFO(st.st_mode);
	case 'S':
		return ok && S_ISSOCK(st.st_mode);
	case 'g':
		return ok && (st.st_mode & S_ISGID);
	case 'u':
		return ok && (st.st_mode & S_ISUID);
	case 's':
		return ok && st.st_size > 0;
	case 'r':
		return ok && access(arg, R_OK) == 0;
	case 'w':
		/* A file on the read-only initrd cannot be written. */
		return ok && access(arg, W_OK) == 0;
	case 'x':
		return ok && access(arg, X_OK) == 0;
	default: /* -e */
		return ok;
	}
}

static int binary(const char *a, const char *op, const char *b)
{
	struct stat sa, sb;
	int ea, eb;
	long x, y;

	if (strcmp(op, "=") == 0)
		return strcmp(a, b) == 0;
	if (strcmp(op, "!=") == 0)
		return strcmp(a, b) != 0;
	if (strcmp(op, "-a") == 0)
		return a[0] && b[0];
	if (strcmp(op, "-o") == 0)
		return a[0] || b[0];
	if (strcmp(op, "-nt") == 0 || strcmp(op, "-ot") == 0 ||
	    strcmp(op, "-ef") == 0) {
		ea = stat(a, &sa) == 0;
		eb = stat(b, &sb) == 0;
		if (op[1] == 'e')
			return ea && eb && sa.st_dev == sb.st_dev &&
			       sa.st_ino == sb.st_ino;
		if (op[1] == 'n')
			return ea && (!eb || sa.st_mtime > sb.st_mtime);
		return eb && (!ea || sa.st_mtime < sb.st_mtime);
	}
	x = integer(a);
	y = integer(b);
	if (strcmp(op, "-eq") == 0)
		return x == y;
	if (strcmp(op, "-ne") == 0)
		return x != y;
	if (strcmp(op, "-lt") == 0)
		return x < y;
	if (strcmp(op, "-le") == 0)
		return x <= y;
	if (strcmp(op, "-gt") == 0)
		return x > y;
	return x >= y;
}

static int or_expr(void);

/* primary: "(" or_expr ")" | unary-op arg | arg binary-op arg | arg */
static int primary(void)
{
	int r;

	if (pos >= nargs)
		syntax("argument expected", NULL);
	if (strcmp(args[pos], "(") == 0 && pos + 1 < nargs) {
		pos++;
		r = or_expr();
		if (pos >= nargs || strcmp(args[pos], ")") != 0)
			syntax("')' expected", NULL);
		pos++;
		return r;
	}
	if (is_unary(args[pos]) && pos + 1 < nargs) {
		pos += 2;
		return unary(args[pos - 2], args[pos - 1]);
	}
	if (pos + 2 < nargs && is_binary(args[pos + 1]) &&
	    strcmp(args[pos + 1], "-a") != 0 &&
	    strcmp(args[pos + 1], "-o") != 0) {
		pos += 3;
		return binary(args[pos - 3], args[pos - 2], args[pos - 1]);
	}
	return args[pos++][0] != 0;
}

static int not_expr(void)
{
	if (pos < nargs && strcmp(args[pos], "!") == 0) {
		pos++;
		return !not_expr();
	}
	return primary();
}

static int and_expr(void)
{
	int r = not_expr();

	while (pos < nargs && strcmp(args[pos], "-a") == 0) {
		pos++;
		r = not_expr() && r;
	}
	return r;
}

static int or_expr(void)
{
	int r = and_expr();

	while (pos < nargs && strcmp(args[pos], "-o") == 0) {
		pos++;
		r = and_expr() || r;
	}
	return r;
}

/* Evaluates the n arguments at a by POSIX's rules for n <= 4. */
static int eval(char **a, int n)
{
	switch (n) {
	case 0:
		return 0;
	case 1:
		return a[0][0] != 0;
	case 2:
		if (strcmp(a[0], "!") == 0)
			return !eval(a + 1, 1);
		if (is_unary(a[0]))
			return unary(a[0], a[1]);
		break;
	case 3:
		if (is_binary(a[1]))
			return binary(a[0], a[1], a[2]);
		if (strcmp(a[0], "!") == 0)
			return !eval(a + 1, 2);
		if (strcmp(a[0], "(") == 0 && strcmp(a[2], ")") == 0)
			return eval(a + 1, 1);
		break;
	case 4:
		if (strcmp(a[0], "!") == 0)
			return !eval(a + 1, 3);
		if (strcmp(a[0], "(") == 0 && strcmp(a[3], ")") == 0)
			return eval(a + 1, 2);
		break;
	}
	/* More than four, or a form the rules above leave to the grammar. */
	args = a;
	nargs = n;
	pos = 0;
	n = or_expr();
	if (pos < nargs)
		syntax("unexpected argument", args[pos]);
	return n;
}

int main(int argc, char *argv[])
{
	const char *name = strrchr(argv[0], '/');

	name = name ? name + 1 : argv[0];
	if (strcmp(name, "[") == 0) {
		if (argc < 2 || strcmp(argv[argc - 1], "]") != 0)
			syntax("missing ']'", NULL);
		argc--;
	}
	return !eval(argv + 1, argc - 1);
}
