/*
 * rgrep: prints the lines of its files that match a regular expression.
 *   rgrep [-E] [-i] [-v] [-n] [-c] [-o] pattern [file...]
 * POSIX basic expressions by default, extended with -E; -o prints each
 * match alone (regexec's offsets). Uses <regex.h>, getopt and stdio.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int invert, number, countonly, onlymatch;

static long search(regex_t *re, FILE *f, const char *name, int many)
{
	char line[1024];
	long lineno = 0, hits = 0;
	regmatch_t m[1];

	while (fgets(line, sizeof(line), f)) {
		size_t len = strlen(line);
		if (len && line[len - 1] == '\n')
			line[--len] = '\0';
		lineno++;
		int ok = regexec(re, line, 1, m, 0) == 0;
		if (ok == invert)
			continue;
		hits++;
		if (countonly)
			continue;
		if (onlymatch && !invert) {
			const char *s = line;
			while (regexec(re, s, 1, m,
				       s == line ? 0 : REG_NOTBOL) == 0) {
				if (m[0].rm_eo == m[0].rm_so) {
					if (!*s)
						break;
					s++;
					continue;
				}
				printf("%s%s%.*s\n", many ? name : "",
				       many ? ":" : "",
				       (int)(m[0].rm_eo - m[0].rm_so),
				       s + m[0].rm_so);
				s += m[0].rm_eo;
			}
			continue;
		}
		if (many)
			printf("%s:", name);
		if (number)
			printf("%ld:", lineno);
		printf("%s\n", line);
	}
	if (countonly)
		printf("%s%s%ld\n", many ? name : "", many ? ":" : "", hits);
	return hits;
}

int main(int argc, char *argv[])
{
	int c, flags = 0, err;
	long hits = 0;
	regex_t re;
	char msg[128];

	while ((c = getopt(argc, argv, "Eivnco")) != -1) {
		switch (c) {
		case 'E':
			flags |= REG_EXTENDED;
			break;
		case 'i':
			flags |= REG_ICASE;
			break;
		case 'v':
			invert = 1;
			break;
		case 'n':
			number = 1;
			break;
		case 'c':
			countonly = 1;
			break;
		case 'o':
			onlymatch = 1;
			break;
		default:
			return 2;
		}
	}
	if (optind >= argc) {
		fprintf(stderr, "usage: rgrep [-Eivnco] pattern [file...]\n");
		return 2;
	}
	if ((err = regcomp(&re, argv[optind++], flags)) != 0) {
		regerror(err, &re, msg, sizeof(msg));
		fprintf(stderr, "rgrep: %s\n", msg);
		return 2;
	}
	if (optind == argc)
		hits = search(&re, stdin, "(standard input)", 0);
	for (int i = optind; i < argc; i++) {
		FILE *f = fopen(argv[i], "r");
		if (f == NULL) {
			perror(argv[i]);
			continue;
		}
		hits += search(&re, f, argv[i], argc - optind > 1);
		fclose(f);
	}
	regfree(&re);
	return hits ? 0 : 1;
}
