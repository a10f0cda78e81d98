// A 64 MiB sparse file: its last bytes lie past the double indirect range
// of 1 KiB blocks. With an argument, reads that file (tests/test_ext2.py
// gives one made on the host); without, makes one itself first.
// disk: 16M/1024
// expect: exit 0
// expect-output: ^size 67108864, last bytes 'THE END\\n', zeros before: yes$
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SIZE (64 << 20)

int main(int argc, char *argv[])
{
	const char *path = argc > 1 ? argv[1] : "/tmp/huge";
	char tail[9] = {0}, before[4096];
	struct stat st;
	int fd, zeros = 1;

	if (argc == 1) {
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		lseek(fd, SIZE - 8, SEEK_SET);
		write(fd, "THE END\n", 8);
		close(fd);
	}
	if ((fd = open(path, O_RDONLY)) < 0 || fstat(fd, &st) < 0)
		return 1;
	lseek(fd, SIZE - 8 - sizeof(before), SEEK_SET);
	read(fd, before, sizeof(before));
	read(fd, tail, 8);
	for (unsigned i = 0; i < sizeof(before); i++)
		zeros &= before[i] == 0;
	printf("size %d, last bytes '%s', zeros before: %s\n", st.st_size,
	       strcmp(tail, "THE END\n") == 0 ? "THE END\\n" : tail,
	       zeros ? "yes" : "no");
	return 0;
}
