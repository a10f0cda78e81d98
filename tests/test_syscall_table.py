"""
The system-call table is the one source of every call's arguments: the
kernel's handler prototypes are generated from tools/syscalls.tbl, so a
handler that takes (reads) more arguments than the table gives it, or
others, does not compile. These tests build a handler file against a
table changed on purpose and expect the compiler to refuse it.
"""

import os
import re
import shlex
import subprocess

import kestrel

TOOLS = os.path.join(kestrel.ROOT, "tools")
TBL = os.path.join(TOOLS, "syscalls.tbl")
MKSYSCALLS = os.path.join(TOOLS, "mksyscalls.py")
SYSPROC = os.path.join(kestrel.ROOT, "kernel", "sysproc.c")


def make_var(name):
    """Returns a Makefile variable (CC, CFLAGS) as make computes it."""
    r = subprocess.run(["make", "-s", "--no-print-directory",
                        "print-" + name], cwd=kestrel.ROOT,
                       stdout=subprocess.PIPE, text=True, check=True)
    return shlex.split(r.stdout.strip())


def generate(table, what, out):
    with open(out, "w") as f:
        subprocess.run(["/usr/bin/python3", MKSYSCALLS, what, table],
                       stdout=f, check=True)


def compile_with_table(tmp, table_text, source=SYSPROC):
    """
    Generates syscall.h and sysproto.h from table_text into tmp/include and
    compiles source against them (ahead of build/include). Returns the
    compiler's CompletedProcess.
    """
    inc = os.path.join(str(tmp), "include")
    os.makedirs(inc, exist_ok=True)
    table = os.path.join(str(tmp), "syscalls.tbl")
    with open(table, "w") as f:
        f.write(table_text)
    generate(table, "header", os.path.join(inc, "syscall.h"))
    generate(table, "protos", os.path.join(inc, "sysproto.h"))
    cflags = [f for f in make_var("CFLAGS") if f not in ("-MMD", "-MP")]
    argv = make_var("CC") + ["-I" + inc] + cflags + [
        "-c", "-o", os.path.join(str(tmp), "out.o"), source]
    return subprocess.run(argv, cwd=kestrel.ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)


def real_table():
    with open(TBL) as f:
        return f.read()


def test_handlers_compile_against_the_table(tmp_path):
    """The control: the real table and the real handlers agree."""
    r = compile_with_table(tmp_path, real_table())
    assert r.returncode == 0, "sysproc.c does not compile:\n" + r.stdout


def test_handler_reading_more_args_than_table_fails(tmp_path):
    """kill(pid) in the table, sys_kill(pid, sig) in C: no build."""
    text, n = re.subn(r"^(\d+\s+kill\s+)int kill\(int pid, int sig\)",
                      r"\1int kill(int pid)", real_table(), flags=re.M)
    assert n == 1, "tools/syscalls.tbl no longer has kill(int pid, int sig)"
    r = compile_with_table(tmp_path, text)
    assert r.returncode != 0, (
        "sys_kill reads two arguments but the table gives it one, and "
        "sysproc.c still compiled")
    assert re.search(r"conflicting types for .sys_kill", r.stdout), r.stdout


def test_handler_with_other_types_fails(tmp_path):
    """A pointer in the table is a user address: an int handler is refused."""
    text, n = re.subn(r"^(\d+\s+sbrk\s+)void \*sbrk\(int increment\)",
                      r"\1void *sbrk(int *increment)", real_table(),
                      flags=re.M)
    assert n == 1, "tools/syscalls.tbl no longer has sbrk(int increment)"
    r = compile_with_table(tmp_path, text)
    assert r.returncode != 0, "sys_sbrk(int) compiled against a pointer"
    assert re.search(r"conflicting types for .sys_sbrk", r.stdout), r.stdout


def test_dispatcher_passes_exactly_the_table_arguments():
    """The generated table says nargs = the prototype's parameter count."""
    out = subprocess.run(["/usr/bin/python3", MKSYSCALLS, "table"],
                         stdout=subprocess.PIPE, text=True, check=True).stdout
    table = re.sub(r"/\*.*?\*/", "", real_table())
    for m in re.finditer(r"^\d+\s+(\w+)\s+[^(]*\(([^)]*)\)", table, re.M):
        name = m.group(1).lstrip("_")
        params = m.group(2).strip()
        want = 0 if params in ("", "void") else params.count(",") + 1
        entry = re.search(r'\[SYS_%s\] = \{ disp_%s, "%s", (\d+), [01] \}' %
                          (name, name, name), out)
        assert entry, "no table entry for %s" % name
        assert int(entry.group(1)) == want, (
            "%s: table says %d arguments, prototype has %d" %
            (name, int(entry.group(1)), want))


def test_quick_call_with_a_pointer_is_refused(tmp_path):
    """A quick call runs with interrupts off and must not touch user
    memory: the generator refuses one that takes a pointer."""
    text, n = re.subn(r"^(\d+\s+uptime\s+)quick int uptime\(void\)",
                      r"\1quick int uptime(int *where)", real_table(),
                      flags=re.M)
    assert n == 1, "tools/syscalls.tbl no longer has quick uptime(void)"
    table = os.path.join(str(tmp_path), "syscalls.tbl")
    with open(table, "w") as f:
        f.write(text)
    r = subprocess.run(["/usr/bin/python3", MKSYSCALLS, "table", table],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True)
    assert r.returncode != 0, "a quick call with a pointer was accepted"
    assert "quick call may not take a pointer" in r.stderr, r.stderr
