/*
 * ext2 directories and path names: entries of variable length packed
 * into the directory's blocks (each entry's rec_len reaches the next, the
 * last one the block's end), looked up, added and removed in place, and
 * paths resolved one component at a time from the root or the process's
 * current directory. Blocks and inodes are inode.c's.
 *
 * Directories are kept linear: a hashed (dir_index) directory is read the
 * same way, since its index blocks look like empty entries, and loses its
 * index flag when it is changed, as e2fsck expects of a kernel without it.
 */
#include "buf.h"
#include "defs.h"
#include "fs.h"
#include "kestrel/errno.h"
#include "param.h"
#include "proc.h"

#define MAXDEPTH 256 /* getcwd: directories above before giving up */

/* getdents' d_type for each ext2 file type. */
static const uint8_t ftype_dt[] = {
	[EXT2_FT_UNKNOWN] = DT_UNKNOWN, [EXT2_FT_REG] = DT_REG,
	[EXT2_FT_DIR] = DT_DIR,		[EXT2_FT_CHRDEV] = DT_CHR,
	[EXT2_FT_BLKDEV] = DT_BLK,	[EXT2_FT_FIFO] = DT_FIFO,
	[EXT2_FT_SOCK] = DT_SOCK,	[EXT2_FT_SYMLINK] = DT_LNK,
};

/*
 * A visitor of directory entries: called for each entry in use (and each
 * empty one if the walk wants them) with its buffer, its offset in the
 * directory and the entry before it in the same block (or NULL). Returns
 * 0 to go on, > 0 to stop with that result, < 0 for an error.
 */
typedef int (*dirent_fn)(struct inode *dp, struct buf *b, uint32_t off,
			 struct ext2_dirent *de, struct ext2_dirent *prev,
			 void *arg);

/* The ext2 file type of an inode's mode. */
int ftype_of(uint16_t mode)
{
	switch (mode & S_IFMT) {
	case S_IFREG:
		return EXT2_FT_REG;
	case S_IFDIR:
		return EXT2_FT_DIR;
	case S_IFCHR:
		return EXT2_FT_CHRDEV;
	case S_IFBLK:
		return EXT2_FT_BLKDEV;
	case S_IFIFO:
		return EXT2_FT_FIFO;
	case S_IFSOCK:
		return EXT2_FT_SOCK;
	case S_IFLNK:
		return EXT2_FT_SYMLINK;
	default:
		return EXT2_FT_UNKNOWN;
	}
}

/* Is the entry at byte pos of a block of bsize bytes well formed? */
static int dirent_ok(const struct ext2_dirent *de, uint32_t pos, uint32_t bsize)
{
	return de->rec_len >= EXT2_DIRENT_HDR + 4 && de->rec_len % 4 == 0 &&
	       de->rec_len <= bsize - pos &&
	       EXT2_DIRENT_HDR + de->name_len <= de->rec_len;
}

/*
 * Calls fn on the entries of dp (locked), block by block, from byte
 * start on. Returns fn's first non-zero result, 0 when all were seen,
 * or -EIO for a damaged block (which is reported).
 */
static int dir_walk(struct inode *dp, uint32_t start, dirent_fn fn, void *arg)
{
	uint32_t bsize = ext2_bsize(), bno, pos;
	struct ext2_dirent *de, *prev;
	struct buf *b;
	int fresh, r = 0;

	for (uint32_t lbn = start / bsize; lbn < dp->d.i_size / bsize; lbn++) {
		if ((r = ibmap(dp, lbn, 0, &bno, &fresh)) < 0)
			return r;
		if (bno == 0 || (b = ext2_bread(bno)) == NULL)
			return -EIO; /* a directory has no holes */
		prev = NULL;
		for (pos = 0; pos < bsize && r == 0; pos += de->rec_len) {
			de = (struct ext2_dirent *)(b->data + pos);
			if (!dirent_ok(de, pos, bsize)) {
				kprintf("ext2: directory %u: bad entry at "
					"%u\n",
					dp->inum, lbn * bsize + pos);
				r = -EIO;
				break;
			}
			if (lbn * bsize + pos >= start)
				r = fn(dp, b, lbn * bsize + pos, de, prev, arg);
			prev = de;
		}
		brelse(b);
		if (r != 0)
			return r;
	}
	return 0;
}

/* What lookup_fn looks for, and what it found. */
struct lookup {
	const char *name;
	uint32_t len;
	uint32_t inum; /* found: the entry's inode */
	uint32_t off;  /* found: its offset */
};

static int lookup_fn(struct inode *dp, struct buf *b, uint32_t off,
		     struct ext2_dirent *de, struct ext2_dirent *prev,
		     void *arg)
{
	struct lookup *l = arg;

	(void)dp, (void)b, (void)prev;
	if (de->inode == 0 || de->name_len != l->len ||
	    memcmp(de->name, l->name, l->len) != 0)
		return 0;
	l->inum = de->inode;
	l->off = off;
	return 1;
}

/*
 * Looks name up in directory dp (locked). Returns 0 with *ipp the
 * inode, referenced and unlocked (and *poff the entry's offset, if poff),
 * or -ENOENT, -ENFILE, -EIO.
 */
int dir_lookup(struct inode *dp, const char *name, struct inode **ipp,
	       uint32_t *poff)
{
	struct lookup l = {name, strlen(name), 0, 0};
	int r = dir_walk(dp, 0, lookup_fn, &l);
	uint32_t bno, boff;

	if (r < 0)
		return r;
	if (r == 0)
		return -ENOENT;
	if (ext2_inode_loc(l.inum, &bno, &boff) < 0) {
		kprintf("ext2: directory %u: entry %s has bad inode %u\n",
			dp->inum, name, l.inum);
		return -EIO;
	}
	if ((*ipp = iget(l.inum)) == NULL)
		return -ENFILE;
	if (poff)
		*poff = l.off;
	return 0;
}

/* A directory that changes loses its hash index, and gets new times. */
static void dir_changed(struct inode *dp)
{
	dp->d.i_flags &= ~EXT2_INDEX_FL;
	itouch(dp, T_MTIME | T_CTIME);
}

/* Fills entry de (of rec_len bytes) with name and inode ip. */
static void dirent_fill(struct ext2_dirent *de, uint16_t rec_len,
			const char *name, struct inode *ip)
{
	de->inode = ip->inum;
	de->rec_len = rec_len;
	de->name_len = (uint8_t)strlen(name);
	de->file_type = ext2_has_filetype() ? ftype_of(ip->d.i_mode) : 0;
	memcpy(de->name, name, de->name_len);
}

/* What link_fn adds. */
struct link {
	const char *name;
	struct inode *ip;
};

/* Puts the new entry in the first entry with room enough after it. */
static int link_fn(struct inode *dp, struct buf *b, uint32_t off,
		   struct ext2_dirent *de, struct ext2_dirent *prev, void *arg)
{
	struct link *l = arg;
	uint32_t need = EXT2_DIRENT_LEN(strlen(l->name));
	uint32_t used = de->inode ? EXT2_DIRENT_LEN(de->name_len) : 0;
	struct ext2_dirent *ne;

	(void)dp, (void)off, (void)prev;
	if (de->rec_len < used + need)
		return 0;
	if (de->inode == 0) {
		dirent_fill(de, de->rec_len, l->name, l->ip);
	} else {
		ne = (struct ext2_dirent *)((uint8_t *)de + used);
		dirent_fill(ne, (uint16_t)(de->rec_len - used), l->name, l->ip);
		de->rec_len = (uint16_t)used;
	}
	return bwrite(b) < 0 ? -EIO : 1;
}

/* Adds a block to dp holding one entry: name for ip. */
static int dir_grow(struct inode *dp, const char *name, struct inode *ip)
{
	uint32_t bsize = ext2_bsize(), bno;
	struct buf *b;
	int fresh, r;

	if ((r = ibmap(dp, dp->d.i_size / bsize, 1, &bno, &fresh)) < 0)
		return r;
	if ((b = bzero_get(EXT2_DEV, bno, bsize)) == NULL)
		return -EIO;
	dirent_fill((struct ext2_dirent *)b->data, (uint16_t)bsize, name, ip);
	r = bwrite(b);
	brelse(b);
	dp->d.i_size += bsize;
	return r;
}

/*
 * Adds an entry name -> ip to directory dp (locked); the caller has
 * checked that name is new and counts the link. Returns 0, -ENOENT (dp
 * was removed), -ENOSPC or -EIO.
 */
int dir_link(struct inode *dp, const char *name, struct inode *ip)
{
	struct link l = {name, ip};
	int r;

	if (dp->d.i_links_count == 0)
		return -ENOENT;
	r = dir_walk(dp, 0, link_fn, &l);
	if (r == 0)
		r = dir_grow(dp, name, ip);
	if (r >= 0)
		dir_changed(dp);
	if (iupdate(dp) < 0 && r >= 0)
		r = -EIO;
	ext2_counts_flush();
	return r < 0 ? r : 0;
}

/* What unlink_fn removes: the entry name of inode inum. */
static int unlink_fn(struct inode *dp, struct buf *b, uint32_t off,
		     struct ext2_dirent *de, struct ext2_dirent *prev,
		     void *arg)
{
	struct lookup *l = arg;

	(void)dp, (void)off;
	if (de->inode == 0 || de->name_len != l->len ||
	    memcmp(de->name, l->name, l->len) != 0)
		return 0;
	if (de->inode != l->inum)
		return -ENOENT; /* replaced meanwhile */
	if (prev)
		prev->rec_len += de->rec_len;
	else
		de->inode = 0; /* the first entry of a block stays, empty */
	return bwrite(b) < 0 ? -EIO : 1;
}

/*
 * Removes the entry name of inode inum from directory dp (locked); the
 * caller counts the link. Returns 0, -ENOENT or -EIO.
 */
int dir_unlink(struct inode *dp, const char *name, uint32_t inum)
{
	struct lookup l = {name, strlen(name), inum, 0};
	int r = dir_walk(dp, 0, unlink_fn, &l);

	if (r == 0)
		return -ENOENT;
	if (r < 0)
		return r;
	dir_changed(dp);
	return iupdate(dp);
}

static int empty_fn(struct inode *dp, struct buf *b, uint32_t off,
		    struct ext2_dirent *de, struct ext2_dirent *prev, void *arg)
{
	(void)dp, (void)b, (void)off, (void)prev, (void)arg;
	if (de->inode == 0 || (de->name_len == 1 && de->name[0] == '.') ||
	    (de->name_len == 2 && de->name[0] == '.' && de->name[1] == '.'))
		return 0;
	return 1;
}

/* Returns 1 if dp (locked) holds only . and .., 0 if not, or -EIO. */
int dir_isempty(struct inode *dp)
{
	int r = dir_walk(dp, 0, empty_fn, NULL);

	return r < 0 ? r : r == 0;
}

static int dotdot_fn(struct inode *dp, struct buf *b, uint32_t off,
		     struct ext2_dirent *de, struct ext2_dirent *prev,
		     void *arg)
{
	(void)dp, (void)off, (void)prev;
	if (de->inode == 0 || de->name_len != 2 || de->name[0] != '.' ||
	    de->name[1] != '.')
		return 0;
	de->inode = *(uint32_t *)arg;
	return bwrite(b) < 0 ? -EIO : 1;
}

/* Points dp's (locked) .. at parent (rename). Returns 0 or -EIO. */
int dir_set_dotdot(struct inode *dp, uint32_t parent)
{
	int r = dir_walk(dp, 0, dotdot_fn, &parent);

	return r == 1 ? 0 : -EIO;
}

/*
 * Gives a new directory dp (locked, empty) its first block, holding .
 * and .. (parent). Returns 0, -ENOSPC or -EIO.
 */
int dir_init(struct inode *dp, uint32_t parent)
{
	uint32_t bsize = ext2_bsize(), bno;
	struct ext2_dirent *de;
	struct inode pp = {.inum = parent};
	struct buf *b;
	int fresh, r;

	if ((r = ibmap(dp, 0, 1, &bno, &fresh)) < 0)
		return r;
	if ((b = bzero_get(EXT2_DEV, bno, bsize)) == NULL)
		return -EIO;
	de = (struct ext2_dirent *)b->data;
	dirent_fill(de, EXT2_DIRENT_LEN(1), ".", dp);
	de = (struct ext2_dirent *)(b->data + de->rec_len);
	pp.d.i_mode = S_IFDIR;
	dirent_fill(de, (uint16_t)(bsize - EXT2_DIRENT_LEN(1)), "..", &pp);
	r = bwrite(b);
	brelse(b);
	dp->d.i_size = bsize;
	return r;
}

/*
 * Copies path's next component into name and returns the rest of the
 * path (slashes skipped), or NULL when there is no component left.
 * *err becomes -ENAMETOOLONG for a component over EXT2_NAME_LEN.
 */
static const char *skip_elem(const char *path, char *name, int *err)
{
	const char *s;
	uint32_t len;

	while (*path == '/')
		path++;
	if (*path == 0)
		return NULL;
	for (s = path; *path && *path != '/'; path++)
		;
	len = (uint32_t)(path - s);
	if (len > EXT2_NAME_LEN) {
		*err = -ENAMETOOLONG;
		len = EXT2_NAME_LEN;
	}
	memcpy(name, s, len);
	name[len] = 0;
	while (*path == '/')
		path++;
	return path;
}

/* The inode a path starts from: the root, or the current directory. */
static struct inode *path_start(const char *path)
{
	if (*path != '/' && curproc && curproc->cwd)
		return idup(curproc->cwd);
	return iget(EXT2_ROOT_INO);
}

/*
 * Resolves path, stopping before the last component if parent (which is
 * copied into name). Every directory on the way must let the caller
 * search it. Returns 0 with *ipp referenced and unlocked, or -ENOENT,
 * -ENOTDIR, -EACCES, -ENAMETOOLONG, -ENFILE, -EIO.
 */
static int namex(const char *path, int parent, char *name, struct inode **ipp)
{
	struct inode *ip, *next;
	int err = 0, r;

	if (*path == 0)
		return -ENOENT;
	if ((ip = path_start(path)) == NULL)
		return -ENFILE;
	while ((path = skip_elem(path, name, &err)) != NULL) {
		if (err < 0 || (r = ilock(ip)) < 0) {
			iput(ip);
			return err < 0 ? err : r;
		}
		if (!S_ISDIR(ip->d.i_mode)) {
			iunlockput(ip);
			return -ENOTDIR;
		}
		if ((r = cred_permit(ip->d.i_mode, ip->d.i_uid, ip->d.i_gid,
				     MAY_EXEC)) < 0) {
			iunlockput(ip); /* no search permission */
			return r;
		}
		if (parent && *path == 0) {
			iunlock(ip);
			*ipp = ip;
			return 0;
		}
		r = dir_lookup(ip, name, &next, NULL);
		iunlockput(ip);
		if (r < 0)
			return r;
		ip = next;
	}
	if (parent) {
		/* The path was the root: its last component is itself. */
		name[0] = '.';
		name[1] = 0;
	}
	*ipp = ip;
	return 0;
}

/*
 * Resolves path (absolute, or relative to the current directory) to its
 * inode: 0 with *ipp referenced and unlocked, or -errno. A path that
 * ends in a slash must name a directory (else -ENOTDIR).
 */
int namei(const char *path, struct inode **ipp)
{
	char name[EXT2_NAME_LEN + 1];
	size_t len = strlen(path);
	int r = namex(path, 0, name, ipp);

	if (r == 0 && len > 0 && path[len - 1] == '/') {
		if ((r = ilock(*ipp)) == 0) {
			r = S_ISDIR((*ipp)->d.i_mode) ? 0 : -ENOTDIR;
			iunlock(*ipp);
		}
		if (r < 0)
			iput(*ipp);
	}
	return r;
}

/*
 * Resolves all but the last component of path: 0 with *ipp the parent
 * directory (referenced, unlocked) and name its last component ("." for
 * the root), or -errno. name holds EXT2_NAME_LEN + 1 bytes.
 */
int namei_parent(const char *path, char *name, struct inode **ipp)
{
	return namex(path, 1, name, ipp);
}

/* What name_fn looks for: the name of inode inum, copied out. */
struct name_of {
	uint32_t inum;
	char *name;
};

static int name_fn(struct inode *dp, struct buf *b, uint32_t off,
		   struct ext2_dirent *de, struct ext2_dirent *prev, void *arg)
{
	struct name_of *n = arg;

	(void)dp, (void)b, (void)off, (void)prev;
	if (de->inode != n->inum || empty_fn(dp, b, off, de, prev, arg) == 0)
		return 0;
	memcpy(n->name, de->name, de->name_len);
	n->name[de->name_len] = 0;
	return 1;
}

/* Finds ip's parent and ip's name in it; *pp referenced, unlocked. */
static int parent_of(struct inode *ip, char *name, struct inode **pp)
{
	struct name_of n = {ip->inum, name};
	int r;

	if ((r = ilock(ip)) < 0)
		return r;
	r = dir_lookup(ip, "..", pp, NULL);
	iunlock(ip);
	if (r < 0)
		return r;
	if ((r = ilock(*pp)) == 0) {
		r = dir_walk(*pp, 0, name_fn, &n);
		iunlock(*pp);
	}
	if (r <= 0) {
		iput(*pp);
		return r < 0 ? r : -ENOENT; /* removed, or damaged */
	}
	return 0;
}

/*
 * Writes directory ip's absolute path into buf (n bytes) by climbing the
 * .. entries to the root. Returns the length, -ERANGE if it does not
 * fit, -ENOENT if a directory on the way was removed, or -EIO.
 */
int dir_path(struct inode *ip, char *buf, uint32_t n)
{
	char name[EXT2_NAME_LEN + 1];
	struct inode *cur = idup(ip), *up;
	uint32_t len = 0, k;
	int r = 0, depth;

	if (n < 2)
		return -ERANGE;
	buf[n - 1] = 0;
	for (depth = 0; cur->inum != EXT2_ROOT_INO && r == 0; depth++) {
		if (depth == MAXDEPTH) {
			r = -EIO;
			break;
		}
		if ((r = parent_of(cur, name, &up)) < 0)
			break;
		iput(cur);
		cur = up;
		k = strlen(name);
		if (len + k + 1 > n - 1) {
			r = -ERANGE;
			break;
		}
		len += k + 1;
		memcpy(buf + n - 1 - len + 1, name, k);
		buf[n - 1 - len] = '/';
	}
	iput(cur);
	if (r < 0)
		return r;
	if (len == 0)
		buf[n - 1 - ++len] = '/';
	memmove(buf, buf + n - 1 - len, len + 1);
	return (int)len;
}

/* Where dents_fn packs records, and how far it got. */
struct dents {
	char *buf;
	uint32_t n, used;
	uint32_t next; /* the offset to go on from */
};

static int dents_fn(struct inode *dp, struct buf *b, uint32_t off,
		    struct ext2_dirent *de, struct ext2_dirent *prev, void *arg)
{
	struct dents *d = arg;
	uint32_t len = (sizeof(struct kdirent) + de->name_len + 1 + 3) & ~3u;
	struct kdirent *k;

	(void)dp, (void)b, (void)prev;
	if (de->inode != 0) {
		if (d->used + len > d->n)
			return d->used == 0 ? -EINVAL : 1;
		k = (struct kdirent *)(d->buf + d->used);
		k->d_ino = de->inode;
		k->d_reclen = (uint16_t)len;
		k->d_type = ext2_has_filetype() && de->file_type <= 7
				    ? ftype_dt[de->file_type]
				    : DT_UNKNOWN;
		memcpy(k->d_name, de->name, de->name_len);
		k->d_name[de->name_len] = 0;
		d->used += len;
	}
	d->next = off + de->rec_len;
	return 0;
}

/*
 * Packs dp's (locked) entries from byte *off on into buf (n bytes) as
 * struct kdirent records, and moves *off past them. Returns the bytes
 * used (0 at the end), or -EINVAL if not even one record fits, -EIO.
 */
int dir_read(struct inode *dp, uint32_t *off, char *buf, uint32_t n)
{
	struct dents d = {buf, n, 0, *off};
	int r = dir_walk(dp, *off, dents_fn, &d);

	if (r < 0)
		return r;
	*off = d.used == 0 && r == 0 ? dp->d.i_size : d.next;
	return (int)d.used;
}
