"""
Checks on the tree and the built kernel that need no boot: the C sources
are in the house format, and kernel.elf carries what GDB needs.
"""

import os
import re
import shutil
import subprocess

import pytest

import kestrel


def test_format():
    files = subprocess.run(["git", "ls-files", "*.c", "*.h"],
                           cwd=kestrel.ROOT, stdout=subprocess.PIPE,
                           text=True, check=True).stdout.split()
    files = [f for f in files if os.path.isfile(os.path.join(kestrel.ROOT, f))]
    # With no files clang-format would read stdin; with no .clang-format it
    # would check some other style. Either way the check would mean nothing.
    assert files, "git ls-files lists no C sources to check"
    assert os.path.isfile(os.path.join(kestrel.ROOT, ".clang-format")), \
        "no .clang-format at the top of the tree: the house format is gone"
    r = subprocess.run(["clang-format", "--dry-run", "-Werror"] + files,
                       cwd=kestrel.ROOT, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True)
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


def section_names(elf):
    """The names of elf's sections, from readelf -SW."""
    r = subprocess.run(["readelf", "-SW", elf], stdout=subprocess.PIPE,
                       text=True, check=True)
    return re.findall(r"^\s*\[\s*\d+\] (\S+)", r.stdout, re.M)


def fde_covers(elf, fn):
    """True if a .debug_frame FDE of elf covers function fn's address."""
    nm = subprocess.run(["nm", elf], stdout=subprocess.PIPE, text=True,
                        check=True).stdout
    m = re.search(r"^([0-9a-f]+) [Tt] %s$" % re.escape(fn), nm, re.M)
    assert m, "%s has no symbol %s" % (kestrel.relpath(elf), fn)
    addr = int(m[1], 16)
    dump = subprocess.run(["readelf", "--debug-dump=frames", elf],
                          stdout=subprocess.PIPE, text=True,
                          check=True).stdout
    # The dump shows .eh_frame too, if there is one: keep .debug_frame's.
    frames = "".join(re.findall(r"^Contents of the \.debug_frame section:"
                                r"\n(.*?)(?=^Contents of |\Z)", dump,
                                re.M | re.S))
    return any(int(lo, 16) <= addr < int(hi, 16) for lo, hi in
               re.findall(r" FDE .*pc=([0-9a-f]+)\.\.([0-9a-f]+)$", frames,
                          re.M))


def frame_info_problems(elf):
    """
    What is wrong with elf's call frame information, as a list of
    sentences: it needs .debug_frame, with an entry for trap(), and no
    .eh_frame, which linker.ld discards.
    """
    names = section_names(elf)
    problems = []
    if ".debug_frame" not in names:
        problems.append(
            "no call frame information (.debug_frame): GDB then guesses "
            "frames, and `print *tf` in trap() sometimes says <unavailable>. "
            "Compile the kernel with -fno-asynchronous-unwind-tables so GCC "
            "emits .debug_frame (the linker script discards .eh_frame).")
    elif not fde_covers(elf, "trap"):
        problems.append(
            ".debug_frame has no entry for trap(): was trap.c compiled "
            "without -fno-asynchronous-unwind-tables? Its frame information "
            "then went to .eh_frame, which the linker script discards.")
    eh = [n for n in names if n.startswith(".eh_frame")]
    if eh:
        problems.append(
            "%s present, though linker.ld's /DISCARD/ drops .eh_frame: the "
            "linker script no longer does what README.md says." %
            ", ".join(eh))
    return problems


def test_kernel_has_frame_info():
    problems = frame_info_problems(kestrel.KERNEL)
    if problems:
        kestrel.fail("%s:\n%s" % (kestrel.relpath(kestrel.KERNEL),
                                  "\n".join("  - " + p for p in problems)))


# The check above on doctored copies of the kernel: each must be caught.
DOCTORED = {
    "no-debug-frame": (["--remove-section", ".debug_frame"],
                       r"no call frame information \(\.debug_frame\)"),
    "eh-frame": (["--add-section", ".eh_frame={data}"],
                 r"^\.eh_frame present, though linker\.ld"),
}


@pytest.mark.parametrize("how", sorted(DOCTORED))
def test_frame_info_check_fails(tmp_path, how):
    args, why = DOCTORED[how]
    elf, data = str(tmp_path / "kernel.elf"), tmp_path / "data"
    shutil.copyfile(kestrel.KERNEL, elf)
    data.write_bytes(bytes(16))
    subprocess.run(["objcopy"] + [a.format(data=data) for a in args] +
                   [elf], check=True)
    problems = frame_info_problems(elf)
    assert any(re.search(why, p) for p in problems), (how, problems)
