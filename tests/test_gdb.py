"""
Scripted GDB against QEMU's gdb stub, the way README.md's debugging steps
go: stop in trap() on a timer interrupt, read the trap frame, then step
from trapret through the iret and land on the saved eip.

GDB finds `tf` through the call frame information in kernel.elf
(.debug_frame); without it GDB sometimes shows tf as <unavailable>, and
test_build.py::test_kernel_has_frame_info says so.
"""

import os
import re
import shutil
import socket
import subprocess

import kestrel

GDB = "gdb-multiarch"

SCRIPT = """\
set architecture i386
set pagination off
set confirm off
symbol-file {kernel}
target remote 127.0.0.1:{port}
break trap if tf->trapno == 32
continue
delete
print *tf
printf "TRAPNO %d\\n", tf->trapno
printf "EIP 0x%08x\\n", tf->eip
printf "CS 0x%04x\\n", tf->cs
set $tf = tf
set $frame = (unsigned int)$tf
set $saved_eip = $tf->eip
set $saved_cs = $tf->cs
break *trapret if $esp == $frame
continue
delete
printf "TRAPRET esp 0x%08x frame 0x%08x\\n", $esp, $frame
set $n = 0
while *(unsigned char *)$pc != 0xcf && $n < 32
  stepi
  set $n = $n + 1
end
printf "IRET at 0x%08x after %d steps, returns to 0x%08x\\n", $pc, $n, *(unsigned int *)$esp
stepi
printf "AFTER eip 0x%08x cs 0x%04x\\n", $pc, $cs
printf "SAVED eip 0x%08x cs 0x%04x\\n", $saved_eip, $saved_cs
"""


def start_qemu(kernel, serial, cmdline="quiet"):
    """
    Starts QEMU halted with its gdb stub on a socket that this test binds
    and hands over (-chardev socket,fd=N): the port stays QEMU's from the
    start, so no other test or program can take it first. Returns
    (process, port).
    """
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        argv = kestrel.qemu_argv(cmdline, extra=[
            "-S", "-gdb", "chardev:gdb", "-chardev",
            "socket,id=gdb,fd=%d,server=on,wait=off" % s.fileno()])
        argv[argv.index("stdio")] = "file:" + serial
        argv[argv.index(kestrel.KERNEL)] = kernel
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, pass_fds=[s.fileno()])
        return proc, s.getsockname()[1]


def run_gdb():
    """Runs the script; returns (gdb output, serial lines, log path)."""
    log = kestrel.log_path()
    tmp = "%s.%d" % (log[:-4], os.getpid())
    serial, script, kernel = tmp + ".serial", tmp + ".gdb", tmp + ".elf"
    # QEMU and GDB must see the same kernel even if make runs meanwhile.
    shutil.copyfile(kestrel.KERNEL, kernel)
    qemu, port = start_qemu(kernel, serial)
    text = SCRIPT.format(kernel=kernel, port=port)
    with open(script, "w") as f:
        f.write(text)
    try:
        gdb = subprocess.run([GDB, "-batch", "-nx", "-x", script],
                             stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True,
                             timeout=60, cwd=kestrel.ROOT)
        out = gdb.stdout
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode(errors="replace") + "\nGDB TIMEOUT"
    finally:
        qemu.kill()
        qemu.wait()
        stderr = qemu.stderr.read().decode(errors="replace")
        qemu.stderr.close()
    with open(serial, errors="replace") as f:
        lines = f.read().replace("\r", "").splitlines()
    for f in (serial, script, kernel):
        os.unlink(f)
    with open(log, "w") as f:
        f.write("# ---- gdb script\n%s\n# ---- gdb output\n%s\n"
                "# ---- serial output\n%s\n# ---- QEMU stderr\n%s" %
                (text, out, "\n".join(lines), stderr))
    return out, lines, log


def field(out, regex, what, log):
    m = re.search(regex, out, re.M)
    if not m:
        tail = "\n".join("  | " + line for line in out.splitlines()[-40:])
        kestrel.fail("GDB never printed the %s (/%s/); its output ends:\n"
                     "%s\nfull log: %s" %
                     (what, regex, tail, kestrel.relpath(log)))
    return m


def test_gdb_trap_frame_and_iret():
    out, lines, log = run_gdb()
    trapno = int(field(out, r"^TRAPNO (\d+)$", "trap number", log)[1])
    eip = int(field(out, r"^EIP (0x[0-9a-f]+)$", "saved eip", log)[1], 16)
    where = "(GDB log: %s)" % kestrel.relpath(log)
    assert trapno == 32, "tf->trapno is %d, not 32 (timer) %s" % (trapno,
                                                                    where)
    m = field(out, r"^IRET at (0x[0-9a-f]+) after (\d+) steps, returns to "
              r"(0x[0-9a-f]+)$", "iret", log)
    assert int(m[3], 16) == eip, (
        "at the iret the stack holds eip %s, but tf->eip was 0x%08x %s" %
        (m[3], eip, where))
    m = field(out, r"^AFTER eip (0x[0-9a-f]+) cs (0x[0-9a-f]+)$",
              "eip after the iret", log)
    s = field(out, r"^SAVED eip (0x[0-9a-f]+) cs (0x[0-9a-f]+)$",
              "saved eip", log)
    assert (int(m[1], 16), int(m[2], 16)) == (int(s[1], 16), int(s[2], 16)), (
        "after the iret eip:cs is %s:%s, not the saved %s:%s %s" %
        (m[1], m[2], s[1], s[2], where))
    assert not any(line.startswith("PANIC") for line in lines), (
        "the kernel panicked under GDB %s" % where)
