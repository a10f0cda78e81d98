/*
 * Message catalogues. kestrel has none: catopen fails with ENOENT, and
 * catgets gives back the default message it is passed.
 */
#ifndef _NL_TYPES_H
#define _NL_TYPES_H

typedef int nl_item;
typedef void *nl_catd;

#define NL_SETD	      1
#define NL_CAT_LOCALE 1

nl_catd catopen(const char *name, int flag);
char *catgets(nl_catd catd, int set, int num, const char *msg);
int catclose(nl_catd catd);

#endif
