/*
 * The file system's in-memory side: the inode table (inode.c), the
 * volume (ext2.c), directories and path names (dir.c), and open files of
 * the disk and the initrd (fsfile.c). The on-disk formats are in ext2.h.
 */
#ifndef FS_H
#define FS_H

#include <stdint.h>
#include "ext2.h"
#include "kestrel/stat.h"

#define EXT2_DEV 0 /* the disk: the primary master */

/*
 * An inode in memory: the on-disk copy d, once valid, and who uses it.
 * ref counts the holders (open files, current directories, calls in
 * progress); the sleep-lock (locked) guards d and the file's blocks.
 */
struct inode {
	uint32_t inum;	     /* 0: a free slot */
	int ref;	     /* holders; 0: the slot may be reused */
	int locked;	     /* a process holds it (a sleep-lock) */
	int valid;	     /* d has been read from the disk */
	struct ext2_inode d; /* the disk's copy, changed in place */
};

/* ext2.c */
int ext2_mount(void);
int ext2_mounted(void);
void ext2_unmount(void);
uint32_t ext2_bsize(void);
int ext2_has_filetype(void);
int ext2_block_ok(uint32_t bno);
struct buf *ext2_bread(uint32_t bno);
uint32_t ext2_now(void);
int ext2_balloc(uint32_t goal, uint32_t *bno);
void ext2_bfree(uint32_t bno);
int ext2_ialloc(uint32_t goal, int isdir, uint32_t *inum);
void ext2_ifree(uint32_t inum, int isdir);
uint32_t ext2_inode_group(uint32_t inum);
int ext2_inode_loc(uint32_t inum, uint32_t *bno, uint32_t *off);
uint32_t ext2_inode_size(void);
int ext2_counts_flush(void);
void ext2_statfs(struct kstatfs *st);

/* inode.c */
struct inode *iget(uint32_t inum);
struct inode *idup(struct inode *ip);
int ilock(struct inode *ip);
void iunlock(struct inode *ip);
void iput(struct inode *ip);
void iunlockput(struct inode *ip);
int iupdate(struct inode *ip);
int ibmap(struct inode *ip, uint32_t lbn, int alloc, uint32_t *bno, int *fresh);
int inode_create(uint32_t goal, uint16_t mode, struct inode **ipp);
int readi(struct inode *ip, int user, uint32_t dst, uint32_t off, uint32_t n);
int writei(struct inode *ip, int user, uint32_t src, uint32_t off, uint32_t n);
int itrunc(struct inode *ip, uint32_t size);
void stati(struct inode *ip, struct stat *st);
void itouch(struct inode *ip, int what);
int inode_count(void);

#define T_ATIME 1 /* itouch: which times become now */
#define T_MTIME 2
#define T_CTIME 4

/* dir.c */
int dir_lookup(struct inode *dp, const char *name, struct inode **ipp,
	       uint32_t *poff);
int dir_link(struct inode *dp, const char *name, struct inode *ip);
int dir_unlink(struct inode *dp, const char *name, uint32_t inum);
int dir_isempty(struct inode *dp);
int dir_set_dotdot(struct inode *dp, uint32_t parent);
int dir_init(struct inode *dp, uint32_t parent);
int namei(const char *path, struct inode **ipp);
int namei_parent(const char *path, char *name, struct inode **ipp);
int dir_path(struct inode *ip, char *buf, uint32_t n);
int dir_read(struct inode *dp, uint32_t *off, char *buf, uint32_t n);
int ftype_of(uint16_t mode);

#endif
