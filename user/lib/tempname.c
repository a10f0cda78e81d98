/*
 * Names for temporary files: mkstemp and its kin make the file (or
 * directory) in the same call that picks the name; mktemp and tmpnam
 * only pick a name that no file has now, which another process may take
 * first.
 */
#include <errno.h>
#include <fcntl.h>
#include <kestrel.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Replaces the XXXXXX at the end of t with characters from the pid and a
 * counter; -1 with EINVAL if t does not end so. */
static int fill_template(char *t)
{
	static const char digits[] =
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	static unsigned count;
	size_t len = strlen(t);
	unsigned v;

	if (len < 6 || strcmp(t + len - 6, "XXXXXX") != 0) {
		errno = EINVAL;
		return -1;
	}
	v = (unsigned)getpid() * 7919u + count++ * 104729u + (unsigned)uptime();
	for (int i = 1; i <= 6; i++) {
		t[len - i] = digits[v % 62];
		v /= 62;
	}
	return 0;
}

/* See <stdlib.h>. Gives up after 100 names that were taken. */
int mkstemp(char *template)
{
	return mkostemp(template, 0);
}

int mkostemp(char *template, int flags)
{
	size_t len = strlen(template);

	for (int tries = 0; tries < 100; tries++) {
		int fd;

		if (tries > 0)
			memcpy(template + len - 6, "XXXXXX", 6);
		if (fill_template(template) < 0)
			return -1;
		fd = open(template, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	return -1;
}

char *mkdtemp(char *template)
{
	size_t len = strlen(template);

	for (int tries = 0; tries < 100; tries++) {
		if (tries > 0)
			memcpy(template + len - 6, "XXXXXX", 6);
		if (fill_template(template) < 0)
			return NULL;
		if (mkdir(template, 0700) == 0)
			return template;
		if (errno != EEXIST)
			return NULL;
	}
	return NULL;
}

/* See <stdlib.h>. */
char *mktemp(char *template)
{
	struct stat st;
	size_t len = strlen(template);

	for (int tries = 0; tries < 100; tries++) {
		if (tries > 0)
			memcpy(template + len - 6, "XXXXXX", 6);
		if (fill_template(template) < 0) {
			template[0] = '\0';
			return template;
		}
		if (stat(template, &st) < 0 && errno == ENOENT)
			return template;
	}
	template[0] = '\0';
	return template;
}

/* Tries names P_tmpdir/tmp.PID.N until one does not exist. */
char *tmpnam(char *s)
{
	static char name[L_tmpnam];
	static unsigned count;
	struct stat st;

	if (s == NULL)
		s = name;
	while (count < TMP_MAX) {
		snprintf(s, L_tmpnam, "%s/tmp.%d.%u", P_tmpdir, getpid(),
			 count++);
		if (stat(s, &st) < 0 && errno == ENOENT)
			return s;
	}
	return NULL;
}
