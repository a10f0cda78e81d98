// Tests execv of data files that are not ELF (every file in /etc): ENOEXEC
// for one with an execute bit, EACCES (checked first) for one without.
// expect: exit 0
// expect-output: ^all checks passed$
// forbid-output: FAIL
#include <kestrel.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct initrd_dirent d;
	int n = 0;

	for (int i = 0; initrd_readdir(i, &d) == 0; i++) {
		char path[DIRENT_NAME_MAX + 2], what[DIRENT_NAME_MAX + 16];
		char *av[] = {path, NULL};
		struct stat st;

		if (strncmp(d.name, "etc/", 4) != 0 || d.name[4] == 0)
			continue;
		snprintf(path, sizeof(path), "/%s", d.name);
		snprintf(what, sizeof(what), "execv(\"%s\")", path);
		if (stat(path, &st) < 0)
			st.st_mode = 0;
		check_err(what, execv(path, av),
			  (st.st_mode & 0111) ? ENOEXEC : EACCES);
		n++;
	}
	check(n > 0, "found %d data files in /etc to try", n);
	return check_done();
}
