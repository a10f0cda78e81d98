"""
docs/tour.md is a script: this test runs every ```gdb block of it, in
order, in one GDB session against a kernel booted with init=/bin/tour,
and checks that the output of each block matches the regular expressions
in the `<!-- expect: ... -->` comments under it. The tour cannot go stale:
if the kernel's path changes, this fails.
"""

import os
import re
import shutil
import socket
import subprocess
import threading
import time

import kestrel
from test_gdb import GDB

TOUR = os.path.join(kestrel.ROOT, "docs", "tour.md")


def steps():
    """[(title, gdb commands, [expected regexes])] from docs/tour.md."""
    with open(TOUR) as f:
        text = f.read()
    out, title = [], None
    pat = re.compile(r"^## ([^\n]*)$|^```gdb\n(.*?)^```\n"
                     r"((?:<!-- expect: [^\n]* -->\n)*)", re.M | re.S)
    for m in pat.finditer(text):
        if m.group(1):
            title = m.group(1)
            continue
        expects = re.findall(r"<!-- expect: (.*) -->", m.group(3))
        out.append((title, m.group(2), expects))
    return out


def start_qemu(kernel, serial_sock):
    """
    QEMU halted with its gdb stub on a socket this test binds and hands
    over, and its serial line on a Unix socket the test connects to (the
    last step types a key). Returns (process, gdb port).
    """
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        argv = kestrel.qemu_argv("quiet init=/bin/tour", extra=[
            "-S", "-gdb", "chardev:gdb", "-chardev",
            "socket,id=gdb,fd=%d,server=on,wait=off" % s.fileno()])
        argv[argv.index("stdio")] = "unix:%s,server=on,wait=off" % serial_sock
        argv[argv.index(kestrel.KERNEL)] = kernel
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, pass_fds=[s.fileno()])
        return proc, s.getsockname()[1]


def connect(path):
    for _ in range(100):
        try:
            c = socket.socket(socket.AF_UNIX)
            c.connect(path)
            return c
        except OSError:
            time.sleep(0.1)
    kestrel.fail("QEMU's serial socket %s never came up" % path)


def test_tour_runs_as_written(tmp_path):
    todo = steps()
    assert len(todo) >= 8, "docs/tour.md has only %d gdb blocks" % len(todo)
    assert all(e for _, _, e in todo), "a gdb block has no expect line"
    sock, kernel = str(tmp_path / "serial"), str(tmp_path / "kernel.elf")
    shutil.copyfile(kestrel.KERNEL, kernel)
    qemu, port = start_qemu(kernel, sock)
    serial = connect(sock)
    script = ["set architecture i386", "set pagination off",
              "set confirm off", "symbol-file " + kernel,
              "source %s/tools/gdb/kestrel.py" % kestrel.ROOT,
              "target remote 127.0.0.1:%d" % port]
    for i, (_, cmds, _) in enumerate(todo):
        script.append("echo ==STEP %d\\n" % i)
        script.append(cmds.rstrip("\n"))
    script.append("echo ==END\\n")
    path = tmp_path / "tour.gdb"
    path.write_text("\n".join(script) + "\n")
    # The last step waits for a key. GDB prints its marker while the
    # guest is stopped at the step before, so a key sent then raises its
    # interrupt only once the last step's continue lets the guest run.
    last = "==STEP %d" % (len(todo) - 1)
    lines = []
    gdb = subprocess.Popen([GDB, "-batch", "-nx", "-x", str(path)],
                           cwd=kestrel.ROOT, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True)
    timer = threading.Timer(180, gdb.kill)
    timer.start()
    try:
        for line in gdb.stdout:
            lines.append(line)
            if line.startswith(last):
                serial.sendall(b"x")
        gdb.wait()
    finally:
        timer.cancel()
        serial.close()
        qemu.kill()
        qemu.wait()
        qemu.stderr.close()
    out = "".join(lines)
    log = kestrel.log_path()
    with open(log, "w") as f:
        f.write("# ---- script\n%s\n# ---- gdb output\n%s\n" %
                (path.read_text(), out))
    where = "(GDB log: %s)" % kestrel.relpath(log)
    parts = re.split(r"^==STEP (\d+)$", out, flags=re.M)
    got = {int(parts[k]): parts[k + 1] for k in range(1, len(parts) - 1, 2)}
    for i, (title, cmds, expects) in enumerate(todo):
        assert i in got, "the tour stopped before step %r %s" % (title,
                                                                 where)
        text = got[i].split("==END")[0]
        for e in expects:
            assert re.search(e, text), (
                "step %r of docs/tour.md: GDB's output does not match "
                "/%s/:\n%s\n%s" % (title, e, text[-1500:], where))
    assert "==END" in out, "GDB did not reach the end of the tour " + where
