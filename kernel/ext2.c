/*
 * The ext2 file system's volume: mounting (the superblock's checks, the
 * block group descriptors) and the allocation of blocks and inodes through
 * the bitmaps, with the free counts of the groups and the superblock kept
 * exact on the disk. Inodes are inode.c's, directories dir.c's.
 *
 * Everything is written through the buffer cache by the end of each
 * system call, so the disk is consistent between calls (e2fsck -fn finds
 * it clean after any of them).
 * Damage found on the disk is reported and refused with -EIO, never
 * trusted: a bad block number is not followed, a free block freed twice
 * is left alone.
 */
#include "buf.h"
#include "defs.h"
#include "ext2.h"
#include "fs.h"
#include "kestrel/errno.h"
#include "kestrel/signal.h"
#include "param.h"

static struct ext2_fs {
	int mounted;
	uint32_t bsize;	      /* bytes in a block: 1024, 2048 or 4096 */
	uint32_t ngroups;     /* block groups */
	uint32_t inode_size;  /* bytes per on-disk inode */
	uint32_t first_ino;   /* the first inode that files may use */
	uint32_t gdt_block;   /* the group descriptor table's first block */
	uint32_t sb_block;    /* the block that holds the superblock */
	uint32_t sb_offset;   /* ... and where in it */
	int filetype;	      /* directory entries carry a file type */
	struct ext2_super sb; /* the fields we use, kept current */
	struct ext2_group groups[EXT2_MAXGROUPS];
	uint8_t gdirty[EXT2_MAXGROUPS]; /* descriptors not yet written */
	int sbdirty;			/* free counts not yet written */
} fs;

/* Returns the current time in seconds since 1970, for inode times. */
uint32_t ext2_now(void)
{
	uint32_t sec, nsec;

	timer_clock(CLOCK_REALTIME, &sec, &nsec);
	return sec;
}

/* Is the disk's ext2 file system mounted? */
int ext2_mounted(void)
{
	return fs.mounted;
}

/*
 * Gives the disk up as the root, at boot, before any process holds one
 * of its inodes: when /bin/init cannot be run from it (a damaged disk),
 * the initrd becomes the root instead. Written blocks are on the disk
 * already (the cache writes through).
 */
void ext2_unmount(void)
{
	fs.mounted = 0;
}

/* The block size in bytes. */
uint32_t ext2_bsize(void)
{
	return fs.bsize;
}

/* Do directory entries hold a file type (the filetype feature)? */
int ext2_has_filetype(void)
{
	return fs.filetype;
}

/* Is bno a block of the file system past the metadata at its start? */
int ext2_block_ok(uint32_t bno)
{
	return bno > fs.sb.s_first_data_block && bno < fs.sb.s_blocks_count;
}

/* Returns a locked buffer for block bno, or NULL (a disk error). */
struct buf *ext2_bread(uint32_t bno)
{
	return bread(EXT2_DEV, bno, fs.bsize);
}

/* Why the superblock sb cannot be mounted, or NULL if it can. */
static const char *super_check(const struct ext2_super *sb, uint32_t disk)
{
	uint32_t bsize = 1024u << (sb->s_log_block_size & 7);

	if (sb->s_magic != EXT2_MAGIC)
		return "no ext2 file system (bad magic number)";
	if (sb->s_rev_level > EXT2_DYNAMIC_REV)
		return "unknown revision";
	if (sb->s_log_block_size > 2)
		return "block size is not 1024, 2048 or 4096";
	if (sb->s_feature_incompat & ~EXT2_INCOMPAT_SUPPORTED)
		return "incompatible features (journal, extents, 64-bit, ...)";
	if (sb->s_feature_ro_compat & ~EXT2_RO_COMPAT_SUPPORTED)
		return "features that we could not keep when writing";
	if (sb->s_feature_compat & EXT2_FEATURE_COMPAT_HAS_JOURNAL)
		return "a journal (ext3): mount it as ext2 only when clean";
	if (sb->s_first_data_block != (bsize == 1024 ? 1u : 0u))
		return "bad first data block";
	if (sb->s_blocks_per_group == 0 || sb->s_blocks_per_group > bsize * 8 ||
	    sb->s_inodes_per_group == 0 || sb->s_inodes_per_group > bsize * 8)
		return "bad blocks or inodes per group";
	if (sb->s_blocks_count <= sb->s_first_data_block ||
	    (uint64_t)sb->s_blocks_count * (bsize / SECTOR_SIZE) > disk)
		return "more blocks than the disk holds";
	if (sb->s_free_blocks_count > sb->s_blocks_count ||
	    sb->s_free_inodes_count > sb->s_inodes_count)
		return "bad free counts";
	return NULL;
}

/* Checks and takes the revision-dependent fields; NULL or why not. */
static const char *super_layout(const struct ext2_super *sb)
{
	uint32_t blocks = sb->s_blocks_count - sb->s_first_data_block;

	fs.bsize = 1024u << sb->s_log_block_size;
	fs.inode_size = EXT2_OLD_INODE;
	fs.first_ino = EXT2_OLD_FIRST_INO;
	if (sb->s_rev_level == EXT2_DYNAMIC_REV) {
		fs.inode_size = sb->s_inode_size;
		fs.first_ino = sb->s_first_ino;
	}
	if (fs.inode_size < EXT2_OLD_INODE || fs.inode_size > fs.bsize ||
	    (fs.inode_size & (fs.inode_size - 1)))
		return "bad inode size";
	fs.ngroups =
		(blocks + sb->s_blocks_per_group - 1) / sb->s_blocks_per_group;
	if (fs.ngroups > EXT2_MAXGROUPS)
		return "too many block groups (EXT2_MAXGROUPS)";
	if ((uint64_t)fs.ngroups * sb->s_inodes_per_group != sb->s_inodes_count)
		return "inode count does not match the groups";
	if (fs.first_ino <= EXT2_ROOT_INO || fs.first_ino > sb->s_inodes_count)
		return "bad first inode";
	fs.filetype =
		(sb->s_feature_incompat & EXT2_FEATURE_INCOMPAT_FILETYPE) != 0;
	fs.gdt_block = sb->s_first_data_block + 1;
	fs.sb_block = EXT2_SUPER_OFFSET / fs.bsize;
	fs.sb_offset = EXT2_SUPER_OFFSET % fs.bsize;
	return NULL;
}

/* Reads the group descriptors and checks that each points inside. */
static const char *groups_read(void)
{
	uint32_t per = fs.bsize / sizeof(struct ext2_group);
	uint32_t itblocks =
		(fs.sb.s_inodes_per_group * fs.inode_size + fs.bsize - 1) /
		fs.bsize;
	struct buf *b;

	for (uint32_t g = 0; g < fs.ngroups; g += per) {
		if ((b = ext2_bread(fs.gdt_block + g / per)) == NULL)
			return "cannot read the group descriptors";
		for (uint32_t i = 0; i < per && g + i < fs.ngroups; i++)
			memcpy(&fs.groups[g + i],
			       b->data + i * sizeof(struct ext2_group),
			       sizeof(struct ext2_group));
		brelse(b);
	}
	for (uint32_t g = 0; g < fs.ngroups; g++) {
		struct ext2_group *gd = &fs.groups[g];
		if (!ext2_block_ok(gd->bg_block_bitmap) ||
		    !ext2_block_ok(gd->bg_inode_bitmap) ||
		    !ext2_block_ok(gd->bg_inode_table) ||
		    gd->bg_inode_table + itblocks > fs.sb.s_blocks_count)
			return "a group descriptor points outside the disk";
		if (gd->bg_free_blocks_count > fs.sb.s_blocks_per_group ||
		    gd->bg_free_inodes_count > fs.sb.s_inodes_per_group)
			return "a group descriptor has bad free counts";
	}
	return NULL;
}

/*
 * Mounts the ext2 file system on the disk, if there is one. Returns 0, or
 * -EIO with a message saying why the disk was refused (then there is no
 * disk root). Called once at boot, with interrupts on.
 */
int ext2_mount(void)
{
	uint32_t disk = ide_nsectors();
	const char *why;
	struct buf *b;

	if (disk == 0)
		return -EIO;
	if ((b = bread(EXT2_DEV, 1, EXT2_SUPER_SIZE)) == NULL) {
		kprintf("ext2: cannot read the superblock\n");
		return -EIO;
	}
	memcpy(&fs.sb, b->data, sizeof(fs.sb));
	brelse(b);
	why = super_check(&fs.sb, disk);
	if (why == NULL)
		why = super_layout(&fs.sb);
	if (why == NULL)
		why = groups_read();
	if (why != NULL) {
		kprintf("ext2: disk refused: %s\n", why);
		return -EIO;
	}
	fs.mounted = 1;
	kprintf("ext2: %u blocks of %u bytes, %u groups, %u inodes, %u free "
		"blocks, %u free inodes\n",
		fs.sb.s_blocks_count, fs.bsize, fs.ngroups,
		fs.sb.s_inodes_count, fs.sb.s_free_blocks_count,
		fs.sb.s_free_inodes_count);
	return 0;
}

/* Notes that group g's descriptor and the superblock's counts changed. */
static void counts_changed(uint32_t g)
{
	fs.gdirty[g] = 1;
	fs.sbdirty = 1;
}

/* Writes group g's descriptor; 0 or -EIO. */
static int group_write(uint32_t g)
{
	uint32_t per = fs.bsize / sizeof(struct ext2_group);
	struct buf *b = ext2_bread(fs.gdt_block + g / per);
	int r;

	if (b == NULL)
		return -EIO;
	memcpy(b->data + (g % per) * sizeof(struct ext2_group), &fs.groups[g],
	       sizeof(struct ext2_group));
	r = bwrite(b);
	brelse(b);
	return r;
}

/*
 * Writes the group descriptors and superblock counts that changed since
 * the last call: the allocators only note changes, and each operation
 * that allocates or frees calls this once at its end, so a 1000-block
 * write costs one descriptor write, not a thousand. Returns 0 or -EIO.
 */
int ext2_counts_flush(void)
{
	struct ext2_super *sb;
	struct buf *b;
	int r = 0;

	for (uint32_t g = 0; g < fs.ngroups; g++)
		if (fs.gdirty[g]) {
			fs.gdirty[g] = 0;
			if (group_write(g) < 0)
				r = -EIO;
		}
	if (!fs.sbdirty)
		return r;
	fs.sbdirty = 0;
	if ((b = ext2_bread(fs.sb_block)) == NULL)
		return -EIO;
	sb = (struct ext2_super *)(b->data + fs.sb_offset);
	sb->s_free_blocks_count = fs.sb.s_free_blocks_count;
	sb->s_free_inodes_count = fs.sb.s_free_inodes_count;
	sb->s_wtime = ext2_now();
	if (bwrite(b) < 0)
		r = -EIO;
	brelse(b);
	return r;
}

/*
 * Finds a clear bit among the first n of bitmap block bno, sets it and
 * writes the block. Returns the bit, -ENOSPC if all are set, or -EIO.
 */
static int bitmap_take(uint32_t bno, uint32_t n)
{
	struct buf *b = ext2_bread(bno);
	int r = -ENOSPC;

	if (b == NULL)
		return -EIO;
	for (uint32_t i = 0; i < n; i++) {
		if (b->data[i / 8] == 0xff) {
			i |= 7;
			continue;
		}
		if (!(b->data[i / 8] & (1 << (i % 8)))) {
			b->data[i / 8] |= (uint8_t)(1 << (i % 8));
			r = bwrite(b) < 0 ? -EIO : (int)i;
			break;
		}
	}
	brelse(b);
	return r;
}

/* Clears bit i of bitmap block bno; -EINVAL if it was clear already. */
static int bitmap_give(uint32_t bno, uint32_t i)
{
	struct buf *b = ext2_bread(bno);
	int r;

	if (b == NULL)
		return -EIO;
	if (!(b->data[i / 8] & (1 << (i % 8)))) {
		brelse(b);
		return -EINVAL;
	}
	b->data[i / 8] &= (uint8_t) ~(1 << (i % 8));
	r = bwrite(b);
	brelse(b);
	return r;
}

/* The number of blocks in group g (the last may be short). */
static uint32_t group_blocks(uint32_t g)
{
	uint32_t left = fs.sb.s_blocks_count - fs.sb.s_first_data_block -
			g * fs.sb.s_blocks_per_group;

	return left < fs.sb.s_blocks_per_group ? left
					       : fs.sb.s_blocks_per_group;
}

/*
 * Allocates a block, searching from group goal on, and returns its number
 * in *bno. Its contents are not cleared. Returns 0, -ENOSPC or -EIO.
 */
int ext2_balloc(uint32_t goal, uint32_t *bno)
{
	for (uint32_t k = 0; k < fs.ngroups; k++) {
		uint32_t g = (goal + k) % fs.ngroups;
		struct ext2_group *gd = &fs.groups[g];
		int bit;

		if (gd->bg_free_blocks_count == 0)
			continue;
		bit = bitmap_take(gd->bg_block_bitmap, group_blocks(g));
		if (bit == -ENOSPC) {
			kprintf("ext2: group %u's free block count is wrong\n",
				g);
			continue;
		}
		if (bit < 0)
			return bit;
		gd->bg_free_blocks_count--;
		fs.sb.s_free_blocks_count--;
		*bno = fs.sb.s_first_data_block + g * fs.sb.s_blocks_per_group +
		       (uint32_t)bit;
		counts_changed(g);
		return 0;
	}
	return -ENOSPC;
}

/* Frees block bno; a bad number or a free block is reported, not freed. */
void ext2_bfree(uint32_t bno)
{
	uint32_t g, i;

	if (!ext2_block_ok(bno)) {
		kprintf("ext2: freeing bad block number %u\n", bno);
		return;
	}
	g = (bno - fs.sb.s_first_data_block) / fs.sb.s_blocks_per_group;
	i = (bno - fs.sb.s_first_data_block) % fs.sb.s_blocks_per_group;
	if (bitmap_give(fs.groups[g].bg_block_bitmap, i) < 0) {
		kprintf("ext2: freeing free block %u\n", bno);
		return;
	}
	fs.groups[g].bg_free_blocks_count++;
	fs.sb.s_free_blocks_count++;
	counts_changed(g);
}

/* The group an inode or block belongs to (the allocators' goal). */
uint32_t ext2_inode_group(uint32_t inum)
{
	return (inum - 1) / fs.sb.s_inodes_per_group;
}

/*
 * Allocates an inode, from group goal on, and returns its number in
 * *inum; isdir counts it among the group's directories. The caller fills
 * the on-disk inode. Returns 0, -ENOSPC or -EIO.
 */
int ext2_ialloc(uint32_t goal, int isdir, uint32_t *inum)
{
	for (uint32_t k = 0; k < fs.ngroups; k++) {
		uint32_t g = (goal + k) % fs.ngroups;
		struct ext2_group *gd = &fs.groups[g];
		int bit;

		if (gd->bg_free_inodes_count == 0)
			continue;
		bit = bitmap_take(gd->bg_inode_bitmap,
				  fs.sb.s_inodes_per_group);
		if (bit == -ENOSPC) {
			kprintf("ext2: group %u's free inode count is wrong\n",
				g);
			continue;
		}
		if (bit < 0)
			return bit;
		*inum = g * fs.sb.s_inodes_per_group + (uint32_t)bit + 1;
		if (*inum < fs.first_ino) {
			/* A reserved inode not marked used: leave it so. */
			kprintf("ext2: reserved inode %u was free\n", *inum);
			k--;
			continue;
		}
		gd->bg_free_inodes_count--;
		fs.sb.s_free_inodes_count--;
		if (isdir)
			gd->bg_used_dirs_count++;
		counts_changed(g);
		return 0;
	}
	return -ENOSPC;
}

/* Frees inode inum (a directory if isdir) in the bitmap and the counts. */
void ext2_ifree(uint32_t inum, int isdir)
{
	uint32_t g = ext2_inode_group(inum);
	uint32_t i = (inum - 1) % fs.sb.s_inodes_per_group;

	if (bitmap_give(fs.groups[g].bg_inode_bitmap, i) < 0) {
		kprintf("ext2: freeing free inode %u\n", inum);
		return;
	}
	fs.groups[g].bg_free_inodes_count++;
	fs.sb.s_free_inodes_count++;
	if (isdir && fs.groups[g].bg_used_dirs_count > 0)
		fs.groups[g].bg_used_dirs_count--;
	counts_changed(g);
}

/*
 * Where inode inum lives: its block and byte offset in it. Returns 0, or
 * -EIO for a number outside the file system.
 */
int ext2_inode_loc(uint32_t inum, uint32_t *bno, uint32_t *off)
{
	uint32_t g, i, byte;

	if (inum == 0 || inum > fs.sb.s_inodes_count)
		return -EIO;
	g = ext2_inode_group(inum);
	i = (inum - 1) % fs.sb.s_inodes_per_group;
	byte = i * fs.inode_size;
	*bno = fs.groups[g].bg_inode_table + byte / fs.bsize;
	*off = byte % fs.bsize;
	return 0;
}

/* The bytes of each on-disk inode. */
uint32_t ext2_inode_size(void)
{
	return fs.inode_size;
}

/* Fills in the volume's sizes and free counts (for df). */
void ext2_statfs(struct kstatfs *st)
{
	memset(st, 0, sizeof(*st));
	if (!fs.mounted)
		return;
	st->f_bsize = fs.bsize;
	st->f_blocks = fs.sb.s_blocks_count;
	st->f_bfree = fs.sb.s_free_blocks_count;
	st->f_files = fs.sb.s_inodes_count;
	st->f_ffree = fs.sb.s_free_inodes_count;
}
