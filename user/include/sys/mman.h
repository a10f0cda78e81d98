/*
 * Memory mappings (user/lib/mman.c). kestrel has no mmap call; the C
 * library gives anonymous private mappings (MAP_ANONYMOUS | MAP_PRIVATE,
 * fd -1) from the heap: page-aligned and zeroed. Mapping a file, a
 * shared mapping or MAP_FIXED fail with ENODEV or EINVAL. munmap takes
 * back only a whole mapping, given by its start (else EINVAL); mprotect
 * accepts PROT_READ|PROT_WRITE (what the heap already is) and fails with
 * ENOTSUP for anything else. msync of a mapping is 0.
 */
#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#include <sys/types.h>

#define PROT_NONE  0x0
#define PROT_READ  0x1
#define PROT_WRITE 0x2
#define PROT_EXEC  0x4

#define MAP_SHARED    0x01
#define MAP_PRIVATE   0x02
#define MAP_FIXED     0x10
#define MAP_ANONYMOUS 0x20
#define MAP_ANON      MAP_ANONYMOUS

#define MAP_FAILED ((void *)-1)

#define MS_ASYNC      1
#define MS_INVALIDATE 2
#define MS_SYNC	      4

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int munmap(void *addr, size_t len);
int mprotect(void *addr, size_t len, int prot);
int msync(void *addr, size_t len, int flags);

#endif
