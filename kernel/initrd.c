/*
 * The initial RAM disk: a cpio archive (newc format) that the boot loader
 * loads as a module. Its regular files and directories become a read-only
 * tree for open(), stat() and getdents() when no disk holds the root; the
 * archive stays where the loader put it.
 */
#include "cred.h"
#include "defs.h"
#include "file.h"
#include "kestrel/errno.h"
#include "kestrel/stat.h"
#include "memlayout.h"
#include "param.h"

#define MAXFILES   512
#define CPIO_MAGIC "070701"
#define CPIO_HDR   110 /* bytes in a newc header */
#define CPIO_MODE  1   /* the header's fields, 8 hex digits each */
#define CPIO_MTIME 5
#define CPIO_SIZE  6
#define CPIO_NAME  11

/* Entry 0 is the root directory; the rest are in the archive's order. */
static struct initrd_file ifiles[MAXFILES] = {
	{.name = "", .mode = S_IFDIR | 0555},
};
static int nfiles = 1;

/* Parses 8 hex digits; returns -1 on a bad digit. */
static int64_t hex8(const char *s)
{
	uint32_t v = 0, d;

	for (int i = 0; i < 8; i++) {
		d = (uint32_t)(unsigned char)s[i] - '0';
		if (d > 9) {
			/* A letter: 'A'-'F' and 'a'-'f' alike. */
			d = ((uint32_t)(unsigned char)s[i] | 0x20) - 'a' + 10;
			if (d < 10 || d > 15)
				return -1;
		}
		v = v * 16 + d;
	}
	return v;
}

static uint32_t align4(uint32_t x)
{
	return (x + 3) & ~3u;
}

/* Reads one header at off; returns the offset of the next, or 0 to stop. */
static uint32_t parse_entry(const char *base, uint32_t off, uint32_t size)
{
	int64_t mode, fsize, nsize, mtime;
	const char *h = base + off, *name;
	uint32_t data;

	if (size - off < CPIO_HDR || memcmp(h, CPIO_MAGIC, 6) != 0)
		return 0;
	mode = hex8(h + 6 + CPIO_MODE * 8);
	mtime = hex8(h + 6 + CPIO_MTIME * 8);
	fsize = hex8(h + 6 + CPIO_SIZE * 8);
	nsize = hex8(h + 6 + CPIO_NAME * 8);
	if (mode < 0 || mtime < 0 || fsize < 0 || nsize < 1 ||
	    nsize > size - off - CPIO_HDR)
		return 0;
	name = h + CPIO_HDR;
	if (name[nsize - 1] != 0 || strcmp(name, "TRAILER!!!") == 0)
		return 0;
	data = align4(off + CPIO_HDR + (uint32_t)nsize);
	if (data > size || (uint64_t)fsize > size - data)
		return 0;
	while (name[0] == '.' && name[1] == '/')
		name += 2;
	if ((S_ISREG(mode) || S_ISDIR(mode)) && nfiles < MAXFILES &&
	    strcmp(name, ".") != 0) {
		ifiles[nfiles].name = name;
		ifiles[nfiles].namelen = strlen(name);
		ifiles[nfiles].data = (const uint8_t *)base + data;
		ifiles[nfiles].size = S_ISDIR(mode) ? 0 : (uint32_t)fsize;
		ifiles[nfiles].mode = (uint32_t)mode;
		ifiles[nfiles].mtime = (uint32_t)mtime;
		nfiles++;
	}
	return align4(data + (uint32_t)fsize);
}

static const struct initrd_file *find(const char *path, size_t len);

/* Is the first len bytes of f's path a directory of it, or f itself? */
static int under(const struct initrd_file *f, const char *dir, size_t len)
{
	return f->namelen >= len && memcmp(f->name, dir, len) == 0 &&
	       (f->namelen == len || f->name[len] == '/');
}

/*
 * Adds the directories that an archive without directory entries only
 * implies ("bin" for "bin/sh"), with names kept in a pool of their own.
 * An archive lists a directory's files together, so a parent that the
 * entry before already lies under is known without a search: this keeps
 * the boot's cost linear in the number of files, not quadratic.
 */
static void add_parents(void)
{
	static char pool[2048];
	uint32_t used = 0;

	for (int i = 1; i < nfiles; i++)
		for (const char *s = ifiles[i].name; *s; s++) {
			size_t len = (size_t)(s - ifiles[i].name);
			if (*s != '/' ||
			    under(&ifiles[i - 1], ifiles[i].name, len) ||
			    find(ifiles[i].name, len) || nfiles == MAXFILES ||
			    used + len + 1 > sizeof(pool))
				continue;
			memcpy(pool + used, ifiles[i].name, len);
			pool[used + len] = 0;
			ifiles[nfiles].name = pool + used;
			ifiles[nfiles].namelen = len;
			ifiles[nfiles].mode = S_IFDIR | 0555;
			ifiles[nfiles].mtime = ifiles[i].mtime;
			nfiles++;
			used += len + 1;
		}
}

/* Indexes the archive at physical [start, end). */
void initrd_init(uint32_t start, uint32_t end)
{
	const char *base = P2V(start);
	uint32_t off = 0, size = end - start;

	while (off < size && (off = parse_entry(base, off, size)) != 0)
		;
	add_parents();
	kprintf("initrd: %d files, %u bytes at 0x%08x\n", nfiles, size, start);
}

/*
 * Finds an entry (a file or a directory) by its path from the root,
 * without the leading slashes ("bin/sh"; "" is the root); NULL if absent.
 */
static const struct initrd_file *find(const char *path, size_t len)
{
	for (int i = 0; i < nfiles; i++)
		if (ifiles[i].namelen == len &&
		    memcmp(ifiles[i].name, path, len) == 0)
			return &ifiles[i];
	return NULL;
}

/* Finds a file by path ("/bin/sh" or "bin/sh"); NULL if absent. */
const struct initrd_file *initrd_lookup(const char *path)
{
	const struct initrd_file *f;

	while (*path == '/')
		path++;
	f = find(path, strlen(path));
	return f && S_ISREG(f->mode) ? f : NULL;
}

/*
 * Resolves path, absolute or relative to directory cwd (NULL: the root),
 * with "." and ".." and repeated slashes, to an entry of the tree. Each
 * directory on the way (root's, as every initrd file) must let the
 * caller search it. Returns it, or NULL with *err -ENOENT, -ENOTDIR,
 * -EACCES or -ENAMETOOLONG.
 */
const struct initrd_file *initrd_namei(const char *path,
				       const struct initrd_file *cwd, int *err)
{
	static char buf[MAXPATH * 2];
	const struct initrd_file *f;
	size_t len = 0, k;

	if (*path == 0) {
		*err = -ENOENT;
		return NULL;
	}
	if (*path != '/' && cwd != NULL) {
		len = cwd->namelen;
		memcpy(buf, cwd->name, len);
	}
	while (*path) {
		while (*path == '/')
			path++;
		for (k = 0; path[k] && path[k] != '/'; k++)
			;
		if (k == 0 || (k == 1 && path[0] == '.')) {
			path += k;
			continue;
		}
		f = find(buf, len);
		if (f == NULL || !S_ISDIR(f->mode)) {
			*err = f == NULL ? -ENOENT : -ENOTDIR;
			return NULL;
		}
		if (cred_permit(f->mode, ROOT_UID, ROOT_UID, MAY_EXEC) < 0) {
			*err = -EACCES; /* no search permission: root's dirs */
			return NULL;
		}
		if (len + 1 + k >= sizeof(buf)) {
			*err = -ENAMETOOLONG;
			return NULL;
		}
		if (k == 2 && path[0] == '.' && path[1] == '.') {
			while (len > 0 && buf[len - 1] != '/')
				len--;
			len -= len > 0; /* the slash before the last name */
		} else {
			if (len > 0)
				buf[len++] = '/';
			memcpy(buf + len, path, k);
			len += k;
		}
		path += k;
	}
	f = find(buf, len);
	if (f == NULL)
		*err = -ENOENT;
	else if (path[-1] == '/' && !S_ISDIR(f->mode))
		*err = -ENOTDIR, f = NULL;
	return f;
}

/* Returns the index-th regular file, or NULL past the end. */
const struct initrd_file *initrd_entry(int index)
{
	for (int i = 0; i < nfiles; i++)
		if (S_ISREG(ifiles[i].mode) && index-- == 0)
			return &ifiles[i];
	return NULL;
}

/* Is entry f directly inside directory dir? */
static int is_child(const struct initrd_file *f, const struct initrd_file *dir)
{
	size_t len = dir->namelen;
	const char *rest = f->name;

	if (f == dir || f == &ifiles[0])
		return 0;
	if (len > 0) {
		if (strncmp(f->name, dir->name, len) != 0 ||
		    f->name[len] != '/')
			return 0;
		rest += len + 1;
	}
	while (*rest && *rest != '/')
		rest++;
	return *rest == 0;
}

/* The inode number stat gives entry f: its place in the table, from 1. */
uint32_t initrd_ino(const struct initrd_file *f)
{
	return (uint32_t)(f - ifiles) + 1;
}

/*
 * Packs directory dir's entries, from table index *off on, into buf (n
 * bytes) as struct kdirent records, and moves *off on. Returns the bytes
 * used (0 at the end), or -EINVAL if not even one record fits.
 */
int initrd_getdents(const struct initrd_file *dir, uint32_t *off, char *buf,
		    uint32_t n)
{
	uint32_t used = 0, len;
	const char *name;
	struct kdirent *k;

	for (; *off < (uint32_t)nfiles; (*off)++) {
		const struct initrd_file *f = &ifiles[*off];
		if (!is_child(f, dir))
			continue;
		name = f->name + (dir->name[0] ? dir->namelen + 1 : 0);
		len = (sizeof(*k) + strlen(name) + 1 + 3) & ~3u;
		if (used + len > n)
			return used > 0 ? (int)used : -EINVAL;
		k = (struct kdirent *)(buf + used);
		k->d_ino = initrd_ino(f);
		k->d_reclen = (uint16_t)len;
		k->d_type = S_ISDIR(f->mode) ? DT_DIR : DT_REG;
		strncpy_safe(k->d_name, name, len - sizeof(*k));
		used += len;
	}
	return (int)used;
}

/* Fills st for entry f. */
void initrd_stat(const struct initrd_file *f, struct stat *st)
{
	memset(st, 0, sizeof(*st));
	st->st_dev = ST_DEV_INITRD;
	st->st_ino = initrd_ino(f);
	st->st_mode = f->mode;
	st->st_nlink = S_ISDIR(f->mode) ? 2 : 1;
	st->st_size = (int32_t)f->size;
	st->st_blksize = 4096;
	st->st_blocks = (f->size + 511) / 512;
	st->st_atime = st->st_mtime = st->st_ctime = (int32_t)f->mtime;
}
