/*
 * stats: reads numbers, one or more a line, from standard input and
 * prints their count, sum, mean, standard deviation, minimum, maximum
 * and median. STATS_DIGITS in the environment sets the digits after the
 * point (default 3). Uses strtod, qsort, sqrt and printf's %f and %e.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int main(void)
{
	double *v = NULL, sum = 0, mean, var = 0, median;
	size_t n = 0, cap = 0;
	char line[512], *p, *end;
	const char *env = getenv("STATS_DIGITS");
	int digits = env ? atoi(env) : 3, bad = 0;

	while (fgets(line, sizeof(line), stdin)) {
		for (p = line;; p = end) {
			errno = 0;
			double d = strtod(p, &end);
			if (end == p)
				break;
			if (errno == ERANGE) {
				bad++;
				continue;
			}
			if (n == cap) {
				cap = cap ? 2 * cap : 16;
				v = realloc(v, cap * sizeof(*v));
				if (v == NULL) {
					perror("stats");
					return 2;
				}
			}
			v[n++] = d;
			sum += d;
		}
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p && *p != '\n')
			bad++;
	}
	if (n == 0) {
		printf("no numbers\n");
		return 1;
	}
	mean = sum / n;
	for (size_t i = 0; i < n; i++)
		var += (v[i] - mean) * (v[i] - mean);
	qsort(v, n, sizeof(*v), cmp);
	median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	printf("count  %zu\n", n);
	printf("sum    %.*f\n", digits, sum);
	printf("mean   %.*f\n", digits, mean);
	printf("stddev %.*f\n", digits, n > 1 ? sqrt(var / (n - 1)) : 0.0);
	printf("min    %.*e\n", digits, v[0]);
	printf("max    %.*e\n", digits, v[n - 1]);
	printf("median %g\n", median);
	printf("range  %10.2f|%-10.1f|%+.0f\n", v[n - 1] - v[0], floor(mean),
	       ceil(mean));
	if (bad)
		printf("%d bad fields\n", bad);
	free(v);
	return 0;
}
