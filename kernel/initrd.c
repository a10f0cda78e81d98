/*
 * The initial RAM disk: a cpio archive (newc format) that the boot loader
 * loads as a module. Its regular files become read-only files for open();
 * the archive stays where the loader put it.
 */
#include "defs.h"
#include "file.h"
#include "memlayout.h"

#define MAXFILES   512
#define CPIO_MAGIC "070701"
#define CPIO_HDR   110 /* bytes in a newc header */
#define S_IFMT	   0170000
#define S_IFREG	   0100000

static struct initrd_file ifiles[MAXFILES];
static int nfiles;

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
	int64_t mode, fsize, nsize;
	const char *h = base + off, *name;
	uint32_t data;

	if (size - off < CPIO_HDR || memcmp(h, CPIO_MAGIC, 6) != 0)
		return 0;
	mode = hex8(h + 6 + 1 * 8);
	fsize = hex8(h + 6 + 6 * 8);
	nsize = hex8(h + 6 + 11 * 8);
	if (mode < 0 || fsize < 0 || nsize < 1 || nsize > size - off - CPIO_HDR)
		return 0;
	name = h + CPIO_HDR;
	if (name[nsize - 1] != 0 || strcmp(name, "TRAILER!!!") == 0)
		return 0;
	data = align4(off + CPIO_HDR + (uint32_t)nsize);
	if (data > size || (uint64_t)fsize > size - data)
		return 0;
	if ((mode & S_IFMT) == S_IFREG && nfiles < MAXFILES) {
		while (name[0] == '.' && name[1] == '/')
			name += 2;
		ifiles[nfiles].name = name;
		ifiles[nfiles].data = (const uint8_t *)base + data;
		ifiles[nfiles].size = (uint32_t)fsize;
		nfiles++;
	}
	return align4(data + (uint32_t)fsize);
}

/* Indexes the archive at physical [start, end). */
void initrd_init(uint32_t start, uint32_t end)
{
	const char *base = P2V(start);
	uint32_t off = 0, size = end - start;

	while (off < size && (off = parse_entry(base, off, size)) != 0)
		;
	kprintf("initrd: %d files, %u bytes at 0x%08x\n", nfiles, size, start);
}

/* Finds a file by path ("/bin/sh" or "bin/sh"); NULL if absent. */
const struct initrd_file *initrd_lookup(const char *path)
{
	while (*path == '/')
		path++;
	for (int i = 0; i < nfiles; i++)
		if (strcmp(ifiles[i].name, path) == 0)
			return &ifiles[i];
	return NULL;
}

/* Returns the index-th file, or NULL past the end. */
const struct initrd_file *initrd_entry(int index)
{
	if (index < 0 || index >= nfiles)
		return NULL;
	return &ifiles[index];
}
