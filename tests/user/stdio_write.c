// Output buffering, watched through a pipe whose read end does not block:
// a fully buffered stream holds its bytes until fflush or a full buffer,
// a line-buffered one until '\n', an unbuffered one writes each call at
// once and whole; stdout is line-buffered; a write error sets the error
// indicator; sprintf and asprintf. At exit the atexit functions run, last
// registered first, and then every stream is flushed: the console stream
// and stdout's unfinished line below appear only then. A child's _exit
// flushes nothing.
// expect: exit 0
// expect-output: ^all checks passed$
// expect-output: ^main, second, first$
// expect-output: ^console stream flushed at exit$
// forbid-output: FAIL
// forbid-output: lost in the child
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static int rfd; /* the pipe's read end, non-blocking */

/* What the pipe holds now (at most 4095 bytes), as a string. */
static const char *pending(void)
{
	static char buf[4096];
	int n = read(rfd, buf, sizeof(buf) - 1);

	buf[n > 0 ? n : 0] = 0;
	return buf;
}

static void modes(FILE *f)
{
	char big[BUFSIZ + 10];
	const char *p;
	int n;

	check(fputs("abc\n", f) >= 0 && *pending() == 0,
	      "fully buffered: nothing written yet");
	check(fflush(f) == 0 && strcmp(pending(), "abc\n") == 0,
	      "fflush writes it");
	memset(big, 'z', sizeof(big));
	check(fwrite(big, 1, sizeof(big), f) == sizeof(big) &&
		      strlen(pending()) == BUFSIZ,
	      "a full buffer (BUFSIZ = %d) is written by itself", BUFSIZ);
	check(fflush(f) == 0 && strlen(pending()) == 10, "the rest at fflush");
	check(setvbuf(f, NULL, _IOLBF, 0) == 0 && fputs("ab", f) >= 0 &&
		      *pending() == 0,
	      "line buffered: a part line waits");
	check(fputs("c\nd", f) >= 0 && strcmp(pending(), "abc\n") == 0,
	      "the newline writes the line");
	check(setvbuf(f, NULL, _IONBF, 0) == 0 && fputc('e', f) == 'e' &&
		      strcmp(pending(), "de") == 0,
	      "unbuffered: written at once");
	n = fprintf(f, "%d-%s", 12, "ab");
	p = pending();
	check(n == 5 && strcmp(p, "12-ab") == 0,
	      "one fprintf, one write: \"%s\"", p);
}

static void standard_out(void)
{
	int fds[2], saved = dup(1), held;
	char line[32];

	pipe(fds);
	fcntl(fds[0], F_SETFL, O_NONBLOCK);
	rfd = fds[0];
	fflush(stdout);
	dup2(fds[1], 1);
	printf("part");
	held = *pending() == 0;
	printf(" line\n");
	strcpy(line, pending());
	dup2(saved, 1);
	check(held, "stdout holds a part line");
	check(strcmp(line, "part line\n") == 0,
	      "stdout wrote it at the newline");
	close(fds[0]);
	close(fds[1]);
	close(saved);
}

static void write_error(void)
{
	FILE *f = fdopen(dup(1), "w");

	close(fileno(f));
	errno = 0;
	check(fputs("x", f) >= 0 && fflush(f) == EOF && ferror(f) &&
		      errno == EBADF,
	      "a failed write: fflush gives EOF, ferror, EBADF");
	fclose(f);
}

static void strings(void)
{
	char buf[32], *s = NULL;

	check(sprintf(buf, "%s=%05.1f", "pi", 3.14159) == 8 &&
		      strcmp(buf, "pi=003.1") == 0,
	      "sprintf: \"%s\"", buf);
	check(asprintf(&s, "%d%s", 42, "abc") == 5 && strcmp(s, "42abc") == 0,
	      "asprintf");
	free(s);
}

static void child_exit(void)
{
	int pid = fork(), st;

	if (pid == 0) {
		printf("lost in the child");
		_exit(0);
	}
	waitpid(pid, &st, 0);
	check(WIFEXITED(st), "the child called _exit");
}

static void first(void)
{
	printf("first\n");
}

static void second(void)
{
	printf(", second, ");
}

int main(void)
{
	int fds[2];
	FILE *f, *con;

	pipe(fds);
	fcntl(fds[0], F_SETFL, O_NONBLOCK);
	rfd = fds[0];
	f = fdopen(fds[1], "w");
	modes(f);
	fclose(f);
	close(fds[0]);
	standard_out();
	write_error();
	strings();
	child_exit();
	con = fopen("/dev/console", "w");
	check(con != NULL, "fopen /dev/console for writing");
	check(atexit(first) == 0 && atexit(second) == 0, "atexit twice");
	if (con != NULL)
		fputs("console stream flushed at exit\n", con);
	check_done();
	printf("main");
	return check_nfail;
}
