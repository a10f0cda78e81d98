/*
 * date: prints the date and time (UTC: kestrel keeps no time zone), as
 * date(1) does: `date` in the default format, `date +FORMAT` through
 * strftime. -u is accepted and changes nothing.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

int main(int argc, char *argv[])
{
	const char *fmt = "%a %b %e %H:%M:%S %Z %Y";
	char out[256];
	time_t now;
	int i = 1;

	if (i < argc && strcmp(argv[i], "-u") == 0)
		i++;
	if (i < argc && argv[i][0] == '+')
		fmt = argv[i++] + 1;
	if (i < argc) {
		fprintf(stderr, "usage: date [-u] [+FORMAT]\n");
		return 1;
	}
	if (time(&now) == (time_t)-1) {
		perror("date: time");
		return 1;
	}
	if (strftime(out, sizeof(out), fmt, gmtime(&now)) == 0 && fmt[0]) {
		fprintf(stderr, "date: the date does not fit %u bytes\n",
			(unsigned)sizeof(out));
		return 1;
	}
	printf("%s\n", out);
	return 0;
}
