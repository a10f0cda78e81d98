"""
Issue 2, GRUB: kernel.elf is a multiboot kernel, and the GRUB image
(build/kernel.iso, what `make qemu` boots) gets to the end of the boot.
"""

import os
import subprocess

import kestrel
from kestrel import boot, expect

BANNER = r"^kestrel 0\.1 \(i386\) booting$"
BOOTED = r"^kernel: boot complete"


def test_grub_file_multiboot():
    r = subprocess.run(["grub-file", "--is-x86-multiboot", kestrel.KERNEL],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True)
    assert r.returncode == 0, (
        "grub-file --is-x86-multiboot %s exited with %d (not a multiboot "
        "kernel: check the header in boot/entry.S) %s" %
        (kestrel.relpath(kestrel.KERNEL), r.returncode, r.stdout))


def test_grub_iso_boots():
    # make all leaves the image alone; make test and make iso make it.
    stale = [p for p in (kestrel.KERNEL, kestrel.INITRD)
             if not os.path.exists(kestrel.ISO) or
             os.path.getmtime(p) > os.path.getmtime(kestrel.ISO)]
    if stale:
        kestrel.fail("%s is missing or older than %s: run make iso (make "
                     "test does)" % (kestrel.relpath(kestrel.ISO),
                                     ", ".join(map(kestrel.relpath, stale))))
    r = boot(via="grub", until=[BANNER, BOOTED])
    expect(r, [BANNER, r"^cmdline: '", r"^mem: \d+ KiB usable, RAM ends "
               r"at 0x[0-9a-f]{8} \(128 MiB\)$", r"^timer: PIT at 100 Hz$",
               BOOTED])
