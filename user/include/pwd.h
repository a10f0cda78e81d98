/*
 * The user database, /etc/passwd: one line per user,
 * NAME:x:UID:GID:COMMENT:HOME:SHELL (user/lib/pwd.c). Each call returns
 * a static entry that the next call overwrites, or NULL.
 */
#ifndef _PWD_H
#define _PWD_H

#include <sys/types.h>

#define PASSWD_PATH "/etc/passwd"

struct passwd {
	char *pw_name;
	char *pw_passwd; /* "x": the hash is in /etc/shadow */
	uid_t pw_uid;
	gid_t pw_gid;
	char *pw_gecos; /* a comment: the user's full name */
	char *pw_dir;	/* home directory */
	char *pw_shell; /* the program login runs */
};

struct passwd *getpwnam(const char *name);
struct passwd *getpwuid(uid_t uid);
/*
 * Prints prompt and reads one line from standard input, a byte at a
 * time (what follows the line stays unread for the next program), into
 * a static buffer without its newline. NULL at end of input. The
 * console does not echo that line (tcnoecho).
 */
char *getpass(const char *prompt);
/* Sets the supplementary groups, gid and uid of pw's user, in that
 * order (root only): what login and su do before the user's shell. */
int become_user(const struct passwd *pw);

#endif
