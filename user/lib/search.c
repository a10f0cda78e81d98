/*
 * <search.h>: the hash table is open addressing with linear probing,
 * sized to a power of two at least a quarter larger than asked; the
 * trees are plain binary search trees whose nodes start with the key
 * pointer, as POSIX's callers expect (they get a pointer to it back).
 */
#include <errno.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>

static ENTRY *htab;  /* NULL until hcreate */
static size_t hsize; /* slots, a power of two */
static size_t hused; /* slots taken */

int hcreate(size_t n)
{
	size_t size = 16;

	if (htab != NULL) {
		errno = EINVAL;
		return 0;
	}
	while (size < n + n / 4 + 1) {
		if (size > ((size_t)-1 / sizeof(ENTRY)) / 4) {
			errno = ENOMEM;
			return 0;
		}
		size *= 2;
	}
	if ((htab = calloc(size, sizeof(ENTRY))) == NULL)
		return 0;
	hsize = size;
	hused = 0;
	return 1;
}

/* The table does not own the keys or data: they stay the caller's. */
void hdestroy(void)
{
	free(htab);
	htab = NULL;
	hsize = hused = 0;
}

/* The string hash of Kernighan and Ritchie's lookup, by 31. */
static size_t hash(const char *s)
{
	size_t h = 0;

	while (*s != '\0')
		h = h * 31 + (unsigned char)*s++;
	return h;
}

ENTRY *hsearch(ENTRY item, ACTION action)
{
	size_t i;

	if (htab == NULL) {
		errno = ESRCH;
		return NULL;
	}
	for (i = hash(item.key) & (hsize - 1); htab[i].key != NULL;
	     i = (i + 1) & (hsize - 1))
		if (strcmp(htab[i].key, item.key) == 0)
			return &htab[i];
	if (action == FIND) {
		errno = ESRCH;
		return NULL;
	}
	/* Keep one slot empty, so every probe ends. */
	if (hused + 1 >= hsize) {
		errno = ENOMEM;
		return NULL;
	}
	htab[i] = item;
	hused++;
	return &htab[i];
}

struct tnode {
	const void *key; /* first: a node's address is its key's address */
	struct tnode *left, *right;
};

typedef int (*cmp_fn)(const void *, const void *);

void *tsearch(const void *key, void **rootp, cmp_fn compar)
{
	struct tnode **pp = (struct tnode **)rootp, *n;

	if (rootp == NULL)
		return NULL;
	while (*pp != NULL) {
		int c = compar(key, (*pp)->key);

		if (c == 0)
			return *pp;
		pp = c < 0 ? &(*pp)->left : &(*pp)->right;
	}
	if ((n = malloc(sizeof(*n))) == NULL)
		return NULL;
	n->key = key;
	n->left = n->right = NULL;
	*pp = n;
	return n;
}

void *tfind(const void *key, void *const *rootp, cmp_fn compar)
{
	struct tnode *n;

	if (rootp == NULL)
		return NULL;
	for (n = *rootp; n != NULL;) {
		int c = compar(key, n->key);

		if (c == 0)
			return n;
		n = c < 0 ? n->left : n->right;
	}
	return NULL;
}

/*
 * Removes key's node; returns its parent (or, as glibc does, some
 * non-NULL pointer when the root was removed), NULL if key is absent.
 */
void *tdelete(const void *key, void **rootp, cmp_fn compar)
{
	struct tnode **pp = (struct tnode **)rootp, *parent = NULL, *n, **qq;

	if (rootp == NULL || *pp == NULL)
		return NULL;
	while (*pp != NULL) {
		int c = compar(key, (*pp)->key);

		if (c == 0)
			break;
		parent = *pp;
		pp = c < 0 ? &(*pp)->left : &(*pp)->right;
	}
	if ((n = *pp) == NULL)
		return NULL;
	if (n->left == NULL) {
		*pp = n->right;
	} else if (n->right == NULL) {
		*pp = n->left;
	} else {
		/* Put the leftmost node of the right subtree in n's place. */
		for (qq = &n->right; (*qq)->left != NULL; qq = &(*qq)->left)
			;
		struct tnode *succ = *qq;

		*qq = succ->right;
		succ->left = n->left;
		succ->right = n->right;
		*pp = succ;
	}
	free(n);
	return parent != NULL ? (void *)parent : (void *)rootp;
}

static void walk(const struct tnode *n,
		 void (*action)(const void *, VISIT, int), int depth)
{
	if (n->left == NULL && n->right == NULL) {
		action(n, leaf, depth);
		return;
	}
	action(n, preorder, depth);
	if (n->left != NULL)
		walk(n->left, action, depth + 1);
	action(n, postorder, depth);
	if (n->right != NULL)
		walk(n->right, action, depth + 1);
	action(n, endorder, depth);
}

void twalk(const void *root, void (*action)(const void *, VISIT, int))
{
	if (root != NULL && action != NULL)
		walk(root, action, 0);
}

void tdestroy(void *root, void (*free_key)(void *))
{
	struct tnode *n = root;

	if (n == NULL)
		return;
	tdestroy(n->left, free_key);
	tdestroy(n->right, free_key);
	if (free_key != NULL)
		free_key((void *)n->key);
	free(n);
}

void *lfind(const void *key, const void *base, size_t *n, size_t size,
	    cmp_fn compar)
{
	const char *p = base;

	for (size_t i = 0; i < *n; i++, p += size)
		if (compar(key, p) == 0)
			return (void *)p;
	return NULL;
}

void *lsearch(const void *key, void *base, size_t *n, size_t size,
	      cmp_fn compar)
{
	void *p = lfind(key, base, n, size, compar);

	if (p != NULL)
		return p;
	p = (char *)base + *n * size;
	memcpy(p, key, size);
	(*n)++;
	return p;
}

/* What insque and remque see of an element: two links first. */
struct qelem {
	struct qelem *next, *prev;
};

void insque(void *elem, void *prev)
{
	struct qelem *e = elem, *p = prev;

	if (p == NULL) {
		e->next = e->prev = NULL;
		return;
	}
	e->next = p->next;
	e->prev = p;
	p->next = e;
	if (e->next != NULL)
		e->next->prev = e;
}

void remque(void *elem)
{
	struct qelem *e = elem;

	if (e->next != NULL)
		e->next->prev = e->prev;
	if (e->prev != NULL)
		e->prev->next = e->next;
}
