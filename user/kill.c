/*
 * kill: sends a signal to processes. "kill PID..." sends SIGTERM; a first
 * argument -9, -KILL or -SIGKILL chooses another signal.
 */
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The signal named by s ("9", "KILL" or "SIGKILL"), or 0 if none. */
static int parse_signal(const char *s)
{
	if (isdigit(*s)) {
		int sig = atoi(s);

		return sig > 0 && sig < NSIG ? sig : 0;
	}
	if (strncmp(s, "SIG", 3) == 0)
		s += 3;
	for (int sig = 1; sig < NSIG; sig++) {
		const char *name = signame(sig);

		if (name[3] != '?' && strcmp(name + 3, s) == 0)
			return sig;
	}
	return 0;
}

/* The pid in s, or 0 if s is not a whole positive number. */
static int parse_pid(const char *s)
{
	char *end;
	long pid = strtol(s, &end, 10);

	return *s != 0 && *end == 0 && pid > 0 ? (int)pid : 0;
}

int main(int argc, char *argv[])
{
	int sig = SIGTERM, first = 1, status = 0;

	if (argc > 1 && argv[1][0] == '-') {
		sig = parse_signal(argv[1] + 1);
		if (sig == 0) {
			fprintf(stderr, "kill: %s: unknown signal\n", argv[1]);
			return 1;
		}
		first = 2;
	}
	if (first >= argc) {
		fprintf(stderr, "usage: kill [-SIGNAL] PID...\n");
		return 1;
	}
	for (int i = first; i < argc; i++) {
		int pid = parse_pid(argv[i]);

		if (pid == 0)
			errno = EINVAL;
		if (pid == 0 || kill(pid, sig) < 0) {
			fprintf(stderr, "kill: %s: %s\n", argv[i],
				strerror(errno));
			status = 1;
		}
	}
	return status;
}
