"""
The GDB helpers of tools/gdb/kestrel.py (kps, ktf, kstack, kvm, ksyscall),
each run in a scripted GDB session against QEMU's gdb stub, under both
memory models. The kernel boots with init=/bin/hello: init (pid 1) waits
in waitpid while hello (pid 2) makes its one write, where ksyscall stops.
"""

import os
import re
import shutil
import subprocess

import pytest

import kestrel
from test_gdb import GDB, start_qemu

SCRIPT = """\
set architecture i386
set pagination off
set confirm off
symbol-file {kernel}
source {root}/tools/gdb/kestrel.py
target remote 127.0.0.1:{port}
ksyscall write
echo ==KTF\\n
ktf
echo ==KTFEXPR\\n
ktf curproc->tf
echo ==KPS\\n
kps
echo ==KSTACK1\\n
kstack 1
echo ==KSTACKCUR\\n
kstack curproc->pid
echo ==KVM\\n
kvm curproc->pid
echo ==END\\n
echo ==BADPID\\n
kstack 999
"""


def run_helpers(mm):
    """Runs SCRIPT; returns {section: text} and the log path."""
    log = kestrel.log_path()
    tmp = "%s.%d" % (log[:-4], os.getpid())
    serial, script, kernel = tmp + ".serial", tmp + ".gdb", tmp + ".elf"
    shutil.copyfile(kestrel.KERNEL, kernel)
    qemu, port = start_qemu(kernel, serial,
                            "quiet mm=%s init=/bin/hello" % mm)
    text = SCRIPT.format(kernel=kernel, port=port, root=kestrel.ROOT)
    with open(script, "w") as f:
        f.write(text)
    try:
        gdb = subprocess.run([GDB, "-batch", "-nx", "-x", script],
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, timeout=90,
                             cwd=kestrel.ROOT)
        out = gdb.stdout
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode(errors="replace") + "\nGDB TIMEOUT"
    finally:
        qemu.kill()
        qemu.wait()
        qemu.stderr.close()
    for f in (serial, script, kernel):
        if os.path.exists(f):
            os.unlink(f)
    with open(log, "w") as f:
        f.write("# ---- gdb script\n%s\n# ---- gdb output\n%s\n" % (text, out))
    sections, name = {}, None
    for line in out.splitlines():
        if line.startswith("=="):
            name = line[2:]
            sections[name] = ""
        elif name:
            sections[name] += line + "\n"
    return sections, log


@pytest.fixture(scope="module", params=["paging", "segment"])
def session(request):
    return run_helpers(request.param) + (request.param,)


def section(session, name):
    sections, log, mm = session
    where = "(mm=%s, GDB log: %s)" % (mm, kestrel.relpath(log))
    assert "END" in sections, "the GDB script did not run to its end " + where
    return sections[name], where


def test_ktf_decodes_the_write_call(session):
    text, where = section(session, "KTF")
    assert "vector  64: system call" in text, text + where
    assert re.search(r"cs 0x001b \(ring 3, from user\)", text), text + where
    assert re.search(r"eflags  0x[0-9a-f]{8} \[.*\bIF\b.*IOPL=0\]", text), (
        text + where)
    assert 'system call 5: write(1, "hello, world\\n", 13)' in text, (
        text + where)


def test_ktf_takes_an_expression(session):
    text, where = section(session, "KTFEXPR")
    first, _ = section(session, "KTF")
    assert text == first, ("ktf curproc->tf differs from ktf at the call:\n"
                           "%s---\n%s%s" % (first, text, where))


def test_kps_lists_init_and_hello(session):
    text, where = section(session, "KPS")
    assert re.search(r"^\s+1\s+0 SLEEPING\s+init\b", text, re.M), text + where
    assert re.search(r"^\s+2\s+1 RUNNING\s+hello\s+\d+.* eip 0x[0-9a-f]+\*$",
                     text, re.M), text + where


def test_kstack_of_a_sleeping_process(session):
    text, where = section(session, "KSTACK1")
    assert "pid 1, switched out" in text, text + where
    # sleep ends in a tail call of sched (no frame of its own), and
    # syscall_run's return address is an inlined cli: x86.h's line.
    for fn in ("sched", "sys_waitpid", "syscall_run"):
        assert re.search(r"in %s( \+ \d+)? at (kernel|include)/\w+\.[ch]:\d+"
                         % fn,
                         text), (
            "kstack 1 shows no frame of %s:\n%s%s" % (fn, text, where))


def test_kstack_of_the_running_process(session):
    text, where = section(session, "KSTACKCUR")
    assert "pid 2 is running" in text, text + where
    assert re.search(r"#0 +0x[0-9a-f]+ in syscall_trap at "
                     r"kernel/syscall\.c:\d+", text), text + where
    for fn in ("syscall_trap", "trapret"):
        assert re.search(r"in %s\b" % fn, text), (
            "kstack of the running process shows no frame of %s:\n%s%s" %
            (fn, text, where))
    assert re.search(r"user trap frame at 0x[0-9a-f]+: eip 0x[0-9a-f]+, "
                     r"vector 64", text), text + where


def test_kvm(session):
    text, where = section(session, "KVM")
    assert text.startswith("pid 2 (hello): heap 0x"), text + where
    if session[2] == "paging":
        # The program's text (read-only) and its stack, up to USER_TOP.
        assert re.search(r"^  0x0[0-9a-f]{7}-0x[0-9a-f]{8} r-u ", text,
                         re.M), text + where
        assert re.search(r"^  0x[0-9a-f]{8}-0xc0000000 rwu ", text, re.M), (
            text + where)
    else:
        assert re.search(r"segment: base 0x[0-9a-f]{8} \(physical\), bound "
                         r"0x[0-9a-f]{8}", text), text + where


def test_bad_pid_is_an_error_not_a_crash(session):
    text, where = section(session, "BADPID")
    assert "no process with pid 999" in text, text + where
