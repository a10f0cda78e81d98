"""
Damaged disks (issue 14, point 6): random bytes written over one kind of
ext2 metadata at a time (the superblock's fields, the group descriptors,
inodes, directory blocks, an indirect block), then a boot that walks the
whole tree, reads every file and writes some (/test/fs_walk). The kernel
may refuse the disk, and calls may fail (EIO, ENOENT...), but it must not
panic or hang: fs_walk ends, init powers off cleanly. Each case has its
own seed, so a failure replays exactly.
"""

import random
import re
import struct

import pytest

import kestrel

BSIZE = 1024
SEEDS = range(4)


def make_image(tmp_path):
    files = {"home/big": bytes(range(256)) * 1200,  # 300 KB: indirect
             "home/a/b/c/deep.txt": b"deep\n"}
    for i in range(40):
        files["home/many/file-with-a-long-name-%02d" % i] = b"%d\n" % i
    return kestrel.make_disk(str(tmp_path / "disk.img"), size="4M",
                             block_size=BSIZE, tests=["fs_walk"], files=files)


def blocks_of(img, path):
    """The data blocks of path, and its indirect block (or None)."""
    out = kestrel.debugfs(img, "stat %s" % path).decode()
    ind = re.search(r"\(IND\):(\d+)", out)
    data = [int(b) for b in kestrel.debugfs(img, "blocks %s" % path).split()]
    return data, int(ind.group(1)) if ind else None


def inode_table(img):
    """Byte offset and length of group 0's first 64 inodes."""
    with open(img, "rb") as f:
        f.seek(1024)
        sb = f.read(1024)
        f.seek(2 * BSIZE)  # the group descriptors follow the superblock
        gd = f.read(32)
    inode_size = struct.unpack_from("<H", sb, 88)[0] or 128
    table = struct.unpack_from("<I", gd, 8)[0]
    return table * BSIZE, 64 * inode_size


def regions(img, kind):
    """The byte ranges of img that one kind of damage may hit."""
    if kind == "super":
        # Leave the magic number: a wrong one is refused (tested apart).
        return [(1024, 56), (1024 + 58, 1024 - 58)]
    if kind == "groups":
        return [(2 * BSIZE, 32)]
    if kind == "inodes":
        return [inode_table(img)]
    if kind == "dirents":
        blocks = []
        for d in ("/", "/home", "/home/many", "/home/a/b"):
            blocks += blocks_of(img, d)[0]
        return [(b * BSIZE, BSIZE) for b in blocks]
    if kind == "indirect":
        ind = blocks_of(img, "/home/big")[1]
        assert ind, "/home/big has no indirect block"
        return [(ind * BSIZE, BSIZE)]
    raise ValueError(kind)


def damage(img, kind, seed):
    """Overwrites 1 to 16 random bytes in kind's regions; says where."""
    rng = random.Random("%s-%d" % (kind, seed))
    spots = regions(img, kind)
    done = []
    with open(img, "r+b") as f:
        for _ in range(rng.randint(1, 16)):
            start, length = rng.choice(spots)
            where = start + rng.randrange(length)
            value = rng.randrange(256)
            f.seek(where)
            f.write(bytes([value]))
            done.append("0x%x=0x%02x" % (where, value))
    return done


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", ["super", "groups", "inodes", "dirents",
                                  "indirect"])
def test_damaged_disk_never_panics(tmp_path, kind, seed):
    img = make_image(tmp_path)
    spots = damage(img, kind, seed)
    r = kestrel.boot("quiet init=/test/fs_walk", timeout=90,
                     extra=kestrel.disk_args(img))
    why = "damage %s seed %d: %s" % (kind, seed, " ".join(spots))
    assert not any(l.startswith("PANIC") for l in r.lines), why
    kestrel.expect(r, [r"^walk: \d+ files, \d+ directories, \d+ errors$",
                       r"^init: /test/fs_walk exited with status 0$"],
                   status=kestrel.EXIT_OK)


def test_undamaged_image_walks_clean(tmp_path):
    """The same image with no damage: no errors, and e2fsck finds it
    clean after the walk's writes (so the damage is the only cause)."""
    img = make_image(tmp_path)
    r = kestrel.boot("quiet init=/test/fs_walk", timeout=90,
                     extra=kestrel.disk_args(img))
    kestrel.expect(r, [r"^walk: \d+ files, \d+ directories, 0 errors$",
                       r"^init: /test/fs_walk exited with status 0$"],
                   forbid=[r"^PANIC"], status=kestrel.EXIT_OK)
    kestrel.check_fsck(img, r)
