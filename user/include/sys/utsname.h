/* uname(): the system's name, release and machine (user/lib/sysconf.c). */
#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H

#define _UTSNAME_LENGTH 65

struct utsname {
	char sysname[_UTSNAME_LENGTH];	/* "kestrel" */
	char nodename[_UTSNAME_LENGTH]; /* gethostname()'s name */
	char release[_UTSNAME_LENGTH];	/* the kernel's version */
	char version[_UTSNAME_LENGTH];	/* how it was built */
	char machine[_UTSNAME_LENGTH];	/* "i686" */
};

/* Fills *u; always 0. */
int uname(struct utsname *u);

#endif
