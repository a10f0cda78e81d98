/*
 * seq: prints the integers from FIRST (default 1) to LAST, INCR (default
 * 1) apart, one a line, or separated by -s's string; -w pads them with
 * zeros to one width. Negative numbers are operands, not options.
 *
 *	seq [-w] [-s string] [first [incr]] last
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long number(const char *s)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (end == s || *end || errno) {
		fprintf(stderr, "seq: invalid integer '%s'\n", s);
		exit(1);
	}
	return n;
}

static void usage(void)
{
	fprintf(stderr, "usage: seq [-w] [-s string] [first [incr]] last\n");
	exit(2);
}

/* How many characters n takes in decimal, its sign included. */
static int width(long n)
{
	char buf[24];

	return snprintf(buf, sizeof(buf), "%ld", n);
}

int main(int argc, char *argv[])
{
	const char *sep = "\n";
	long first = 1, incr = 1, last, n;
	int i = 1, w = 0, pad = 0;

	/* Options by hand: getopt would take "-5" for one. */
	for (; i < argc && argv[i][0] == '-' && argv[i][1] &&
	       !(argv[i][1] >= '0' && argv[i][1] <= '9');
	     i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else if (strcmp(argv[i], "-w") == 0) {
			pad = 1;
		} else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc) {
			sep = argv[++i];
		} else if (strncmp(argv[i], "-s", 2) == 0 && argv[i][2]) {
			sep = argv[i] + 2;
		} else {
			fprintf(stderr, "seq: unknown option %s\n", argv[i]);
			usage();
		}
	}
	argc -= i;
	argv += i;
	if (argc < 1 || argc > 3)
		usage();
	last = number(argv[argc - 1]);
	if (argc > 1)
		first = number(argv[0]);
	if (argc > 2)
		incr = number(argv[1]);
	if (incr == 0) {
		fprintf(stderr, "seq: the increment must not be 0\n");
		return 1;
	}
	if (pad)
		w = width(first) > width(last) ? width(first) : width(last);
	for (n = first; incr > 0 ? n <= last : n >= last; n += incr) {
		printf("%s%0*ld", n == first ? "" : sep, w, n);
		/* Stop before n + incr would overflow. */
		if ((incr > 0 && n > LONG_MAX - incr) ||
		    (incr < 0 && n < LONG_MIN - incr))
			break;
	}
	if ((incr > 0 && first <= last) || (incr < 0 && first >= last))
		putchar('\n');
	return 0;
}
