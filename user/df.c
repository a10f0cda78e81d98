/* df [PATH]: the size and free space of the file system holding PATH. */
#include <errno.h>
#include <kestrel.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char *argv[])
{
	const char *path = argc > 1 ? argv[1] : "/";
	struct kstatfs st;
	unsigned kb;

	if (statfs(path, &st) < 0) {
		fprintf(stderr, "df: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (st.f_readonly) {
		printf("%s: the initrd (read-only)\n", path);
		return 0;
	}
	kb = st.f_bsize / 1024;
	printf("%-10s %10s %10s %10s %8s %8s\n", "fs", "KiB", "used", "free",
	       "inodes", "ifree");
	printf("%-10s %10u %10u %10u %8u %8u\n", "ext2", st.f_blocks * kb,
	       (st.f_blocks - st.f_bfree) * kb, st.f_bfree * kb, st.f_files,
	       st.f_ffree);
	return 0;
}
