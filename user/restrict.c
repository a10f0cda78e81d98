/*
 * restrict [-k] CALLS [--] PROGRAM ARGS...: runs PROGRAM allowed only
 * the system calls named in CALLS ("read,write,open", as trace names
 * them), it and every process it starts. The list takes force at the
 * exec of PROGRAM (RESTRICT_EXEC), so restrict itself may still exec.
 * A refused call fails with EPERM, or with -k kills with SIGSYS.
 */
#include <errno.h>
#include <kestrel.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
	char path[256];
	int flags = RESTRICT_EXEC, i = 1;

	if (i < argc && strcmp(argv[i], "-k") == 0) {
		flags |= RESTRICT_KILL;
		i++;
	}
	if (i + 1 < argc && strcmp(argv[i + 1], "--") == 0)
		argv[i + 1] = argv[i], i++;
	if (i + 1 >= argc) {
		fprintf(stderr, "usage: restrict [-k] CALLS [--] PROGRAM "
				"ARGS...\n");
		return 2;
	}
	if (sysrestrict(argv[i], flags) < 0) {
		perror("restrict: sysrestrict");
		return 1;
	}
	i++;
	snprintf(path, sizeof(path), "%s%s",
		 strchr(argv[i], '/') ? "" : "/bin/", argv[i]);
	execv(path, &argv[i]);
	fprintf(stderr, "restrict: %s: %s\n", path, strerror(errno));
	return 127;
}
