"""
Checks on the tree and the built kernel that need no boot: the C sources
are in the house format, kernel.elf carries what GDB needs, and make
rebuilds what a change touches and nothing more.
"""

import glob
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


# ---- Incremental builds: after `make`, a change rebuilds what depends on
# it and nothing else. `make -n -W FILE` prints what make would run if FILE
# had just changed, without running it or touching FILE.

COMPILE = re.compile(r" -c -o (\S+\.o) (\S+)$")
USER_LINK = re.compile(r" -T user/user\.ld -o (\S+) ")


def make_dry_run(*args):
    """The commands `make -n all` prints with args, one string each."""
    argv = ["make", "-n", "--no-print-directory", "SUITE=" +
            os.environ.get("SUITE", "")] + list(args) + ["all"]
    r = subprocess.run(argv, cwd=kestrel.ROOT, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True)
    assert r.returncode == 0, "%s failed:\n%s" % (" ".join(argv), r.stdout)
    return r.stdout.splitlines()


def rebuilt(changed):
    """
    What make would compile and link if changed had changed: a pair of
    sorted lists, the objects and the user programs. What make would do
    anyway (a source edited since the last build) is left out.
    """
    before = make_dry_run()
    after = make_dry_run("-W", changed)
    objs = [m[1] for m in map(COMPILE.search, after) if m]
    progs = [m[1] for m in map(USER_LINK.search, after) if m]
    old_objs = [m[1] for m in map(COMPILE.search, before) if m]
    old_progs = [m[1] for m in map(USER_LINK.search, before) if m]
    return (sorted(set(objs) - set(old_objs)),
            sorted(set(progs) - set(old_progs)))


def some(names, n=8):
    """names for a message: the first n of them, and how many in all."""
    more = " and %d more" % (len(names) - n) if len(names) > n else ""
    return "%d: %s%s" % (len(names), ", ".join(names[:n]), more)


def test_make_twice_does_nothing():
    """A second make runs no command but its closing message."""
    extra = [c for c in make_dry_run() if not c.startswith("echo ")]
    assert not extra, (
        "make -n all, on the tree `make test` has just built, would run:\n"
        "%s\nA rule that runs every time (FORCE, a missing target) makes "
        "every build slow; was a source edited during the run?" %
        "\n".join(extra[:20]))


def test_make_one_test_one_program():
    """Changing one test's source compiles and links that test alone."""
    objs, progs = rebuilt("tests/user/args_empty.c")
    assert (objs, progs) == (["build/utest/args_empty.o"],
                             ["build/debug/test/args_empty"]), (
        "after a change to tests/user/args_empty.c, make would compile %s "
        "and link %s; expected the one object and the one program" %
        (some(objs), some(progs)))


def test_make_kernel_source_no_programs():
    """
    Changing a kernel source compiles it and the symbol table that the
    second link embeds (made anew from the first), and links no program.
    """
    objs, progs = rebuilt("kernel/pipe.c")
    assert (objs, progs) == (["build/kernel/pipe.o", "build/ksyms.o"], []), (
        "after a change to kernel/pipe.c, make would compile %s and link "
        "%s; expected build/kernel/pipe.o, build/ksyms.o and no user "
        "program" % (some(objs), some(progs)))


def includers(header, sources):
    """
    The sources that include header, directly or through other headers
    found next to the including file (the quoted #include "..." form).
    """
    header = os.path.normpath(header)
    memo = {}

    def includes(path):
        if path not in memo:
            memo[path] = False
            with open(os.path.join(kestrel.ROOT, path)) as f:
                names = re.findall(r'^\s*#\s*include\s+"([^"]+)"', f.read(),
                                   re.M)
            for name in names:
                inc = os.path.normpath(os.path.join(os.path.dirname(path),
                                                    name))
                if inc == header or (
                        os.path.isfile(os.path.join(kestrel.ROOT, inc))
                        and includes(inc)):
                    memo[path] = True
        return memo[path]

    return sorted(s for s in sources if includes(s))


def test_make_header_rebuilds_includers():
    """Changing a test header recompiles exactly the tests that include it."""
    header = "tests/user/rawsys.h"
    tests = sorted(os.path.relpath(p, kestrel.ROOT) for p in glob.glob(
        os.path.join(kestrel.ROOT, "tests/user/*.c")))
    want = ["build/utest/%s.o" % os.path.basename(t)[:-2]
            for t in includers(header, tests)]
    assert len(want) >= 2, "only %s include %s" % (want, header)
    objs, progs = rebuilt(header)
    assert objs == want, (
        "after a change to %s, make would compile %d objects; %d tests "
        "include it.\nnot compiled: %s\nnot expected: %s" %
        (header, len(objs), len(want), some(sorted(set(want) - set(objs))),
         some(sorted(set(objs) - set(want)))))
    assert len(progs) == len(want), (len(progs), len(want))
