/*
 * The heap: malloc, free, calloc and realloc on memory from sbrk. Free
 * blocks sit on one list in address order; malloc takes the first that
 * fits, and free merges a block with free neighbours on either side.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define ALIGN	    8	       /* every block and pointer is 8-byte aligned */
#define GROW_MIN    16384      /* ask sbrk for at least this much at a time */
#define MAX_REQUEST 0x40000000 /* larger requests fail: ENOMEM */

/* Sits in front of every block, free or in use. */
struct header {
	size_t size;	     /* bytes in the block, this header included */
	struct header *next; /* next free block by address, or IN_USE */
};

/*
 * Marks a block handed out by malloc, so free can check its argument. It
 * is not 8-byte aligned, so it is never the address of a real block.
 */
#define IN_USE ((struct header *)0x75736564)
/* The smallest block worth splitting off: a header and 8 bytes. */
#define MIN_BLOCK (sizeof(struct header) + ALIGN)

static struct header *free_list; /* lowest address first */

static size_t round_up(size_t n, size_t to)
{
	return (n + to - 1) / to * to;
}

/* Puts b on the free list, merging it with the blocks next to it. */
static void insert_free(struct header *b)
{
	struct header *prev = NULL, *next = free_list;

	while (next != NULL && next < b) {
		prev = next;
		next = next->next;
	}
	b->next = next;
	if (next != NULL && (char *)b + b->size == (char *)next) {
		b->size += next->size;
		b->next = next->next;
	}
	if (prev == NULL) {
		free_list = b;
	} else if ((char *)prev + prev->size == (char *)b) {
		prev->size += b->size;
		prev->next = b->next;
	} else {
		prev->next = b;
	}
}

/* Takes a block of at least size bytes off the free list, or NULL. */
static struct header *take_first_fit(size_t size)
{
	struct header **pp, *b, *tail;

	for (pp = &free_list; (b = *pp) != NULL; pp = &b->next) {
		if (b->size < size)
			continue;
		if (b->size - size < MIN_BLOCK) {
			*pp = b->next;
			return b;
		}
		/* Hand out the tail, so b stays where it is on the list. */
		b->size -= size;
		tail = (struct header *)((char *)b + b->size);
		tail->size = size;
		return tail;
	}
	return NULL;
}

/* Gets at least size more bytes from sbrk onto the free list; 0 or -1. */
static int grow(size_t size)
{
	uintptr_t brk = (uintptr_t)sbrk(0);
	size_t pad = (ALIGN - brk % ALIGN) % ALIGN;
	size_t n = size < GROW_MIN ? GROW_MIN : round_up(size, 4096);
	struct header *b;

	if (pad != 0 && sbrk(pad) == (void *)-1)
		return -1;
	b = sbrk(n);
	if (b == (void *)-1) {
		errno = ENOMEM;
		return -1;
	}
	b->size = n;
	insert_free(b);
	return 0;
}

/* The header of p, after checking that p came from malloc and is in use. */
static struct header *checked_header(void *p, const char *who)
{
	struct header *b = (struct header *)p - 1;

	if ((uintptr_t)p % ALIGN != 0 || b->next != IN_USE ||
	    b->size < MIN_BLOCK || b->size % ALIGN != 0) {
		dprintf(2, "%s: bad pointer %p (not from malloc, or freed)\n",
			who, p);
		abort();
	}
	return b;
}

/*
 * Returns size bytes (at least 1), 8-byte aligned, or NULL with errno
 * ENOMEM if the request is too large or sbrk cannot give more memory.
 */
void *malloc(size_t size)
{
	struct header *b;

	if (size > MAX_REQUEST) {
		errno = ENOMEM;
		return NULL;
	}
	size = round_up(size + sizeof(struct header), ALIGN);
	if (size < MIN_BLOCK)
		size = MIN_BLOCK;
	while ((b = take_first_fit(size)) == NULL)
		if (grow(size) < 0)
			return NULL;
	b->next = IN_USE;
	return b + 1;
}

/* Returns p's block to the heap; p is NULL or from malloc, else abort. */
void free(void *p)
{
	if (p != NULL)
		insert_free(checked_header(p, "free"));
}

/* Returns n * size zeroed bytes, or NULL (ENOMEM) if that overflows. */
void *calloc(size_t n, size_t size)
{
	void *p;

	if (size != 0 && n > MAX_REQUEST / size) {
		errno = ENOMEM;
		return NULL;
	}
	p = malloc(n * size);
	if (p != NULL)
		memset(p, 0, n * size);
	return p;
}

/*
 * Resizes p's block to size bytes, moving it if it must grow; the old
 * contents are kept. realloc(NULL, n) is malloc(n); realloc(p, 0) frees p
 * and returns NULL. On failure p is left as it was and NULL is returned.
 */
void *realloc(void *p, size_t size)
{
	struct header *b;
	size_t have;
	void *q;

	if (p == NULL)
		return malloc(size);
	b = checked_header(p, "realloc");
	if (size == 0) {
		free(p);
		return NULL;
	}
	have = b->size - sizeof(struct header);
	if (size <= have)
		return p;
	q = malloc(size);
	if (q != NULL) {
		memcpy(q, p, have);
		free(p);
	}
	return q;
}

/* See <malloc.h>: the bytes p's block holds beyond its header; 0 for NULL. */
size_t malloc_usable_size(void *p)
{
	if (p == NULL)
		return 0;
	return checked_header(p, "malloc_usable_size")->size -
	       sizeof(struct header);
}

/*
 * See <malloc.h>. Takes a block large enough to hold an aligned one
 * with room for a free block in front, and gives that front part back
 * to the heap, so free() of the result works as for any block. NULL with
 * EINVAL if align is not a power of 2, ENOMEM if there is no memory.
 */
void *memalign(size_t align, size_t n)
{
	struct header *b, *nb;
	uintptr_t p, a;

	if (align == 0 || (align & (align - 1)) != 0) {
		errno = EINVAL;
		return NULL;
	}
	if (align <= ALIGN)
		return malloc(n);
	if (n > MAX_REQUEST || align > MAX_REQUEST) {
		errno = ENOMEM;
		return NULL;
	}
	if ((p = (uintptr_t)malloc(n + align + MIN_BLOCK)) == 0)
		return NULL;
	if (p % align == 0)
		return (void *)p;
	b = (struct header *)p - 1;
	/* At least MIN_BLOCK before a, so the front is a block of its own. */
	a = round_up(p + MIN_BLOCK, align);
	nb = (struct header *)a - 1;
	nb->size = b->size - (a - p);
	nb->next = IN_USE;
	b->size = a - p;
	insert_free(b);
	return (void *)a;
}

/* POSIX's memalign: 0, or EINVAL (align not a power of 2 times a
 * pointer's size) or ENOMEM, returned and not put in errno. */
int posix_memalign(void **out, size_t align, size_t n)
{
	int saved = errno;
	void *p;

	if (align % sizeof(void *) != 0)
		return EINVAL;
	if ((p = memalign(align, n)) == NULL) {
		int err = errno;

		errno = saved;
		return err;
	}
	*out = p;
	return 0;
}

/* C11's aligned_alloc: memalign. */
void *aligned_alloc(size_t align, size_t n)
{
	return memalign(align, n);
}

/* See <stdlib.h>. */
void *reallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(p, n * size);
}

/* memalign(page size, n). */
void *valloc(size_t n)
{
	return memalign(4096, n);
}
