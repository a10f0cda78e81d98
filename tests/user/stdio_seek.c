// fseek, ftell, rewind, fgetpos and fsetpos on a file on the disk, with
// output still buffered, input read ahead and a byte pushed back by
// ungetc; ESPIPE on a pipe, EINVAL for a bad whence or a negative
// position.
// disk: yes
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	FILE *f = fopen("/tmp/seek.txt", "w+");
	char buf[16];
	fpos_t pos;
	int fds[2];
	FILE *p;

	check(f != NULL, "fopen w+");
	fputs("0123456789abcdef", f);
	check(ftell(f) == 16, "ftell counts buffered output: %ld", ftell(f));
	check(fseek(f, 4, SEEK_SET) == 0 && fgetc(f) == '4',
	      "fseek back over buffered output, then read");
	check(ftell(f) == 5, "ftell after one read: %ld", ftell(f));
	check(ungetc('X', f) == 'X' && ftell(f) == 4,
	      "ungetc moves the position back: %ld", ftell(f));
	check(fgetc(f) == 'X' && fgetc(f) == '5', "the pushed-back byte first");
	check(fseek(f, 2, SEEK_CUR) == 0 && fgetc(f) == '8',
	      "SEEK_CUR counts what was read ahead");
	check(fseek(f, -3, SEEK_END) == 0 && fgetc(f) == 'd', "SEEK_END");
	check(fgetc(f) == 'e' && fgetc(f) == 'f' && fgetc(f) == EOF && feof(f),
	      "end of file");
	check(fseek(f, 0, SEEK_CUR) == 0 && !feof(f), "fseek clears EOF");
	check(fgetpos(f, &pos) == 0 && pos == 16, "fgetpos");
	rewind(f);
	check(ftell(f) == 0 && fread(buf, 1, 3, f) == 3 &&
		      memcmp(buf, "012", 3) == 0,
	      "rewind");
	check(fsetpos(f, &pos) == 0 && ftell(f) == 16, "fsetpos");
	fputs("gh", f);
	check(fseek(f, 10, SEEK_SET) == 0 && fread(buf, 1, 8, f) == 8 &&
		      memcmp(buf, "abcdefgh", 8) == 0,
	      "a write after fsetpos lands at the end");
	errno = 0;
	check(fseek(f, 0, 42) == -1 && errno == EINVAL, "bad whence: EINVAL");
	errno = 0;
	check(fseek(f, -100, SEEK_CUR) == -1 && errno == EINVAL,
	      "before the start: EINVAL");
	fclose(f);
	check(pipe(fds) == 0 && (p = fdopen(fds[0], "r")) != NULL, "a pipe");
	errno = 0;
	check(ftell(p) == -1 && errno == ESPIPE, "ftell on a pipe: ESPIPE");
	errno = 0;
	check(fseek(p, 0, SEEK_SET) == -1 && errno == ESPIPE,
	      "fseek on a pipe: ESPIPE");
	check(unlink("/tmp/seek.txt") == 0, "unlink");
	check_done();
	return 0;
}
