/* The allocator's calls, as older programs include them (user/lib/malloc.c). */
#ifndef _MALLOC_H
#define _MALLOC_H

#include <stdlib.h>

/* The bytes a block from malloc can really hold (at least what was asked). */
size_t malloc_usable_size(void *p);
/* A block of n bytes whose address is a multiple of align (a power of 2). */
void *memalign(size_t align, size_t n);

#endif
