#!/usr/bin/python3
"""Measures boot time: QEMU start to the kernel's banner on the serial
line, and to init's first output, as the median of several runs, through
QEMU's -kernel loader and through the GRUB image. Wall-clock figures on a
shared machine are noisy: read them as a guide, compare medians only.

Usage: bench.py [RUNS]   (run by `make bench`)
"""
import os
import select
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "build")
BASE = ["qemu-system-i386", "-m", "128", "-no-reboot", "-display", "none",
        "-serial", "stdio", "-device", "isa-debug-exit,iobase=0xf4,iosize=4"]


def one_boot(argv, marks, timeout=30):
    """Returns the seconds from start until each mark appears."""
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    seen, buf, todo = {}, b"", list(marks)
    try:
        while todo and time.monotonic() - t0 < timeout:
            r, _, _ = select.select([p.stdout], [], [], 0.05)
            if not r:
                continue
            chunk = os.read(p.stdout.fileno(), 4096)
            if not chunk:
                break
            buf += chunk
            while todo and todo[0].encode() in buf:
                seen[todo.pop(0)] = time.monotonic() - t0
    finally:
        p.kill()
        p.wait()
    return seen


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    kernel = BASE + ["-kernel", os.path.join(B, "kernel.elf"), "-initrd",
                     os.path.join(B, "initrd.cpio"), "-append",
                     "quiet init=/bin/hello"]
    grub = BASE + ["-cdrom", os.path.join(B, "kernel.iso")]
    cases = [("-kernel", kernel, ["kestrel ", "hello, world"]),
             ("GRUB", grub, ["kestrel ", "$ "])]
    for name, argv, marks in cases:
        times = {m: [] for m in marks}
        for _ in range(runs):
            seen = one_boot(argv, marks)
            for m in marks:
                if m in seen:
                    times[m].append(seen[m])
        for m in marks:
            t = times[m]
            what = "banner" if m == "kestrel " else "first program output"
            if t:
                print("bench: %-7s QEMU start to %-20s median %.3f s "
                      "(min %.3f, max %.3f, %d runs)"
                      % (name, what, statistics.median(t), min(t), max(t),
                         len(t)))
            else:
                print("bench: %-7s %s never seen" % (name, what))


if __name__ == "__main__":
    main()
