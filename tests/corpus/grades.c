/*
 * grades: reads "name,score" lines, keeps the names that match a regular
 * expression (-m RE), and prints them best first with the class's mean
 * and standard deviation. The title comes from $GRADES_TITLE. One
 * program that uses FILE *, getopt, regex, strtod, qsort, %f and getenv,
 * as issue 13 asks of an ordinary program.
 */
#include <errno.h>
#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct student {
	char name[40];
	double score;
};

static int best_first(const void *a, const void *b)
{
	const struct student *x = a, *y = b;

	if (x->score != y->score)
		return x->score < y->score ? 1 : -1;
	return strcmp(x->name, y->name);
}

int main(int argc, char *argv[])
{
	struct student *s = NULL;
	size_t n = 0, cap = 0;
	const char *title = getenv("GRADES_TITLE");
	char *line = NULL, *comma, *end;
	size_t len = 0;
	regex_t re;
	int c, use_re = 0;
	double sum = 0, sq = 0, mean;
	FILE *f;

	while ((c = getopt(argc, argv, "m:")) != -1) {
		if (c != 'm') {
			fprintf(stderr, "usage: grades [-m RE] FILE\n");
			return 2;
		}
		if (regcomp(&re, optarg, REG_EXTENDED | REG_NOSUB) != 0) {
			fprintf(stderr, "grades: bad expression %s\n", optarg);
			return 2;
		}
		use_re = 1;
	}
	if (optind != argc - 1) {
		fprintf(stderr, "usage: grades [-m RE] FILE\n");
		return 2;
	}
	if ((f = fopen(argv[optind], "r")) == NULL) {
		fprintf(stderr, "grades: %s: %s\n", argv[optind],
			strerror(errno));
		return 1;
	}
	while (getline(&line, &len, f) > 0) {
		line[strcspn(line, "\n")] = '\0';
		if ((comma = strchr(line, ',')) == NULL)
			continue;
		*comma = '\0';
		if (use_re && regexec(&re, line, 0, NULL, 0) != 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 8;
			s = realloc(s, cap * sizeof(*s));
			if (s == NULL)
				return 1;
		}
		snprintf(s[n].name, sizeof(s[n].name), "%s", line);
		s[n].score = strtod(comma + 1, &end);
		if (end == comma + 1)
			continue;
		sum += s[n].score;
		sq += s[n].score * s[n].score;
		n++;
	}
	free(line);
	fclose(f);
	printf("== %s ==\n", title ? title : "grades");
	if (n == 0) {
		printf("nobody\n");
		return 1;
	}
	qsort(s, n, sizeof(*s), best_first);
	for (size_t i = 0; i < n; i++)
		printf("%2zu. %-12s %6.2f %s\n", i + 1, s[i].name, s[i].score,
		       s[i].score >= 90	  ? "A"
		       : s[i].score >= 75 ? "B"
					  : "C");
	mean = sum / n;
	printf("mean %.3f, sd %.3f, n %zu\n", mean, sqrt(sq / n - mean * mean),
	       n);
	if (use_re)
		regfree(&re);
	free(s);
	return 0;
}
