"""
The debugging steps exactly as README.md gives them: `make qemu-nox-gdb`
(GRUB image, QEMU halted, a gdb stub on GDBPORT) and GDB started the way
`make gdb` starts it, from the top of the tree, so that it loads the
generated .gdbinit (symbols, architecture, `target remote`) by itself.
"""

import os
import re
import subprocess
import time

import kestrel
from test_gdb import GDB, field, free_port


def test_make_qemu_nox_gdb_and_gdbinit():
    port = free_port()
    log = kestrel.log_path()
    qemu = subprocess.Popen(["make", "-s", "qemu-nox-gdb", "GDBPORT=%d" % port],
                            cwd=kestrel.ROOT, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        # make prints the port and then QEMU waits; give it a moment.
        time.sleep(1.5)
        gdbinit = os.path.join(kestrel.ROOT, ".gdbinit")
        with open(gdbinit) as f:
            assert "localhost:%d" % port in f.read(), \
                ".gdbinit does not name GDBPORT %d" % port
        gdb = subprocess.run(
            [GDB, "-q", "-batch", "-iex",
             "add-auto-load-safe-path %s" % gdbinit,
             "-ex", "break trap if tf->trapno == 32", "-ex", "continue",
             "-ex", 'printf "TRAPNO %d\\n", tf->trapno', "-ex", "kill"],
            cwd=kestrel.ROOT, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            timeout=90)
        out = gdb.stdout
    finally:
        qemu.kill()
        subprocess.run(["pkill", "-f", "tcp::%d" % port])
        qemu.wait()
    with open(log, "w") as f:
        f.write(out)
    assert re.search(r"^Connected to QEMU", out, re.M) or "Remote debugging" \
        in out or "TRAPNO" in out, out
    m = field(out, r"^TRAPNO (\d+)$", "vector read from the trap frame", log)
    assert m.group(1) == "32", out
