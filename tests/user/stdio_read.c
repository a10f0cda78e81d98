// Reading files through FILE streams: getline over /etc/lines.txt (an
// empty line, a 1500-byte line longer than the buffer, a last line with
// no newline), fgets cutting the long line, fgetc and ungetc, fread of
// /bin/hello in chunks of 1, 7, 1000 and 5000 bytes against read(), EOF
// and error indicators, fopen's and fdopen's errors, freopen on stdin.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

#define LONG_LINE 1500

/* The 1500-byte line: "0000 0001 ... 0299 ". */
static int is_long_line(const char *s)
{
	char want[8];

	for (int i = 0; i < 300; i++) {
		snprintf(want, sizeof(want), "%04d ", i);
		if (memcmp(s + 5 * i, want, 5) != 0)
			return 0;
	}
	return 1;
}

static void lines(void)
{
	static const int want_len[] = {6, 1, LONG_LINE + 1, 18, 21};
	FILE *f = fopen("/etc/lines.txt", "r");
	char *line = NULL;
	size_t size = 0;
	ssize_t n;
	int i = 0;

	if (!check(f != NULL, "fopen /etc/lines.txt"))
		return;
	while ((n = getline(&line, &size, f)) != -1) {
		check(i < 5 && n == want_len[i] && (size_t)n == strlen(line),
		      "getline %d: %d bytes (want %d)", i, (int)n,
		      i < 5 ? want_len[i] : -1);
		if (i == 2)
			check(is_long_line(line) && line[LONG_LINE] == '\n',
			      "the long line is whole");
		i++;
	}
	check(i == 5 && strcmp(line, "no newline at the end") == 0,
	      "5 lines, the last without its newline: \"%s\"", line);
	check(feof(f) && !ferror(f), "feof after the last line, no error");
	check(getline(&line, &size, f) == -1 && fgetc(f) == EOF,
	      "still end of file");
	free(line);
	check(fclose(f) == 0, "fclose");
}

static void pieces(void)
{
	FILE *f = fopen("/etc/lines.txt", "r");
	char buf[100];
	int c, n = 0;

	if (!check(f != NULL, "fopen again"))
		return;
	c = fgetc(f);
	check(c == 'f' && ungetc('F', f) == 'F' && fgetc(f) == 'F' &&
		      fgetc(f) == 'i',
	      "fgetc, ungetc a different byte, read it back");
	check(ungetc(EOF, f) == EOF && fgetc(f) == 'r',
	      "ungetc(EOF) changes nothing");
	check(fgets(buf, sizeof(buf), f) != NULL && strcmp(buf, "st\n") == 0,
	      "fgets takes the rest of the line with its newline");
	check(fgets(buf, sizeof(buf), f) != NULL && strcmp(buf, "\n") == 0,
	      "fgets of the empty line");
	while (fgets(buf, sizeof(buf), f) != NULL && strchr(buf, '\n') == NULL)
		n += strlen(buf);
	check(n == 15 * 99 && strcmp(buf, "0297 0298 0299 \n") == 0,
	      "fgets cut the long line into 15 pieces of 99 bytes and the "
	      "last 16 (%d, \"%s\")",
	      n, buf);
	check(fgets(buf, 1, f) == buf && buf[0] == 0,
	      "fgets with room for the NUL only");
	fclose(f);
	f = fopen("/etc/lines.txt", "r");
	check(f != NULL && ungetc('x', f) == 'x' && fgetc(f) == 'x' &&
		      fgetc(f) == 'f',
	      "ungetc before the first read");
	fclose(f);
}

/* Reads /bin/hello with fread in chunks of size and compares with want. */
static void chunks(const char *want, int total, size_t size)
{
	FILE *f = fopen("/bin/hello", "rb");
	char *got = malloc(total + 5000);
	size_t n, sum = 0;

	if (f == NULL || got == NULL) {
		check(0, "fopen /bin/hello, malloc");
		return;
	}
	while ((n = fread(got + sum, 1, size, f)) > 0)
		sum += n;
	check(sum == (size_t)total && memcmp(got, want, total) == 0 && feof(f),
	      "fread in chunks of %d: %d bytes, the same as read()", (int)size,
	      (int)sum);
	fclose(f);
	free(got);
}

static void binary(void)
{
	static char want[200000];
	int fd = open("/bin/hello", O_RDONLY), n, total = 0;

	while ((n = read(fd, want + total, sizeof(want) - total)) > 0)
		total += n;
	close(fd);
	check(total > 5000, "/bin/hello has %d bytes", total);
	chunks(want, total, 1);
	chunks(want, total, 7);
	chunks(want, total, 1000);
	chunks(want, total, 5000);
}

static void errors(void)
{
	FILE *f;
	int fd;

	errno = 0;
	check(fopen("/etc/nonexistent", "r") == NULL && errno == ENOENT,
	      "fopen of a missing file: ENOENT (%s)", errname(errno));
	check(fopen("/etc/lines.txt", "w") == NULL && errno == EROFS,
	      "fopen \"w\" of the initrd: EROFS (%s)", errname(errno));
	check(fopen("/etc/lines.txt", "a") == NULL && errno == EROFS,
	      "fopen \"a\": EROFS (%s)", errname(errno));
	check(fopen("/etc/lines.txt", "r+") == NULL && errno == EROFS,
	      "fopen \"r+\": EROFS (%s)", errname(errno));
	check(fopen("/etc/lines.txt", "x") == NULL && errno == EINVAL,
	      "fopen with a bad mode: EINVAL (%s)", errname(errno));
	check(fdopen(42, "r") == NULL && errno == EBADF,
	      "fdopen of a closed descriptor: EBADF (%s)", errname(errno));
	fd = open("/etc/lines.txt", O_RDONLY);
	check(fdopen(fd, "w") == NULL && errno == EINVAL,
	      "fdopen \"w\" of a read-only descriptor: EINVAL (%s)",
	      errname(errno));
	f = fdopen(fd, "r");
	check(f != NULL && fileno(f) == fd && fgetc(f) == 'f',
	      "fdopen \"r\" reads, fileno gives the descriptor");
	errno = 0;
	check(fputc('x', f) == EOF && ferror(f) && errno == EBADF,
	      "fputc on a read-only stream: EOF, the error indicator, EBADF");
	clearerr(f);
	check(!ferror(f) && !feof(f), "clearerr");
	check(fclose(f) == 0 && close(fd) == -1 && errno == EBADF,
	      "fclose closed the descriptor");
	check(setvbuf(stdout, NULL, 3, 0) != 0, "setvbuf with a bad mode");
}

static void reopen(void)
{
	char buf[16];

	check(freopen("/etc/numbers.txt", "r", stdin) == stdin &&
		      fileno(stdin) == 0,
	      "freopen /etc/numbers.txt as stdin, still descriptor 0");
	check(getchar() == '1' && getchar() == '\n' &&
		      fgets(buf, sizeof(buf), stdin) != NULL &&
		      strcmp(buf, "2\n") == 0,
	      "getchar and fgets read it");
}

int main(void)
{
	lines();
	pieces();
	binary();
	errors();
	reopen();
	return check_done();
}
