/*
 * hexdump: shows a file in hex and as text, 16 bytes a line, in the
 * manner of hexdump -C; -s OFFSET and -n LENGTH pick a part (fseek).
 * Identical lines are squeezed into a '*'. Uses fread, fseek, ftell.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
	unsigned char buf[16], prev[16];
	long skip = 0, limit = -1, off;
	int c, squeezed = 0, have_prev = 0;
	size_t n;
	FILE *f;

	while ((c = getopt(argc, argv, "s:n:")) != -1) {
		if (c == 's')
			skip = strtol(optarg, NULL, 0);
		else if (c == 'n')
			limit = strtol(optarg, NULL, 0);
		else
			return 2;
	}
	if (optind != argc - 1) {
		fprintf(stderr, "usage: hexdump [-s off] [-n len] file\n");
		return 2;
	}
	if ((f = fopen(argv[optind], "rb")) == NULL) {
		perror(argv[optind]);
		return 1;
	}
	if (fseek(f, skip, SEEK_SET) != 0) {
		perror("fseek");
		return 1;
	}
	off = ftell(f);
	for (;;) {
		size_t want = sizeof(buf);
		if (limit >= 0 && (long)want > limit - (off - skip))
			want = (size_t)(limit - (off - skip));
		if (want == 0 || (n = fread(buf, 1, want, f)) == 0)
			break;
		if (have_prev && n == sizeof(buf) &&
		    memcmp(buf, prev, n) == 0) {
			if (!squeezed)
				printf("*\n");
			squeezed = 1;
			off += (long)n;
			continue;
		}
		squeezed = 0;
		printf("%08lx ", (unsigned long)off);
		for (size_t i = 0; i < 16; i++) {
			if (i == 8)
				putchar(' ');
			if (i < n)
				printf(" %02x", buf[i]);
			else
				printf("   ");
		}
		printf("  |");
		for (size_t i = 0; i < n; i++)
			putchar(isprint(buf[i]) ? buf[i] : '.');
		printf("|\n");
		memcpy(prev, buf, n);
		have_prev = n == sizeof(buf);
		off += (long)n;
	}
	printf("%08lx\n", (unsigned long)off);
	fclose(f);
	return 0;
}
