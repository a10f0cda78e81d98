/*
 * tee: copies standard input to standard output and to each file named,
 * truncating them first, or appending to them with -a. -i ignores ^C
 * (SIGINT). A file that cannot be opened or written is reported, and the
 * copy goes on to the others; the exit status is 1 then.
 *
 *	tee [-ai] [file...]
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAXFILES 16 /* OPEN_MAX, less standard input, output and error */

static int write_all(int fd, const char *buf, ssize_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(fd, buf, n);
		if (w < 0)
			return -1;
		buf += w;
		n -= w;
	}
	return 0;
}

int main(int argc, char *argv[])
{
	int fds[MAXFILES + 1];
	const char *names[MAXFILES + 1];
	int c, i, nfds = 1, flags = O_WRONLY | O_CREAT | O_TRUNC, status = 0;
	char buf[4096];
	ssize_t n;

	while ((c = getopt(argc, argv, "ai")) != -1) {
		switch (c) {
		case 'a':
			flags = O_WRONLY | O_CREAT | O_APPEND;
			break;
		case 'i':
			signal(SIGINT, SIG_IGN);
			break;
		default:
			fprintf(stderr, "usage: tee [-ai] [file...]\n");
			return 2;
		}
	}
	fds[0] = STDOUT_FILENO;
	names[0] = "standard output";
	for (i = optind; i < argc; i++) {
		if (nfds > MAXFILES) {
			fprintf(stderr, "tee: %s: too many files\n", argv[i]);
			status = 1;
			continue;
		}
		fds[nfds] = open(argv[i], flags, 0666);
		if (fds[nfds] < 0) {
			fprintf(stderr, "tee: %s: %s\n", argv[i],
				strerror(errno));
			status = 1;
			continue;
		}
		names[nfds++] = argv[i];
	}
	while ((n = read(STDIN_FILENO, buf, sizeof(buf))) > 0) {
		for (i = 0; i < nfds; i++) {
			if (fds[i] < 0 || write_all(fds[i], buf, n) == 0)
				continue;
			fprintf(stderr, "tee: %s: %s\n", names[i],
				strerror(errno));
			fds[i] = -1;
			status = 1;
		}
	}
	if (n < 0) {
		fprintf(stderr, "tee: read error: %s\n", strerror(errno));
		status = 1;
	}
	for (i = 1; i < nfds; i++)
		if (fds[i] >= 0 && close(fds[i]) < 0)
			status = 1;
	return status;
}
