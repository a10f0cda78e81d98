/*
 * Anonymous memory mappings on the heap (<sys/mman.h>): each is a
 * page-aligned block from memalign, zeroed, kept on a list so munmap
 * can tell a mapping's start from any other address.
 */
#include <errno.h>
#include <malloc.h>
#include <string.h>
#include <sys/mman.h>

#define PAGE_SIZE 4096

struct mapping {
	void *addr;
	size_t len; /* rounded up to whole pages */
	struct mapping *next;
};

static struct mapping *mappings;

/* See <sys/mman.h>. */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	struct mapping *m;

	(void)addr; /* a hint only, without MAP_FIXED */
	if (len == 0 || (flags & MAP_FIXED) ||
	    (flags & (MAP_SHARED | MAP_PRIVATE)) != MAP_PRIVATE ||
	    (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) ||
	    off % PAGE_SIZE != 0) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	if (!(flags & MAP_ANONYMOUS)) {
		errno = fd < 0 ? EBADF : ENODEV; /* no file can be mapped */
		return MAP_FAILED;
	}
	if (len > 0x40000000 || (m = malloc(sizeof(*m))) == NULL) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	m->len = (len + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
	if ((m->addr = memalign(PAGE_SIZE, m->len)) == NULL) {
		free(m);
		errno = ENOMEM;
		return MAP_FAILED;
	}
	memset(m->addr, 0, m->len);
	m->next = mappings;
	mappings = m;
	return m->addr;
}

/* Takes back the whole mapping at addr: 0, or EINVAL if addr does not
 * start one or len is 0 or larger than it. */
int munmap(void *addr, size_t len)
{
	for (struct mapping **pp = &mappings; *pp != NULL; pp = &(*pp)->next) {
		struct mapping *m = *pp;

		if (m->addr != addr)
			continue;
		if (len == 0 || len > m->len)
			break;
		*pp = m->next;
		free(m->addr);
		free(m);
		return 0;
	}
	errno = EINVAL;
	return -1;
}

/* The heap is readable and writable and nothing else can be made of it. */
int mprotect(void *addr, size_t len, int prot)
{
	(void)len;
	if ((unsigned long)addr % PAGE_SIZE != 0) {
		errno = EINVAL;
		return -1;
	}
	if (prot != (PROT_READ | PROT_WRITE)) {
		errno = ENOTSUP;
		return -1;
	}
	return 0;
}

/* An anonymous mapping has no file to write back. */
int msync(void *addr, size_t len, int flags)
{
	(void)len;
	if ((unsigned long)addr % PAGE_SIZE != 0 ||
	    (flags & (MS_SYNC | MS_ASYNC)) == (MS_SYNC | MS_ASYNC)) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}
