// execv of each malformed ELF in /bad: ENOEXEC, the caller intact.
// expect: exit 0
// expect-output: ^execv\("/bad/seg_in_kernel"\) -> -1 ENOEXEC$
// expect-output: ^tried 18 listed files and \d+ from the directory$
// expect-output: ^all checks passed$
// forbid-output: FAIL
//
// A loader that gives up late (after freeing the old image or mapping
// part of the new one) must still return to the caller unharmed: we check
// a static, a heap block and a stack variable after every attempt.
#include <kestrel.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static const char *const listed[] = {
	"bad_magic",
	"bad_class",
	"bad_data",
	"bad_machine",
	"bad_type",
	"bad_phentsize",
	"phoff_past_end",
	"phnum_huge",
	"no_load_segment",
	"entry_outside",
	"seg_offset_past_end",
	"seg_filesz_huge",
	"seg_filesz_gt_memsz",
	"seg_in_kernel",
	"seg_wraps",
	"seg_memsz_huge",
	"truncated_header",
	"empty",
};
#define NLISTED ((int)(sizeof(listed) / sizeof(listed[0])))

static int magic_static = 0x5eed;
static char *heap_block;

static void try_exec(const char *path)
{
	char *av[] = {(char *)path, NULL};
	char what[96];
	volatile int on_stack = 0x57ac;
	int r;

	snprintf(what, sizeof(what), "execv(\"%s\")", path);
	r = execv(path, av);
	if (r == -1 && errno == ENOEXEC)
		printf("%s -> -1 ENOEXEC\n", what);
	else
		check_err(what, r, ENOEXEC);
	check(magic_static == 0x5eed && on_stack == 0x57ac &&
		      strcmp(heap_block, "heap intact") == 0,
	      "static, stack and heap intact after %s", what);
}

int main(void)
{
	struct initrd_dirent d;
	int from_dir = 0;

	heap_block = malloc(32);
	strcpy(heap_block, "heap intact");
	for (int i = 0; i < NLISTED; i++) {
		char path[80];

		snprintf(path, sizeof(path), "/bad/%s", listed[i]);
		try_exec(path);
	}
	/* And any file added to /bad since this test was written. */
	for (int i = 0; initrd_readdir(i, &d) == 0; i++) {
		char path[DIRENT_NAME_MAX + 2];
		int known = 0;

		if (strncmp(d.name, "bad/", 4) != 0)
			continue;
		for (int j = 0; j < NLISTED; j++)
			known |= strcmp(d.name + 4, listed[j]) == 0;
		if (known)
			continue;
		snprintf(path, sizeof(path), "/%s", d.name);
		try_exec(path);
		from_dir++;
	}
	printf("tried %d listed files and %d from the directory\n", NLISTED,
	       from_dir);
	return check_done();
}
