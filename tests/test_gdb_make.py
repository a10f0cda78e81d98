"""
The debugging steps exactly as README.md gives them: `make qemu-nox-gdb`
(GRUB image, QEMU halted, a gdb stub on GDBPORT) and GDB started with the
command `make gdb` runs, from the top of the tree, so that the generated
start-up file (symbols, architecture, `target remote`) does the setting up.

The test owns its files and its port: make writes the start-up file to
GDBINIT= in the test's tmp_path, never the .gdbinit a student (or another
test run) uses, and GDBPORT= is a port no other test can be given.
"""

import os
import shlex
import signal
import socket
import subprocess
import threading
import time

import kestrel
from test_gdb import field

# GDBPORT= for this test: below the kernel's ephemeral ports (what a
# socket bound to port 0 gets, as in test_gdb.py), and apart from the
# Makefile's own 25000-29999, so that only another run of this very test
# can want the same port; then one QEMU fails to listen and tries again.
PORTS = range(20000, 25000)
MAKE_TIMEOUT = 120  # seconds for make to build (if needed) and start QEMU


def ephemeral_ports():
    with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
        lo, hi = (int(w) for w in f.read().split())
    return range(lo, hi + 1)


def port_free(port):
    """True if port can be bound on every address, as QEMU's tcp::PORT does."""
    for family, host in ((socket.AF_INET, "0.0.0.0"),
                         (socket.AF_INET6, "::")):
        try:
            s = socket.socket(family)
        except OSError:
            continue  # no IPv6 here
        try:
            if family == socket.AF_INET6:
                s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            s.bind((host, port))
        except OSError:
            return False
        finally:
            s.close()
    return True


def make_port(skip=()):
    """A port in PORTS, outside the ephemeral range, free right now."""
    eph = ephemeral_ports()
    start = os.getpid() * 7919 % len(PORTS)
    for k in range(len(PORTS)):
        port = PORTS[(start + k) % len(PORTS)]
        if port not in eph and port not in skip and port_free(port):
            return port
    kestrel.fail("no free port in %d-%d outside the ephemeral range" %
                 (PORTS[0], PORTS[-1]))


def listening(port, pgid):
    """True if a process in process group pgid listens on TCP port."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as f:
            for line in f.readlines()[1:]:
                w = line.split()
                if w[3] == "0A" and int(w[1].rsplit(":", 1)[1], 16) == port:
                    inodes.add("socket:[%s]" % w[9])
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/stat" % pid) as f:
                if int(f.read().rsplit(")", 1)[1].split()[2]) != pgid:
                    continue
            fds = "/proc/%s/fd" % pid
            if any(os.readlink(os.path.join(fds, fd)) in inodes
                   for fd in os.listdir(fds)):
                return True
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile, or not ours to read
    return False


class MakeQemu:
    """`make qemu-nox-gdb` in its own process group, output collected."""

    def __init__(self, port, gdbinit):
        self.port = port
        self.proc = subprocess.Popen(
            ["make", "-s", "qemu-nox-gdb", "GDBPORT=%d" % port,
             "GDBINIT=%s" % gdbinit], cwd=kestrel.ROOT,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, start_new_session=True)
        self.chunks = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for chunk in iter(lambda: os.read(self.proc.stdout.fileno(), 4096),
                          b""):
            self.chunks.append(chunk)

    @property
    def output(self):
        return b"".join(self.chunks).decode(errors="replace")

    def wait_listening(self):
        """
        Returns "listening" once our QEMU listens on the port, else "ended"
        (make exited) or "timeout".
        """
        end = time.monotonic() + MAKE_TIMEOUT
        while time.monotonic() < end:
            if listening(self.port, self.proc.pid):
                return "listening"
            if self.proc.poll() is not None:
                return "ended"
            time.sleep(0.1)
        return "timeout"

    def stop(self, grace=0):
        """Kills make and QEMU, after waiting grace seconds for them."""
        try:
            self.proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()
        self.reader.join(5)
        self.proc.stdout.close()


def start_make_qemu(gdbinit):
    """Runs make qemu-nox-gdb until its QEMU listens; returns MakeQemu."""
    tried = []
    for _ in range(5):
        m = MakeQemu(make_port(skip=tried), gdbinit)
        how = m.wait_listening()
        if how == "listening":
            return m
        m.stop()
        if how == "timeout" or "Failed to bind socket" not in m.output:
            kestrel.fail("make qemu-nox-gdb GDBPORT=%d: no QEMU listening "
                         "(%s); make said:\n%s" % (m.port, how, m.output))
        tried.append(m.port)  # another run's QEMU took it first
    kestrel.fail("QEMU could not listen on any of ports %s" % tried)


def gdb_command(port, gdbinit):
    """The command `make gdb` runs (make -n prints it), as a shell line."""
    r = subprocess.run(["make", "-s", "-n", "gdb", "GDBPORT=%d" % port,
                        "GDBINIT=%s" % gdbinit], cwd=kestrel.ROOT,
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True)
    lines = r.stdout.strip().splitlines()
    assert r.returncode == 0 and lines and gdbinit in lines[-1], (
        "make -n gdb GDBINIT=%s does not end in a GDB command that reads "
        "it:\n%s" % (gdbinit, r.stdout))
    return lines[-1]


def test_make_qemu_nox_gdb_and_gdbinit(tmp_path):
    gdbinit = str(tmp_path / "gdbinit")
    log = kestrel.log_path()
    qemu = start_make_qemu(gdbinit)
    cmd, out = "gdb (not started)", ""
    try:
        with open(gdbinit) as f:
            text = f.read()
        assert "target remote localhost:%d\n" % qemu.port in text, (
            "%s does not name GDBPORT %d:\n%s" % (gdbinit, qemu.port, text))
        assert "symbol-file build/kernel.elf\n" in text, text
        cmd = gdb_command(qemu.port, gdbinit) + " -batch " + " ".join(
            shlex.quote(a) for a in [
                "-ex", "break trap if tf->trapno == 32", "-ex", "continue",
                "-ex", 'printf "TRAPNO %d\\n", tf->trapno', "-ex", "kill"])
        try:
            out = subprocess.run(cmd, shell=True, cwd=kestrel.ROOT,
                                 stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True,
                                 timeout=90).stdout
        except subprocess.TimeoutExpired as e:
            out = e.stdout or ""
            if isinstance(out, bytes):
                out = out.decode(errors="replace")
            out += "\nGDB TIMEOUT after 90 s"
    finally:
        # GDB's kill ends QEMU, and make with it: give them time to say so.
        qemu.stop(grace=10 if out else 0)
        with open(log, "w") as f:
            f.write("# ---- make qemu-nox-gdb GDBPORT=%d GDBINIT=%s\n%s\n"
                    "# ---- %s\n%s\n" % (qemu.port, gdbinit, qemu.output,
                                         cmd, out))
    # The start-up file ran to its last line, so `target remote` worked;
    # symbols were loaded, or tf would mean nothing; and the QEMU that GDB
    # killed was the one make started.
    field(out, r"^Connected to QEMU\. Try:", "start-up file's last line",
          log)
    m = field(out, r"^TRAPNO (\d+)$", "vector read from the trap frame", log)
    assert m.group(1) == "32", "tf->trapno is %s, not 32 (timer); log: %s" % (
        m.group(1), kestrel.relpath(log))
    assert "Terminated via GDBstub" in qemu.output, (
        "the QEMU that make qemu-nox-gdb started did not end by GDB's kill; "
        "log: %s" % kestrel.relpath(log))
