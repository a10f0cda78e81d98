/*
 * getopt (also in <unistd.h>) and GNU's getopt_long: long options
 * "--name", "--name=value" or "--name value", and unambiguous prefixes
 * of the names. Neither reorders argv: options end at the first operand,
 * as POSIX says.
 */
#ifndef _GETOPT_H
#define _GETOPT_H

#include <unistd.h>

#define no_argument	  0
#define required_argument 1
#define optional_argument 2

struct option {
	const char *name; /* without the "--" */
	int has_arg;	  /* no_argument, required_argument, ... */
	int *flag;	  /* NULL: getopt_long returns val; else *flag = val */
	int val;
};

/*
 * As getopt, and also "--name" options from longopts (an array ended by
 * a zeroed entry); for one of those it stores its index in *longindex
 * (if not NULL) and returns val (or 0, having set *flag).
 */
int getopt_long(int argc, char *const argv[], const char *optstring,
		const struct option *longopts, int *longindex);

#endif
