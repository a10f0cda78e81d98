/*
 * ls: lists the files of the initrd with their sizes. With arguments,
 * lists only the names that start with one of them ("ls bin/" or "ls /bin").
 */
#include <kestrel.h>
#include <stdio.h>
#include <string.h>

/* Whether name starts with one of the prefixes (all names if none). */
static int wanted(const char *name, int nprefix, char *prefix[])
{
	if (nprefix == 0)
		return 1;
	for (int i = 0; i < nprefix; i++) {
		const char *p = prefix[i];

		while (*p == '/')
			p++;
		if (strncmp(name, p, strlen(p)) == 0)
			return 1;
	}
	return 0;
}

int main(int argc, char *argv[])
{
	struct dirent d;

	for (int i = 0; readdir(i, &d) == 0; i++)
		if (wanted(d.name, argc - 1, argv + 1))
			printf("%8u %s\n", d.size, d.name);
	return 0;
}
