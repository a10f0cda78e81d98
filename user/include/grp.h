/*
 * The group database, /etc/group: NAME:x:GID:MEMBER,MEMBER...
 * (user/lib/pwd.c). Static entries, as <pwd.h>'s.
 */
#ifndef _GRP_H
#define _GRP_H

#include <sys/types.h>

#define GROUP_PATH    "/etc/group"
#define GROUP_MEMBERS 16 /* members of a group that are listed */

struct group {
	char *gr_name;
	char *gr_passwd;
	gid_t gr_gid;
	char **gr_mem; /* NULL-terminated list of member names */
};

struct group *getgrnam(const char *name);
struct group *getgrgid(gid_t gid);
/* Sets the caller's supplementary groups (root only) to every group that
 * lists user as a member, and gid. 0 or -1. */
int initgroups(const char *user, gid_t gid);

#endif
