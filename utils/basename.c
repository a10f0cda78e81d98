/*
 * basename: prints the last component of a path name, less a suffix if
 * one is given and is not the whole component (POSIX's steps, done on a
 * copy; <libgen.h>'s basename does not take a suffix).
 *
 *	basename string [suffix]
 */
#include <stdio.h>
#include <string.h>

int main(int argc, char *argv[])
{
	char *s, *end, *base;
	size_t n, slen;

	if (argc > 1 && strcmp(argv[1], "--") == 0) {
		argv++;
		argc--;
	}
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: basename string [suffix]\n");
		return 2;
	}
	s = argv[1];
	if (*s == 0) {
		puts(".");
		return 0;
	}
	/* Drop trailing slashes; a name of slashes only is "/". */
	end = s + strlen(s);
	while (end > s + 1 && end[-1] == '/')
		end--;
	if (end == s + 1 && *s == '/') {
		puts("/");
		return 0;
	}
	*end = 0;
	base = strrchr(s, '/');
	base = base ? base + 1 : s;
	n = strlen(base);
	if (argc == 3) {
		slen = strlen(argv[2]);
		if (slen < n && strcmp(base + n - slen, argv[2]) == 0)
			base[n - slen] = 0;
	}
	puts(base);
	return 0;
}
