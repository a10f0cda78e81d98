/* fnmatch: shell wildcard matching of names (user/lib/fnmatch.c). */
#ifndef _FNMATCH_H
#define _FNMATCH_H

#define FNM_NOMATCH  1	  /* fnmatch's result when the name does not match */
#define FNM_NOESCAPE 0x01 /* a backslash is an ordinary character */
#define FNM_PATHNAME 0x02 /* a slash is matched only by a slash */
#define FNM_PERIOD   0x04 /* a leading period is matched only by a period */
#define FNM_CASEFOLD 0x10 /* letters of either case are equal */
#define FNM_NOSYS    (-1)

/* 0 if string matches pattern (*, ?, [...] with ranges, ! or ^ to
 * negate, and backslash escapes), else FNM_NOMATCH. */
int fnmatch(const char *pattern, const char *string, int flags);

#endif
