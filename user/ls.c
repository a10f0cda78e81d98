/*
 * ls [-l] [-a] [PATH...]: lists each directory (the current one if none
 * is named), sorted by name, and names each file. -l adds the type and
 * permissions, links, owner, group, size and modification time; -a shows
 * the names that start with a dot.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define MAXENTRIES 1024 /* names listed from one directory */

static int opt_long, opt_all;

/* Writes mode as ls -l does: the type, then rwx three times. */
static void mode_string(unsigned mode, char *s)
{
	const char *rwx = "rwxrwxrwx";

	s[0] = S_ISDIR(mode)	? 'd'
	       : S_ISLNK(mode)	? 'l'
	       : S_ISCHR(mode)	? 'c'
	       : S_ISFIFO(mode) ? 'p'
				: '-';
	for (int i = 0; i < 9; i++)
		s[i + 1] = (mode & (0400 >> i)) ? rwx[i] : '-';
	s[10] = 0;
}

/* Prints one name; with -l, stats path for the details. */
static int show(const char *path, const char *name)
{
	struct stat st;
	char mode[11], when[32];
	time_t t;

	if (!opt_long) {
		printf("%s\n", name);
		return 0;
	}
	if (lstat(path, &st) < 0) {
		fprintf(stderr, "ls: %s: %s\n", path, strerror(errno));
		return 1;
	}
	mode_string(st.st_mode, mode);
	t = st.st_mtime;
	strftime(when, sizeof(when), "%Y-%m-%d %H:%M", gmtime(&t));
	printf("%s %3u %4u %4u %8d %s %s\n", mode, st.st_nlink, st.st_uid,
	       st.st_gid, st.st_size, when, name);
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts the n names in place (insertion sort: directories are small). */
static void sort_names(char **names, int n)
{
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && by_name(&names[j - 1], &names[j]) > 0;
		     j--) {
			char *t = names[j];
			names[j] = names[j - 1];
			names[j - 1] = t;
		}
}

/* Lists directory dir; returns 0, or 1 after an error. */
static int list_dir(const char *dir)
{
	static char *names[MAXENTRIES];
	char path[PATH_MAX];
	struct dirent *e;
	int n = 0, bad = 0;
	DIR *d = opendir(dir);

	if (d == NULL) {
		fprintf(stderr, "ls: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	while ((e = readdir(d)) != NULL && n < MAXENTRIES)
		if (opt_all || e->d_name[0] != '.')
			names[n++] = strdup(e->d_name);
	closedir(d);
	sort_names(names, n);
	for (int i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		bad |= show(path, names[i]);
		free(names[i]);
	}
	return bad;
}

int main(int argc, char *argv[])
{
	struct stat st;
	int i, bad = 0, many;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++)
		for (const char *o = argv[i] + 1; *o; o++) {
			if (*o == 'l')
				opt_long = 1;
			else if (*o == 'a')
				opt_all = 1;
			else {
				fprintf(stderr, "usage: ls [-la] [PATH...]\n");
				return 2;
			}
		}
	if (i == argc)
		return list_dir(".");
	many = argc - i > 1;
	for (; i < argc; i++) {
		if (stat(argv[i], &st) < 0) {
			fprintf(stderr, "ls: %s: %s\n", argv[i],
				strerror(errno));
			bad = 1;
		} else if (S_ISDIR(st.st_mode)) {
			if (many)
				printf("%s:\n", argv[i]);
			bad |= list_dir(argv[i]);
		} else {
			bad |= show(argv[i], argv[i]);
		}
	}
	return bad;
}
