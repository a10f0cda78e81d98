"""
The ATA disk driver (kernel/ide.c) and the buffer cache (kernel/bio.c) in
each of the three modes: selftest=ide reads blocks of a disk image whose
every 32-bit word holds its own index, checks them, writes the
complement over some blocks and flushes; the test then reads the image
back on the host: the written blocks, and only they, must have changed.
"""

import re
import struct

import pytest

import kestrel

BLOCK = 4096
NBLOCKS = 256          # a 1 MiB disk
READ, WRITE = 64, 8    # as kernel/selftest.c's test_ide


def make_image(path):
    words = BLOCK // 4 * NBLOCKS
    path.write_bytes(struct.pack("<%dI" % words, *range(words)))


@pytest.mark.parametrize("mode", ["poll", "intr", "dma"])
def test_ide_reads_and_writes(tmp_path, mode):
    img = tmp_path / "disk.img"
    make_image(img)
    r = kestrel.boot("selftest=ide ide=%s" % mode,
                     extra=["-drive", "file=%s,format=raw,if=ide,index=0" %
                            img])
    kestrel.expect(r, [r"^ide: disk of 1024 KiB, by %s$" % mode,
                       r"^selftest ide: ok"], forbid=["FAILED", "PANIC"])
    m = re.search(r"(\d+) disk interrupts", r.text)
    if mode == "poll":
        assert m and int(m[1]) == 0, "polling took disk interrupts:\n" + r.text
    else:
        assert m and int(m[1]) > 0, "%s took no disk interrupts" % mode
    data = img.read_bytes()
    words = struct.unpack("<%dI" % (len(data) // 4), data)
    per = BLOCK // 4
    for blk in range(NBLOCKS):
        flipped = READ <= blk < READ + WRITE
        want = [(~i & 0xFFFFFFFF) if flipped else i
                for i in range(blk * per, (blk + 1) * per)]
        assert list(words[blk * per:(blk + 1) * per]) == want, (
            "block %d of the image is wrong after the run (%s)" %
            (blk, "should hold the complement" if flipped
             else "should be untouched"))


def test_no_disk_is_no_error():
    r = kestrel.boot("quiet init=/bin/hello")
    kestrel.expect(r, [r"^hello, world$"], forbid=["PANIC"])
