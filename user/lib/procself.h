/* Finding the calling process in the process table (clock.c). */
#ifndef PROCSELF_H
#define PROCSELF_H

#include <kestrel.h>

/* Fills *pi with the calling process's entry; 0, or -1 (errno set) if it
 * is not found. Remembers the slot, so later calls take one look. */
int __procinfo_self(struct procinfo *pi);

#endif
