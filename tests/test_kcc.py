"""
tools/kcc, the compiler driver for programs from elsewhere: it compiles an
ordinary C program against kestrel's headers and C library, leaves the
program's warnings as warnings, and the result runs on kestrel. And
`make EXTRA=DIR` builds DIR's programs with it into /bin.
"""

import os
import shutil
import subprocess

import kestrel

KCC = os.path.join(kestrel.ROOT, "tools", "kcc")

PROGRAM = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void sort(char **v, int n)
{
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && strcmp(v[j - 1], v[j]) > 0; j--) {
			char *t = v[j];

			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

int main(int argc, char **argv)
{
	int unused; /* a warning under -Wall, not an error */

	sort(argv + 1, argc - 1);
	for (int i = 1; i < argc; i++)
		printf("%s%s", argv[i], i + 1 < argc ? " " : "\n");
	return 7;
}
"""


def kcc(*args, cwd):
    return subprocess.run([KCC] + list(args), cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def private_initrd(tmp_path, program, name):
    """A copy of the initrd's tree with program added as /bin/name."""
    tree = tmp_path / "initrd"
    shutil.copytree(os.path.join(kestrel.ROOT, "build", "initrd"), tree)
    shutil.copy(program, tree / "bin" / name)
    files = sorted(str(p.relative_to(tree)) for p in tree.rglob("*"))
    cpio = tmp_path / "initrd.cpio"
    with open(cpio, "wb") as out:
        subprocess.run(["cpio", "--quiet", "-o", "-H", "newc"], cwd=tree,
                       input="\n".join(files).encode(), stdout=out,
                       check=True)
    return str(cpio)


def test_kcc_builds_a_program_that_runs(tmp_path):
    (tmp_path / "sorter.c").write_text(PROGRAM)
    r = kcc("-O2", "-Wall", "-c", "sorter.c", cwd=tmp_path)
    assert r.returncode == 0, "kcc -c failed:\n" + r.stderr
    assert "warning: unused variable" in r.stderr, (
        "-Wall's warning was not shown:\n" + r.stderr)
    assert (tmp_path / "sorter.o").exists(), "kcc -c made no sorter.o"
    r = kcc("sorter.o", "-o", "sorter", cwd=tmp_path)
    assert r.returncode == 0, "kcc could not link sorter.o:\n" + r.stderr
    out = subprocess.run(["file", str(tmp_path / "sorter")],
                         capture_output=True, text=True).stdout
    assert "ELF 32-bit" in out and "statically linked" in out, out
    initrd = private_initrd(tmp_path, tmp_path / "sorter", "sorter")
    res = kestrel.boot("quiet init=/bin/sorter pear apple fig",
                       extra=["-initrd", initrd])
    kestrel.expect(res, [r"^apple fig pear$",
                         r"^init: /bin/sorter exited with status 7$"])


def test_kcc_reports_errors(tmp_path):
    (tmp_path / "bad.c").write_text("int main(void) { return nosuch; }\n")
    r = kcc("bad.c", "-o", "bad", cwd=tmp_path)
    assert r.returncode != 0, "kcc accepted an undeclared name"
    assert "nosuch" in r.stderr, r.stderr
    assert not (tmp_path / "bad").exists()


def test_make_extra_builds_with_kcc(tmp_path):
    (tmp_path / "mytool.c").write_text(PROGRAM)
    r = subprocess.run(["make", "-n", "EXTRA=%s" % tmp_path,
                        "build/initrd.cpio"],
                       cwd=kestrel.ROOT, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    lines = [l for l in r.stdout.splitlines()
             if "tools/kcc" in l and str(tmp_path / "mytool.c") in l]
    assert lines, ("make EXTRA=%s would not build mytool.c with tools/kcc:\n"
                   "%s" % (tmp_path, r.stdout[-2000:]))
    assert any("cp --parents" in l and " bin/mytool " in l
               for l in r.stdout.splitlines()), (
        "mytool would not be copied into the initrd's /bin:\n" +
        r.stdout[-2000:])
