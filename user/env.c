/*
 * env [-i] [NAME=value]... [utility [argument...]]: runs utility with the
 * environment changed by the assignments (-i: starting from an empty one),
 * or prints the resulting environment, one NAME=value a line, without a
 * utility. As POSIX says, env exits 127 if the utility is not found, 126
 * if it was found but could not be run.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *empty_env[] = {NULL};

int main(int argc, char *argv[])
{
	int i = 1;

	if (i < argc && strcmp(argv[i], "-i") == 0) {
		environ = empty_env;
		i++;
	}
	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	for (; i < argc && strchr(argv[i], '=') != NULL; i++) {
		if (putenv(argv[i]) < 0) {
			fprintf(stderr, "env: %s: %s\n", argv[i],
				strerror(errno));
			return 125;
		}
	}
	if (i == argc) {
		for (char **e = environ; *e != NULL; e++)
			printf("%s\n", *e);
		return 0;
	}
	execvp(argv[i], argv + i);
	fprintf(stderr, "env: %s: %s\n", argv[i], strerror(errno));
	return errno == ENOENT ? 127 : 126;
}
