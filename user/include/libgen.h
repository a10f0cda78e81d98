/* POSIX's path name parts. Both may modify path and return a pointer into
 * it, or to a static string. */
#ifndef _LIBGEN_H
#define _LIBGEN_H

/* The last component of path without trailing '/'s: "lib" for
 * "/usr/lib/"; "/" for "/"; "." for NULL or "". */
char *basename(char *path);
/* path without its last component and the '/'s before it: "/usr" for
 * "/usr/lib"; "/" for "/usr" or "/"; "." for "usr", NULL or "". */
char *dirname(char *path);

#endif
