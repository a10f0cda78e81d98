/*
 * A block buffer: one disk block's worth of memory in the buffer cache
 * (bio.c), and a request in the disk driver's queue (ide.c) while it is
 * being read or written.
 */
#ifndef BUF_H
#define BUF_H

#include <stdint.h>

#define SECTOR_SIZE 512
#define BSIZE_MAX   4096 /* the largest block a buffer holds: one page */

#define B_VALID	 0x1 /* data holds what the disk holds */
#define B_DIRTY	 0x2 /* data must go to the disk: a write request */
#define B_QUEUED 0x4 /* in the driver's queue, or moving now */

struct buf {
	int flags;	  /* B_* */
	uint32_t dev;	  /* the disk: 0 is the primary master */
	uint32_t blockno; /* in blocks of size bytes */
	uint32_t size;	  /* bytes: the file system's block size */
	int error;	  /* the last transfer's result: 0 or -EIO */
	int refcnt;	  /* holders; 0: may be reused for another block */
	int locked;	  /* a process holds it (a sleep-lock) */
	struct buf *prev; /* the LRU list, most recently used first */
	struct buf *next;
	struct buf *qnext; /* the next request in the driver's queue */
	uint8_t *data;	   /* BSIZE_MAX bytes, a page: DMA-safe */
};

#endif
