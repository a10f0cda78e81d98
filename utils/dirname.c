/*
 * dirname: prints a path name less its last component, by POSIX's steps:
 * "a/b/" gives "a", "a" gives ".", "/a" and "/" give "/".
 *
 *	dirname string
 */
#include <stdio.h>
#include <string.h>

int main(int argc, char *argv[])
{
	char *s, *end;

	if (argc > 1 && strcmp(argv[1], "--") == 0) {
		argv++;
		argc--;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: dirname string\n");
		return 2;
	}
	s = argv[1];
	end = s + strlen(s);
	/* Drop the trailing slashes, then the last component. */
	while (end > s && end[-1] == '/')
		end--;
	if (end == s) {
		puts(*s == '/' ? "/" : ".");
		return 0;
	}
	while (end > s && end[-1] != '/')
		end--;
	if (end == s) {
		puts(".");
		return 0;
	}
	/* Then the slashes before it, keeping a leading one. */
	while (end > s + 1 && end[-1] == '/')
		end--;
	*end = 0;
	puts(s);
	return 0;
}
