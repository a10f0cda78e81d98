// Big files: 4 MiB written and read back through the single and double
// indirect blocks, then a sparse file of 100 MiB whose last block lies
// past the double indirect range of 1 KiB blocks (triple indirect);
// truncation frees every block (statfs counts them back).
// disk: 48M/1024
// timeout: 120
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <fcntl.h>
#include <kestrel.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

#define BIG  (4 << 20)
#define HUGE (100 << 20)

static unsigned buf[1024];

/* Fills buf with the words that belong at byte offset off. */
static void pattern(unsigned off)
{
	for (unsigned i = 0; i < 1024; i++)
		buf[i] = off / 4 + i;
}

static int ok_pattern(unsigned off)
{
	for (unsigned i = 0; i < 1024; i++)
		if (buf[i] != off / 4 + i)
			return 0;
	return 1;
}

int main(void)
{
	struct kstatfs before, after;
	struct stat st;
	int fd, ok = 1;

	statfs("/", &before);
	fd = open("/home/big", O_RDWR | O_CREAT | O_TRUNC, 0644);
	for (unsigned off = 0; off < BIG && ok; off += sizeof(buf)) {
		pattern(off);
		ok = write(fd, buf, sizeof(buf)) == sizeof(buf);
	}
	check(ok, "4 MiB written");
	check(fstat(fd, &st) == 0 && st.st_size == BIG &&
		      st.st_blocks > BIG / 512,
	      "4 MiB, with indirect blocks counted: %u sectors", st.st_blocks);
	lseek(fd, 0, SEEK_SET);
	for (unsigned off = 0; off < BIG && ok; off += sizeof(buf))
		ok = read(fd, buf, sizeof(buf)) == sizeof(buf) &&
		     ok_pattern(off);
	check(ok, "4 MiB read back");
	check(lseek(fd, HUGE - 4096, SEEK_SET) == HUGE - 4096, "lseek far");
	pattern(HUGE - 4096);
	check(write(fd, buf, sizeof(buf)) == sizeof(buf),
	      "a block at 100 MiB - 4 KiB");
	check(fstat(fd, &st) == 0 && st.st_size == HUGE, "size 100 MiB");
	memset(buf, 0xff, sizeof(buf));
	check(lseek(fd, 50 << 20, SEEK_SET) == 50 << 20 &&
		      read(fd, buf, sizeof(buf)) == sizeof(buf) &&
		      buf[0] == 0 && buf[1023] == 0,
	      "the hole in between reads as zeros");
	check(lseek(fd, HUGE - 4096, SEEK_SET) > 0 &&
		      read(fd, buf, sizeof(buf)) == sizeof(buf) &&
		      ok_pattern(HUGE - 4096) && read(fd, buf, 1) == 0,
	      "the last block reads back, then end of file");
	check(ftruncate(fd, BIG / 2) == 0 && lseek(fd, BIG / 2 - 4096, 0) > 0 &&
		      read(fd, buf, sizeof(buf)) == sizeof(buf) &&
		      ok_pattern(BIG / 2 - 4096),
	      "truncated to 2 MiB: the data below stays");
	check(ftruncate(fd, 0) == 0 && fstat(fd, &st) == 0 && st.st_blocks == 0,
	      "truncated to 0: no blocks");
	close(fd);
	unlink("/home/big");
	statfs("/", &after);
	check(after.f_bfree == before.f_bfree, "free blocks back: %u of %u",
	      after.f_bfree, before.f_bfree);
	return check_done();
}
