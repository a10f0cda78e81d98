/*
 * Searching tables (user/lib/search.c): one hash table (hcreate,
 * hsearch, hdestroy), binary search trees (tsearch and its kin; the
 * tree is not balanced, so sorted input makes it a list), linear search
 * (lsearch, lfind) and doubly linked queues (insque, remque).
 */
#ifndef _SEARCH_H
#define _SEARCH_H

#include <stddef.h>

typedef struct entry {
	char *key;
	void *data;
} ENTRY;

typedef enum { FIND, ENTER } ACTION;
typedef enum { preorder, postorder, endorder, leaf } VISIT;

/* Makes the table, for at least n entries (it never grows); 0 if there
 * is no memory or a table exists already. */
int hcreate(size_t n);
void hdestroy(void);
/* The entry with item.key; with ENTER, adds item if there is none.
 * NULL if not found (FIND) or the table is full (ENTER, ENOMEM). */
ENTRY *hsearch(ENTRY item, ACTION action);

void *tsearch(const void *key, void **rootp,
	      int (*compar)(const void *, const void *));
void *tfind(const void *key, void *const *rootp,
	    int (*compar)(const void *, const void *));
void *tdelete(const void *key, void **rootp,
	      int (*compar)(const void *, const void *));
void twalk(const void *root,
	   void (*action)(const void *node, VISIT v, int depth));
void tdestroy(void *root, void (*free_key)(void *key));

void *lsearch(const void *key, void *base, size_t *n, size_t size,
	      int (*compar)(const void *, const void *));
void *lfind(const void *key, const void *base, size_t *n, size_t size,
	    int (*compar)(const void *, const void *));

void insque(void *elem, void *prev);
void remque(void *elem);

#endif
