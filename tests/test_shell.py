"""
The shell and the console as a student meets them: boot with no init=,
type at the serial console (and at the keyboard, through QEMU's monitor),
and read what comes back. Covers the line editor (backspace, ^U, ^D, ^C),
pipes, background jobs, ps and kill, under both memory models.
"""

import os
import re
import select
import socket
import subprocess
import tempfile
import time

import pytest

import kestrel

PROMPT = "$ "


class Session:
    """A booted kernel at its shell prompt, driven through the serial line."""

    def __init__(self, cmdline="quiet", monitor=None):
        argv = kestrel.qemu_argv(cmdline)
        if monitor:
            argv += ["-monitor", "unix:%s,server,nowait" % monitor]
        self.log = kestrel.log_path()
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        self.out = ""
        self.mark = 0

    def read_until(self, pattern, timeout=15):
        """Waits for pattern in the output since the last mark; returns it."""
        rx = re.compile(pattern, re.M)
        end = time.monotonic() + timeout
        while True:
            m = rx.search(self.out, self.mark)
            if m:
                self.mark = m.end()
                return m
            left = end - time.monotonic()
            if left <= 0:
                kestrel.fail("expected %r from the console; the log: %s\n"
                             "last output:\n%s" % (pattern, self.save(),
                                                   self.out[-1500:]))
            r, _, _ = select.select([self.proc.stdout], [], [], min(left, 0.5))
            if r:
                chunk = os.read(self.proc.stdout.fileno(), 4096)
                if not chunk:
                    time.sleep(0.1)
                    continue
                self.out += chunk.decode("utf-8", "replace").replace("\r", "")

    def type(self, text):
        """Sends text to the serial console, as if typed."""
        self.proc.stdin.write(text.encode())
        self.proc.stdin.flush()

    def run(self, line):
        """Types a command line and waits for the next prompt; returns the
        output in between."""
        start = len(self.out)
        self.type(line + "\r")
        self.read_until(r"^\$ ", timeout=20)
        return self.out[start:self.mark]

    def save(self):
        with open(self.log, "w") as f:
            f.write(self.out)
        return kestrel.relpath(self.log)

    def close(self):
        self.save()
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        assert "PANIC" not in self.out, "the kernel panicked: see " + self.log


@pytest.fixture(params=kestrel.ALL_MODES)
def shell(request):
    s = Session("quiet mm=%s" % request.param)
    s.read_until(r"^\$ ")
    yield s
    s.close()


def ps_names(shell):
    """
    Runs ps; returns (the NAME column, its output). ps must list itself,
    so that a check for a name's absence cannot pass on empty output.
    """
    out = shell.run("ps")
    names = re.findall(r"^\s*\d+\s+\d+\s+[a-z]+\s.*\s(\S+)$", out, re.M)
    assert "ps" in names, "ps did not list itself:\n" + out
    return names, out


def test_shell_pipe_and_ls(shell):
    assert re.search(r"^a b$", shell.run("echo a  b | cat"), re.M)
    assert re.search(r"bin/sh$", shell.run("ls bin/s"), re.M)
    assert re.search(r"^a$", shell.run("echo a | cat | cat"), re.M)


def test_shell_spin_ps_kill(shell):
    out = shell.run("spin &")
    pid = re.search(r"^\[(\d+)\]$", out, re.M).group(1)
    out = shell.run("ps")
    assert re.search(r"^\s*%s\s+\d+\s+(runnable|running)\s.*spin$" % pid, out,
                     re.M), out
    shell.run("kill %s" % pid)
    # The shell reaps its background job before a prompt and says so.
    shell.run("echo reap")
    assert re.search(r"^\[%s\] killed \(SIGTERM\)$" % pid, shell.out, re.M)
    names, out = ps_names(shell)
    assert "spin" not in names, out


def test_console_line_editing(shell):
    # Backspace erases the last character; DEL does too.
    assert re.search(r"^acd$", shell.run("echo abX\b\bcd"), re.M)
    assert re.search(r"^xy$", shell.run("echo xz\x7fy"), re.M)
    # ^U erases the whole line typed so far.
    assert re.search(r"^ok$", shell.run("garbage here\x15echo ok"), re.M)


def test_console_ctrl_c_stops_foreground(shell):
    shell.type("spin\r")
    time.sleep(0.5)
    shell.type("\x03")
    shell.read_until(r"^\^C$")
    shell.read_until(r"^\$ ")
    names, out = ps_names(shell)
    assert "spin" not in names, out
    # ^C at the prompt only erases the line: the shell survives.
    shell.type("echo never\x03")
    shell.read_until(r"\^C$")
    assert re.search(r"^still here$", shell.run("echo still here"), re.M)
    assert "restarting" not in shell.out


def test_console_ctrl_d_ends_input(shell):
    # cat with ^D on an empty line: end of file, cat exits.
    shell.type("cat\r")
    shell.type("line one\r")
    shell.read_until(r"^line one$")
    shell.read_until(r"^line one$")  # the echo, then cat's copy
    shell.type("\x04")
    shell.read_until(r"^\$ ")
    # ^D at the prompt ends the shell; init starts a new one.
    shell.type("\x04")
    shell.read_until(r"init: shell exited \(status 0\), restarting")
    shell.read_until(r"^\$ ")
    assert re.search(r"^again$", shell.run("echo again"), re.M)


def test_keyboard_input():
    """Keys pressed on the PS/2 keyboard reach the shell like serial input."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "monitor")
        s = Session("quiet", monitor=path)
        try:
            s.read_until(r"^\$ ")
            mon = socket.socket(socket.AF_UNIX)
            for _ in range(50):
                try:
                    mon.connect(path)
                    break
                except OSError:
                    time.sleep(0.1)
            keys = ["e", "c", "h", "o", "spc", "k", "shift-b", "ret"]
            for k in keys:
                mon.sendall(("sendkey %s\n" % k).encode())
                time.sleep(0.05)
            s.read_until(r"^kB$")
            mon.close()
        finally:
            s.close()
