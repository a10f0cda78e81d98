/*
 * The password hashes, /etc/shadow: NAME:HASH (<crypt.h> gives the
 * hash's form), readable by root only (user/lib/pwd.c).
 */
#ifndef _SHADOW_H
#define _SHADOW_H

#define SHADOW_PATH "/etc/shadow"

struct spwd {
	char *sp_namp; /* the user's name */
	char *sp_pwdp; /* the hash; "*" or "!": no login by password */
};

/* NULL if name has no line, or (errno set) the file cannot be read. */
struct spwd *getspnam(const char *name);

#endif
