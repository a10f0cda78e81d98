/*
 * sleep: waits the given time, in seconds: a whole number, or with a
 * fraction (0.5), which POSIX does not ask for but scripts use. It can be
 * watched in ps or stopped and continued with ^Z, fg and bg. Says so, and
 * exits 1, if a signal cut the sleep short.
 *
 *	sleep time
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Reads "S" or "S.FFF" into *t; returns 0, or -1 if it is not that. */
static int parse_time(const char *s, struct timespec *t)
{
	long scale = 100000000;

	t->tv_sec = 0;
	t->tv_nsec = 0;
	if (!isdigit((unsigned char)*s) && *s != '.')
		return -1;
	for (; isdigit((unsigned char)*s); s++) {
		if (t->tv_sec > 100000000)
			return -1;
		t->tv_sec = t->tv_sec * 10 + *s - '0';
	}
	if (*s == '.')
		for (s++; isdigit((unsigned char)*s); s++, scale /= 10)
			t->tv_nsec += (*s - '0') * scale;
	return *s ? -1 : 0;
}

int main(int argc, char *argv[])
{
	struct timespec t;
	unsigned left;

	if (argc > 1 && strcmp(argv[1], "--") == 0) {
		argv++;
		argc--;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: sleep time\n");
		return 2;
	}
	if (parse_time(argv[1], &t) < 0) {
		fprintf(stderr, "sleep: invalid time '%s'\n", argv[1]);
		return 1;
	}
	left = sleep(t.tv_sec);
	if (left == 0 && t.tv_nsec > 0 && usleep(t.tv_nsec / 1000) < 0)
		left = 1;
	if (left > 0) {
		fprintf(stderr, "sleep: interrupted with %u s left\n", left);
		return 1;
	}
	return 0;
}
