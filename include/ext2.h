/*
 * The ext2 file system's on-disk formats, as the Linux documentation and
 * e2fsprogs define them: the superblock, block group descriptors, inodes
 * and directory entries. All fields are little-endian, as is the CPU.
 * ext2.c, inode.c and dir.c read and write them; nothing else does.
 */
#ifndef EXT2_H
#define EXT2_H

#include <stdint.h>

#define EXT2_SUPER_OFFSET  1024 /* bytes from the start of the disk */
#define EXT2_SUPER_SIZE	   1024
#define EXT2_MAGIC	   0xef53
#define EXT2_DYNAMIC_REV   1 /* variable inode size, feature flags */
#define EXT2_GOOD_OLD_REV  0 /* 128-byte inodes, first inode 11 */
#define EXT2_OLD_INODE	   128
#define EXT2_OLD_FIRST_INO 11
#define EXT2_ROOT_INO	   2
#define EXT2_VALID_FS	   1 /* s_state: unmounted cleanly */

/* Features a kernel may ignore (compat), must know to mount at all
 * (incompat), or must know to write (ro_compat). */
#define EXT2_FEATURE_COMPAT_HAS_JOURNAL	  0x0004
#define EXT2_FEATURE_INCOMPAT_FILETYPE	  0x0002 /* dirents hold a type */
#define EXT2_FEATURE_RO_COMPAT_SPARSE	  0x0001 /* fewer backup supers */
#define EXT2_FEATURE_RO_COMPAT_LARGE_FILE 0x0002 /* i_size_high used */
#define EXT2_INCOMPAT_SUPPORTED		  EXT2_FEATURE_INCOMPAT_FILETYPE
#define EXT2_RO_COMPAT_SUPPORTED                                               \
	(EXT2_FEATURE_RO_COMPAT_SPARSE | EXT2_FEATURE_RO_COMPAT_LARGE_FILE)

/* The superblock's first fields (it is 1024 bytes; the rest is unused). */
struct ext2_super {
	uint32_t s_inodes_count;
	uint32_t s_blocks_count;
	uint32_t s_r_blocks_count;
	uint32_t s_free_blocks_count;
	uint32_t s_free_inodes_count;
	uint32_t s_first_data_block; /* the superblock's block: 1 or 0 */
	uint32_t s_log_block_size;   /* block size = 1024 << this */
	uint32_t s_log_frag_size;
	uint32_t s_blocks_per_group;
	uint32_t s_frags_per_group;
	uint32_t s_inodes_per_group;
	uint32_t s_mtime;
	uint32_t s_wtime;
	uint16_t s_mnt_count;
	uint16_t s_max_mnt_count;
	uint16_t s_magic;
	uint16_t s_state;
	uint16_t s_errors;
	uint16_t s_minor_rev_level;
	uint32_t s_lastcheck;
	uint32_t s_checkinterval;
	uint32_t s_creator_os;
	uint32_t s_rev_level;
	uint16_t s_def_resuid;
	uint16_t s_def_resgid;
	uint32_t s_first_ino; /* the first inode files may use */
	uint16_t s_inode_size;
	uint16_t s_block_group_nr;
	uint32_t s_feature_compat;
	uint32_t s_feature_incompat;
	uint32_t s_feature_ro_compat;
};

/* One block group's descriptor; the table follows the superblock. */
struct ext2_group {
	uint32_t bg_block_bitmap;
	uint32_t bg_inode_bitmap;
	uint32_t bg_inode_table;
	uint16_t bg_free_blocks_count;
	uint16_t bg_free_inodes_count;
	uint16_t bg_used_dirs_count;
	uint16_t bg_pad;
	uint32_t bg_reserved[3];
};

#define EXT2_NDIR_BLOCKS 12 /* i_block[0..11]: direct */
#define EXT2_IND_BLOCK	 12 /* then one single, double, triple indirect */
#define EXT2_DIND_BLOCK	 13
#define EXT2_TIND_BLOCK	 14
#define EXT2_N_BLOCKS	 15
#define EXT2_INDEX_FL	 0x1000 /* a hashed directory (we keep it linear) */

/* An inode's first 128 bytes (larger inodes keep more after them). */
struct ext2_inode {
	uint16_t i_mode;
	uint16_t i_uid;
	uint32_t i_size;
	uint32_t i_atime;
	uint32_t i_ctime;
	uint32_t i_mtime;
	uint32_t i_dtime; /* when it was freed */
	uint16_t i_gid;
	uint16_t i_links_count;
	uint32_t i_blocks; /* 512-byte sectors held, indirect blocks too */
	uint32_t i_flags;
	uint32_t i_osd1;
	uint32_t i_block[EXT2_N_BLOCKS];
	uint32_t i_generation;
	uint32_t i_file_acl; /* an extended-attribute block, or 0 */
	uint32_t i_size_high;
	uint32_t i_faddr;
	uint8_t i_osd2[12];
};

_Static_assert(sizeof(struct ext2_inode) == EXT2_OLD_INODE,
	       "the on-disk inode is 128 bytes");

/* The header of an extended-attribute block: shared by reference count. */
struct ext2_xattr_header {
	uint32_t h_magic; /* 0xea020000 */
	uint32_t h_refcount;
};
#define EXT2_XATTR_MAGIC 0xea020000

/* A directory entry: rec_len covers it and any unused space after it. */
struct ext2_dirent {
	uint32_t inode; /* 0: unused */
	uint16_t rec_len;
	uint8_t name_len;
	uint8_t file_type; /* EXT2_FT_*, with the filetype feature; else 0 */
	char name[];
};

#define EXT2_DIRENT_HDR		 8
#define EXT2_NAME_LEN		 255
#define EXT2_DIRENT_LEN(namelen) ((EXT2_DIRENT_HDR + (namelen) + 3) & ~3u)

#define EXT2_FT_UNKNOWN 0
#define EXT2_FT_REG	1
#define EXT2_FT_DIR	2
#define EXT2_FT_CHRDEV	3
#define EXT2_FT_BLKDEV	4
#define EXT2_FT_FIFO	5
#define EXT2_FT_SOCK	6
#define EXT2_FT_SYMLINK 7

#endif
