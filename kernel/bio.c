/*
 * The buffer cache: NBUF block buffers between the file system and the
 * disk driver (ide.c). It keeps one copy of each disk block in memory, so
 * that every process sees the same data; hands each buffer to one process
 * at a time (a sleep-lock: the holder may sleep on the disk); and reuses
 * the least recently used free buffer for a block it does not hold.
 *
 * Writes go through: bwrite returns when the block is on the disk (in its
 * cache: ide_flush, for fsync and sync, empties that). A write-back cache
 * would be faster; write-through keeps the disk consistent after every
 * call, which makes a crash or a student's power-off harmless, and leaves
 * fsync almost nothing to do.
 *
 * The list and the counts are changed only in system calls (never from an
 * interrupt handler), with interrupts masked around each change and each
 * sleep.
 */
#include "buf.h"
#include "defs.h"
#include "kestrel/errno.h"
#include "param.h"

static struct buf bufs[NBUF];
static struct buf lru; /* list head: lru.next most recent, lru.prev least */
static uint32_t nhits, nmisses;

/* Puts b at the front (most recently used) of the list. */
static void lru_front(struct buf *b)
{
	b->next = lru.next;
	b->prev = &lru;
	lru.next->prev = b;
	lru.next = b;
}

static void lru_unlink(struct buf *b)
{
	b->next->prev = b->prev;
	b->prev->next = b->next;
}

/*
 * Links every buffer into the list. With a disk attached their memory is
 * taken now, so that the cache filling up later is not counted as a
 * leak; without one it comes on first use (the self-tests).
 */
void bio_init(void)
{
	lru.next = lru.prev = &lru;
	for (struct buf *b = bufs; b < bufs + NBUF; b++) {
		lru_front(b);
		if (ide_nsectors() > 0)
			b->data = kalloc();
	}
}

/* Waits for b's lock and takes it (interrupts masked). */
static void lock(struct buf *b)
{
	while (b->locked)
		sleep(b);
	b->locked = 1;
}

/*
 * Returns the buffer for (dev, blockno), locked, with a reference: the
 * cached one, or the least recently used free buffer taken over for it
 * (not yet valid). Sleeps while every buffer is in use. NULL only if a
 * buffer's memory cannot be had.
 */
static struct buf *bget(uint32_t dev, uint32_t blockno, uint32_t size)
{
	struct buf *b;

	intr_push();
	for (;;) {
		for (b = lru.next; b != &lru; b = b->next)
			if (b->dev == dev && b->blockno == blockno &&
			    b->size == size && b->data) {
				b->refcnt++;
				nhits++;
				lock(b);
				intr_pop();
				return b;
			}
		for (b = lru.prev; b != &lru; b = b->prev)
			if (b->refcnt == 0 && !b->locked)
				break;
		if (b != &lru)
			break;
		sleep(&lru); /* every buffer is held: wait for a brelse */
	}
	nmisses++;
	b->dev = dev;
	b->blockno = blockno;
	b->size = size;
	b->flags = 0;
	b->refcnt = 1;
	b->locked = 1;
	intr_pop();
	if (b->data == NULL && (b->data = kalloc()) == NULL) {
		brelse(b);
		return NULL;
	}
	return b;
}

/*
 * Returns a locked buffer holding block blockno (of size bytes) of dev,
 * read from the disk unless cached; NULL on a disk error (-EIO) or when
 * memory runs out. Release it with brelse.
 */
struct buf *bread(uint32_t dev, uint32_t blockno, uint32_t size)
{
	struct buf *b = bget(dev, blockno, size);

	if (b == NULL)
		return NULL;
	if (!(b->flags & B_VALID) && ide_rw(b) < 0) {
		b->flags &= ~B_VALID;
		brelse(b);
		return NULL;
	}
	return b;
}

/*
 * Returns a locked buffer for block blockno of dev filled with zeros,
 * without reading the disk: for a block just allocated, which the caller
 * fills and writes. NULL when memory runs out. Release it with brelse.
 */
struct buf *bzero_get(uint32_t dev, uint32_t blockno, uint32_t size)
{
	struct buf *b = bget(dev, blockno, size);

	if (b == NULL)
		return NULL;
	memset(b->data, 0, size);
	b->flags |= B_VALID;
	return b;
}

/* Writes b (locked) to the disk; returns 0 or -EIO. */
int bwrite(struct buf *b)
{
	if (!b->locked)
		panic("bwrite: buffer not locked");
	b->flags |= B_DIRTY;
	if (ide_rw(b) < 0) {
		/* The disk and the cache may now differ: forget the copy. */
		b->flags &= ~(B_VALID | B_DIRTY);
		return -EIO;
	}
	return 0;
}

/* Unlocks b and drops the caller's reference. */
void brelse(struct buf *b)
{
	if (!b->locked)
		panic("brelse: buffer not locked");
	intr_push();
	b->locked = 0;
	if (--b->refcnt == 0) {
		lru_unlink(b);
		lru_front(b);
		wakeup(&lru);
	}
	wakeup(b);
	intr_pop();
}

/* Cache hits and misses since boot (df, the tests). */
void bio_stats(uint32_t *hits, uint32_t *misses)
{
	*hits = nhits;
	*misses = nmisses;
}
