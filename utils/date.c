/*
 * date: prints the date and time (UTC: kestrel keeps no time zone), as
 * POSIX's date does: in the default format, or as +FORMAT says through
 * strftime. -u (UTC) is accepted and changes nothing. Setting the clock
 * is not offered: the kernel's wall clock is the RTC's time at boot.
 *
 *	date [-u] [+format]
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
	const char *fmt = "%a %b %e %H:%M:%S %Z %Y";
	char out[256];
	time_t now;
	int c;

	while ((c = getopt(argc, argv, "u")) != -1) {
		if (c != 'u')
			goto usage;
	}
	if (optind < argc && argv[optind][0] == '+')
		fmt = argv[optind++] + 1;
	if (optind < argc)
		goto usage;
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
usage:
	fprintf(stderr, "usage: date [-u] [+format]\n");
	return 2;
}
