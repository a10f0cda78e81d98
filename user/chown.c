/*
 * chown OWNER[:GROUP] FILE... or chown :GROUP FILE...: gives files
 * another owner or group, by name (from /etc/passwd and /etc/group) or
 * number. Only root may give a file away; its owner may change its group
 * to one of its own.
 */
#include <ctype.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A user or group by name or number; -1 if there is none. */
static long lookup(const char *s, int group)
{
	struct passwd *pw;
	struct group *gr;

	if (isdigit((unsigned char)*s))
		return strtol(s, NULL, 10);
	if (group)
		return (gr = getgrnam(s)) ? (long)gr->gr_gid : -1;
	return (pw = getpwnam(s)) ? (long)pw->pw_uid : -1;
}

int main(int argc, char *argv[])
{
	char spec[64], *colon;
	long uid = -1, gid = -1;
	int status = 0;

	if (argc < 3) {
		fprintf(stderr, "usage: chown OWNER[:GROUP] FILE...\n");
		return 2;
	}
	snprintf(spec, sizeof(spec), "%s", argv[1]);
	if ((colon = strchr(spec, ':')) != NULL) {
		*colon = 0;
		if (colon[1] && (gid = lookup(colon + 1, 1)) < 0) {
			fprintf(stderr, "chown: no group %s\n", colon + 1);
			return 1;
		}
	}
	if (spec[0] && (uid = lookup(spec, 0)) < 0) {
		fprintf(stderr, "chown: no user %s\n", spec);
		return 1;
	}
	for (int i = 2; i < argc; i++)
		if (chown(argv[i], (uid_t)uid, (gid_t)gid) < 0) {
			perror(argv[i]);
			status = 1;
		}
	return status;
}
