"""
Checks on the tree and the built kernel that need no boot: the C sources
are in the house format, and kernel.elf carries what GDB needs.
"""

import re
import subprocess

import kestrel


def test_format():
    files = subprocess.run(["git", "ls-files", "*.c", "*.h"],
                           cwd=kestrel.ROOT, stdout=subprocess.PIPE,
                           text=True, check=True).stdout.split()
    files = [f for f in files
             if subprocess.run(["test", "-f", f], cwd=kestrel.ROOT)
             .returncode == 0]
    r = subprocess.run(["clang-format", "--dry-run", "-Werror"] + files,
                       cwd=kestrel.ROOT, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True)
    log = kestrel.log_path()
    with open(log, "w") as f:
        f.write(r.stdout)
    if r.returncode != 0:
        bad = sorted({m[1] for m in
                      re.finditer(r"^(\S+?):\d+:\d+: (?:error|warning)",
                                  r.stdout, re.M)})
        kestrel.fail("clang-format --dry-run -Werror: %d of %d tracked C "
                     "files are not in the house format:\n%s\nFix with "
                     "`make format` (or clang-format -i FILE). Details: %s" %
                     (len(bad), len(files),
                      "\n".join("  " + b for b in bad) or r.stdout[-2000:],
                      kestrel.relpath(log)))


def test_kernel_has_frame_info():
    r = subprocess.run(["readelf", "-S", kestrel.KERNEL],
                       stdout=subprocess.PIPE, text=True, check=True)
    if not re.search(r"\.debug_frame|\.eh_frame", r.stdout):
        kestrel.fail(
            "%s has no call frame information (.debug_frame): GDB then "
            "guesses frames, and `print *tf` in trap() sometimes says "
            "<unavailable>. Compile the kernel with "
            "-fno-asynchronous-unwind-tables so GCC emits .debug_frame "
            "(the linker script discards .eh_frame)." %
            kestrel.relpath(kestrel.KERNEL))
