/*
 * ext2 inodes in memory, as xv6's inode cache: a table of NINODE inodes,
 * one copy of each in use, with reference counts and sleep-locks; the
 * mapping of a file's logical blocks to disk blocks through the direct,
 * single, double and triple indirect pointers; reading, writing and
 * truncating file data. Allocation is ext2.c's, names are dir.c's.
 *
 * The kernel is not preempted in the middle of a system call, so the
 * table itself needs no lock: only what may sleep on the disk (the
 * inode's fields and its blocks) is guarded, by the inode's sleep-lock.
 */
#include "buf.h"
#include "defs.h"
#include "fs.h"
#include "kestrel/errno.h"
#include "param.h"
#include "proc.h"
#include "vm.h"

#define FILE_MAX  0x7fffffffu /* st_size is 32 bits, signed */
#define ATIME_LAG (24 * 3600) /* relatime: atime is written this stale */

static struct inode itable[NINODE];
static const char zeros[512]; /* what a hole reads as */

static void free_past(struct inode *ip, uint32_t keep);
static uint32_t blocks_for(uint32_t size);

/*
 * Returns the in-memory inode for inum with a new reference, without
 * reading it (ilock does). NULL if the table is full.
 */
struct inode *iget(uint32_t inum)
{
	struct inode *empty = NULL;

	for (struct inode *ip = itable; ip < &itable[NINODE]; ip++) {
		if (ip->ref > 0 && ip->inum == inum) {
			ip->ref++;
			return ip;
		}
		if (empty == NULL && ip->ref == 0)
			empty = ip;
	}
	if (empty == NULL)
		return NULL;
	empty->inum = inum;
	empty->ref = 1;
	empty->valid = 0;
	empty->locked = 0;
	return empty;
}

/* Adds a reference to ip and returns it. */
struct inode *idup(struct inode *ip)
{
	ip->ref++;
	return ip;
}

/* The number of inodes in use (for the leak checks). */
int inode_count(void)
{
	int n = 0;

	for (struct inode *ip = itable; ip < &itable[NINODE]; ip++)
		n += ip->ref > 0;
	return n;
}

/* Copies inode ip's on-disk copy in; 0, or -EIO for a free inode. */
static int iread(struct inode *ip)
{
	uint32_t bno, off;
	struct buf *b;

	if (ext2_inode_loc(ip->inum, &bno, &off) < 0 ||
	    (b = ext2_bread(bno)) == NULL)
		return -EIO;
	memcpy(&ip->d, b->data + off, sizeof(ip->d));
	brelse(b);
	if (ip->d.i_links_count == 0 || (ip->d.i_mode & S_IFMT) == 0) {
		kprintf("ext2: inode %u is in use but free on the disk\n",
			ip->inum);
		return -EIO;
	}
	ip->valid = 1;
	return 0;
}

/*
 * Takes ip's sleep-lock, reading it from the disk the first time.
 * Returns 0, or -EIO (damage, or a disk error: then it is not locked).
 */
int ilock(struct inode *ip)
{
	int r = 0;

	if (ip == NULL || ip->ref < 1)
		panic("ilock: unreferenced inode");
	intr_push();
	while (ip->locked)
		sleep(ip);
	ip->locked = 1;
	intr_pop();
	if (!ip->valid && (r = iread(ip)) < 0)
		iunlock(ip);
	return r;
}

/* Releases ip's sleep-lock. */
void iunlock(struct inode *ip)
{
	if (!ip->locked)
		panic("iunlock: inode %u not locked", ip->inum);
	intr_push();
	ip->locked = 0;
	wakeup(ip);
	intr_pop();
}

/* Writes ip's in-memory copy (locked) to the disk; 0 or -EIO. */
int iupdate(struct inode *ip)
{
	uint32_t bno, off;
	struct buf *b;
	int r;

	if (ext2_inode_loc(ip->inum, &bno, &off) < 0 ||
	    (b = ext2_bread(bno)) == NULL)
		return -EIO;
	memcpy(b->data + off, &ip->d, sizeof(ip->d));
	r = bwrite(b);
	brelse(b);
	return r;
}

/* Sets the times named by what (T_ATIME, T_MTIME, T_CTIME) to now. */
void itouch(struct inode *ip, int what)
{
	uint32_t now = ext2_now();

	if (what & T_ATIME)
		ip->d.i_atime = now;
	if (what & T_MTIME)
		ip->d.i_mtime = now;
	if (what & T_CTIME)
		ip->d.i_ctime = now;
}

/* Frees ip's extended-attribute block, or drops its reference to it. */
static void xattr_drop(struct inode *ip)
{
	uint32_t bno = ip->d.i_file_acl;
	struct ext2_xattr_header *h;
	struct buf *b;

	ip->d.i_file_acl = 0;
	if (bno == 0 || !ext2_block_ok(bno) || (b = ext2_bread(bno)) == NULL)
		return;
	h = (struct ext2_xattr_header *)b->data;
	if (h->h_magic == EXT2_XATTR_MAGIC && h->h_refcount > 1) {
		h->h_refcount--;
		bwrite(b);
		brelse(b);
		return;
	}
	brelse(b);
	ext2_bfree(bno);
	ip->d.i_blocks -= ext2_bsize() / SECTOR_SIZE;
}

/*
 * Frees an inode with no links left: its blocks, then the inode. Its
 * slot stops answering to the number first: once the bitmap says the
 * number is free, a new file may get it while this one is still held.
 */
static void ifree(struct inode *ip)
{
	int isdir = S_ISDIR(ip->d.i_mode);
	uint32_t inum = ip->inum;

	itrunc(ip, 0);
	xattr_drop(ip);
	ip->d.i_dtime = ext2_now();
	iupdate(ip);
	ip->inum = 0;
	ip->valid = 0;
	ext2_ifree(inum, isdir);
	ext2_counts_flush();
}

/*
 * Drops a reference to ip (unlocked). The last reference to an inode
 * with no links (unlinked while open) frees it on the disk.
 */
void iput(struct inode *ip)
{
	if (ip->ref < 1)
		panic("iput: unreferenced inode");
	if (ip->ref == 1 && ip->valid && ip->d.i_links_count == 0 &&
	    ilock(ip) == 0) {
		/* No one else can reach it: no name leads to it. */
		ifree(ip);
		iunlock(ip);
	}
	ip->ref--;
}

/* iunlock, then iput. */
void iunlockput(struct inode *ip)
{
	iunlock(ip);
	iput(ip);
}

/*
 * Allocates a new inode of type and permissions mode near group goal,
 * cleared on the disk, with one link count unset (the caller links it).
 * Returns 0 with *ipp locked and referenced, or -ENOSPC, -ENFILE, -EIO.
 */
int inode_create(uint32_t goal, uint16_t mode, struct inode **ipp)
{
	uint32_t inum, bno, off;
	struct inode *ip = NULL;
	struct buf *b = NULL;
	int r;

	if ((r = ext2_ialloc(goal, S_ISDIR(mode), &inum)) < 0)
		return r;
	if (ext2_inode_loc(inum, &bno, &off) < 0 ||
	    (b = ext2_bread(bno)) == NULL || (ip = iget(inum)) == NULL ||
	    ip->ref > 1) {
		/* The table is full, or the disk failed or is damaged (a
		 * free inode in use: its bitmap is wrong). */
		r = ip == NULL && b != NULL ? -ENFILE : -EIO;
		if (b)
			brelse(b);
		if (ip)
			iput(ip);
		ext2_ifree(inum, S_ISDIR(mode));
		ext2_counts_flush();
		return r;
	}
	memset(b->data + off, 0, ext2_inode_size());
	r = bwrite(b);
	brelse(b);
	ip->locked = 1; /* a new slot: no one else can hold it */
	memset(&ip->d, 0, sizeof(ip->d));
	ip->d.i_mode = mode;
	itouch(ip, T_ATIME | T_MTIME | T_CTIME);
	ip->valid = 1;
	ext2_counts_flush();
	*ipp = ip;
	return r;
}

/*
 * The path from the inode to logical block lbn: the i_block slot to
 * start at, then one index per level of indirection. Returns the number
 * of levels (0 for a direct block), or -EFBIG past the triple indirect.
 */
static int bmap_path(uint32_t lbn, uint32_t *top, uint32_t idx[3])
{
	uint32_t per = ext2_bsize() / 4;

	if (lbn < EXT2_NDIR_BLOCKS) {
		*top = lbn;
		return 0;
	}
	lbn -= EXT2_NDIR_BLOCKS;
	if (lbn < per) {
		*top = EXT2_IND_BLOCK;
		idx[0] = lbn;
		return 1;
	}
	lbn -= per;
	if (lbn < per * per) {
		*top = EXT2_DIND_BLOCK;
		idx[0] = lbn / per;
		idx[1] = lbn % per;
		return 2;
	}
	lbn -= per * per;
	if (lbn / per / per < per) {
		*top = EXT2_TIND_BLOCK;
		idx[0] = lbn / per / per;
		idx[1] = lbn / per % per;
		idx[2] = lbn % per;
		return 3;
	}
	return -EFBIG;
}

/*
 * Allocates a block for ip near its inode; an indirect block is cleared
 * on the disk. Counts it in i_blocks. Returns 0 or -ENOSPC, -EIO.
 */
static int block_new(struct inode *ip, int indirect, uint32_t *bno)
{
	struct buf *b;
	int r;

	if ((r = ext2_balloc(ext2_inode_group(ip->inum), bno)) < 0)
		return r;
	if (indirect) {
		if ((b = bzero_get(EXT2_DEV, *bno, ext2_bsize())) == NULL ||
		    bwrite(b) < 0) {
			if (b)
				brelse(b);
			ext2_bfree(*bno);
			return -EIO;
		}
		brelse(b);
	}
	ip->d.i_blocks += ext2_bsize() / SECTOR_SIZE;
	return 0;
}

/*
 * Finds the disk block of ip's logical block lbn (ip locked): *bno is 0
 * for a hole, unless alloc, which fills it (and *fresh says the data
 * block is new, its contents undefined). A pointer outside the file
 * system is damage: -EIO. Returns 0, -EFBIG, -ENOSPC or -EIO.
 */
int ibmap(struct inode *ip, uint32_t lbn, int alloc, uint32_t *bno, int *fresh)
{
	uint32_t top, idx[3], *slot, blk;
	int depth = bmap_path(lbn, &top, idx), r = 0;
	struct buf *b = NULL;

	if (depth < 0)
		return depth;
	slot = &ip->d.i_block[top];
	*fresh = 0;
	for (int level = 0;; level++) {
		blk = *slot;
		if (blk == 0 && !alloc) {
			*bno = 0;
			break;
		}
		if (blk == 0) {
			if ((r = block_new(ip, level < depth, &blk)) < 0)
				break;
			*slot = blk;
			*fresh = level == depth;
			if (b && (r = bwrite(b)) < 0)
				break;
		} else if (!ext2_block_ok(blk)) {
			kprintf("ext2: inode %u: bad block number %u\n",
				ip->inum, blk);
			r = -EIO;
			break;
		}
		if (level == depth) {
			*bno = blk;
			break;
		}
		if (b)
			brelse(b);
		if ((b = ext2_bread(blk)) == NULL) {
			r = -EIO;
			break;
		}
		slot = (uint32_t *)b->data + idx[level];
	}
	if (b)
		brelse(b);
	return r;
}

/* Copies n bytes to dst, a user address if user, else a kernel one. */
static int copy_to(int user, uint32_t dst, const void *src, uint32_t n)
{
	if (user)
		return copyout(dst, src, n);
	memcpy((void *)dst, src, n);
	return 0;
}

/* Copies n bytes from src, a user address if user, else a kernel one. */
static int copy_from(int user, void *dst, uint32_t src, uint32_t n)
{
	if (user)
		return copyin(dst, src, n);
	memcpy(dst, (const void *)src, n);
	return 0;
}

/* Copies n bytes of a hole (zeros) to dst. */
static int copy_zeros(int user, uint32_t dst, uint32_t n)
{
	for (uint32_t k = 0; k < n; k += sizeof(zeros)) {
		uint32_t m = n - k < sizeof(zeros) ? n - k : sizeof(zeros);
		if (copy_to(user, dst + k, zeros, m) < 0)
			return -EFAULT;
	}
	return 0;
}

/* Notes a read in atime, written only when stale (as Linux's relatime). */
static void read_touch(struct inode *ip)
{
	uint32_t now = ext2_now();

	if (ip->d.i_atime < ip->d.i_mtime || ip->d.i_atime < ip->d.i_ctime ||
	    now - ip->d.i_atime > ATIME_LAG) {
		ip->d.i_atime = now;
		iupdate(ip);
	}
}

/*
 * Reads up to n bytes at off of ip (locked) into dst (a user address if
 * user). Returns the count (0 at the end), -EFAULT or -EIO. A long read
 * gives way at the end of its time slice and stops if the process dies.
 */
int readi(struct inode *ip, int user, uint32_t dst, uint32_t off, uint32_t n)
{
	uint32_t bsize = ext2_bsize(), done = 0, m, bno;
	struct buf *b;
	int fresh, r = 0;

	if (off >= ip->d.i_size)
		return 0;
	if (n > ip->d.i_size - off)
		n = ip->d.i_size - off;
	while (done < n) {
		if (done > 0 && user && proc_preempt_point() < 0)
			break;
		m = bsize - off % bsize;
		if (m > n - done)
			m = n - done;
		if ((r = ibmap(ip, off / bsize, 0, &bno, &fresh)) < 0)
			break;
		if (bno == 0) {
			r = copy_zeros(user, dst + done, m);
		} else if ((b = ext2_bread(bno)) == NULL) {
			r = -EIO;
		} else {
			r = copy_to(user, dst + done, b->data + off % bsize, m);
			brelse(b);
		}
		if (r < 0)
			break;
		done += m;
		off += m;
	}
	if (done > 0 && user)
		read_touch(ip);
	return done > 0 ? (int)done : r;
}

/* Writes m bytes from src into ip's block lbn at byte boff. */
static int write_block(struct inode *ip, int user, uint32_t src, uint32_t lbn,
		       uint32_t boff, uint32_t m)
{
	uint32_t bsize = ext2_bsize(), bno;
	struct buf *b;
	int fresh, r;

	if ((r = ibmap(ip, lbn, 1, &bno, &fresh)) < 0)
		return r;
	if (fresh || m == bsize)
		b = bzero_get(EXT2_DEV, bno, bsize);
	else
		b = ext2_bread(bno);
	if (b == NULL)
		return -EIO;
	if ((r = copy_from(user, b->data + boff, src, m)) == 0)
		r = bwrite(b);
	else if (!fresh)
		b->flags &= ~B_VALID; /* the copy in memory is half written */
	if (r < 0 && fresh)
		bwrite(b); /* a new block holds zeros, not old data */
	brelse(b);
	return r;
}

/*
 * Writes n bytes from src (a user address if user) at off of ip
 * (locked), growing it; a write past the end leaves a hole. Returns the
 * count, or -EFBIG, -ENOSPC, -EFAULT, -EIO if nothing was written.
 */
int writei(struct inode *ip, int user, uint32_t src, uint32_t off, uint32_t n)
{
	uint32_t bsize = ext2_bsize(), done = 0, m;
	int r = 0;

	if (off > FILE_MAX || n > FILE_MAX - off)
		return -EFBIG;
	while (done < n) {
		if (done > 0 && user && proc_preempt_point() < 0)
			break;
		m = bsize - off % bsize;
		if (m > n - done)
			m = n - done;
		r = write_block(ip, user, src + done, off / bsize, off % bsize,
				m);
		if (r < 0)
			break;
		done += m;
		off += m;
		if (off > ip->d.i_size)
			ip->d.i_size = off;
	}
	if (done > 0)
		itouch(ip, T_MTIME | T_CTIME);
	if (r < 0)
		free_past(ip, blocks_for(ip->d.i_size)); /* none past the end */
	if (iupdate(ip) < 0 && r == 0)
		r = -EIO;
	ext2_counts_flush();
	return done > 0 ? (int)done : r;
}

/*
 * Frees the blocks of the subtree at *slot (level 0: a data block; 1, 2,
 * 3: indirect) that map logical blocks at or past keep; the subtree maps
 * from logical block base on. Clears *slot when it frees the block.
 * Returns 1 if it changed *slot.
 */
static int trunc_tree(struct inode *ip, uint32_t *slot, int level,
		      uint32_t base, uint32_t keep)
{
	uint32_t per = ext2_bsize() / 4, span = 1, blk = *slot, *p;
	int changed = 0;
	struct buf *b;

	if (blk == 0)
		return 0;
	if (!ext2_block_ok(blk)) {
		kprintf("ext2: inode %u: dropping bad block number %u\n",
			ip->inum, blk);
		*slot = 0;
		return 1;
	}
	for (int i = 1; i < level; i++)
		span *= per;
	if (level > 0) {
		if ((b = ext2_bread(blk)) == NULL)
			return 0;
		p = (uint32_t *)b->data;
		for (uint32_t i = 0; i < per; i++)
			if (base + (i + 1) * span > keep)
				changed |= trunc_tree(ip, &p[i], level - 1,
						      base + i * span, keep);
		if (changed && base < keep)
			bwrite(b);
		brelse(b);
	}
	if (base < keep)
		return 0;
	ext2_bfree(blk);
	ip->d.i_blocks -= ext2_bsize() / SECTOR_SIZE;
	*slot = 0;
	return 1;
}

/* Frees ip's blocks from logical block keep on (ip locked). */
static void free_past(struct inode *ip, uint32_t keep)
{
	uint32_t per = ext2_bsize() / 4, base = EXT2_NDIR_BLOCKS;

	for (uint32_t i = 0; i < EXT2_NDIR_BLOCKS; i++)
		trunc_tree(ip, &ip->d.i_block[i], 0, i, keep);
	trunc_tree(ip, &ip->d.i_block[EXT2_IND_BLOCK], 1, base, keep);
	base += per;
	trunc_tree(ip, &ip->d.i_block[EXT2_DIND_BLOCK], 2, base, keep);
	base += per * per;
	trunc_tree(ip, &ip->d.i_block[EXT2_TIND_BLOCK], 3, base, keep);
}

/* The number of blocks that size bytes reach into. */
static uint32_t blocks_for(uint32_t size)
{
	return (uint32_t)(((uint64_t)size + ext2_bsize() - 1) / ext2_bsize());
}

/*
 * Sets ip's size (locked), freeing the blocks past it; a larger size
 * leaves a hole. The part of the last block past the size is cleared,
 * so that growing the file again reads zeros. Returns 0, -EFBIG, -EIO.
 */
int itrunc(struct inode *ip, uint32_t size)
{
	uint32_t bsize = ext2_bsize(), bno;
	struct buf *b;
	int fresh;

	if (size > FILE_MAX)
		return -EFBIG;
	free_past(ip, blocks_for(size));
	if (size % bsize && size < ip->d.i_size &&
	    ibmap(ip, size / bsize, 0, &bno, &fresh) == 0 && bno != 0 &&
	    (b = ext2_bread(bno)) != NULL) {
		memset(b->data + size % bsize, 0, bsize - size % bsize);
		bwrite(b);
		brelse(b);
	}
	ip->d.i_size = size;
	itouch(ip, T_MTIME | T_CTIME);
	ext2_counts_flush();
	return iupdate(ip);
}

/* Fills st from ip (locked). */
void stati(struct inode *ip, struct stat *st)
{
	memset(st, 0, sizeof(*st));
	st->st_dev = ST_DEV_DISK;
	st->st_ino = ip->inum;
	st->st_mode = ip->d.i_mode;
	st->st_nlink = ip->d.i_links_count;
	st->st_uid = ip->d.i_uid;
	st->st_gid = ip->d.i_gid;
	st->st_size = (int32_t)ip->d.i_size;
	st->st_blksize = ext2_bsize();
	st->st_blocks = ip->d.i_blocks;
	st->st_atime = (int32_t)ip->d.i_atime;
	st->st_mtime = (int32_t)ip->d.i_mtime;
	st->st_ctime = (int32_t)ip->d.i_ctime;
}
