"""
The shell and the console as a student meets them: boot with no init=,
type at the serial console (and at the keyboard, through QEMU's monitor),
and read what comes back. Covers the line editor (backspace, ^U, ^D, ^C),
pipes, background jobs, ps and kill, job control (^Z, jobs, fg, bg), under
both memory models.
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

    def __init__(self, cmdline="quiet", monitor=None, icount=False,
                 extra=()):
        argv = kestrel.qemu_argv(cmdline, icount=icount, extra=extra)
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
        m = self.wait_for(pattern, timeout)
        if m is None:
            kestrel.fail("expected %r from the console; the log: %s\n"
                         "last output:\n%s" % (pattern, self.save(),
                                               self.out[-1500:]))
        return m

    def wait_for(self, pattern, timeout):
        """As read_until, but returns None if pattern does not come."""
        rx = re.compile(pattern, re.M)
        end = time.monotonic() + timeout
        while True:
            m = rx.search(self.out, self.mark)
            if m:
                self.mark = m.end()
                return m
            left = end - time.monotonic()
            if left <= 0:
                return None
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


# PID PPID STATE MEM SYSCALLS INTR FAULTS VCSW IVCSW UTICK KTICK USER NAME: the
# pid, the state, the user ticks and the name are kept.
PS_ROW = re.compile(r"^\s*(\d+)\s+\d+\s+([a-z]+)\s+\d+K\s+\d+\s+\d+\s+\d+\s+"
                    r"\d+\s+\d+\s+(\d+)\s+\d+\s+\S+\s+(\S+)$", re.M)


def ps_row(shell, name):
    """Runs ps; returns (pid, state, ticks) of the one process called name."""
    out = shell.run("ps")
    rows = [m.groups() for m in PS_ROW.finditer(out) if m.group(4) == name]
    assert len(rows) == 1, "expected one %s in ps:\n%s" % (name, out)
    pid, state, ticks, _ = rows[0]
    return int(pid), state, int(ticks)


def stop_foreground(shell, line):
    """
    Types line and stops the job with ^Z; returns its job number from the
    shell's report, "[N]+ Stopped  LINE". ^Z reaches the job only once it
    holds the console (the shell ignores a ^Z that comes before), so it is
    typed again until the report comes.
    """
    shell.type(line + "\r")
    # The echo, after "$ ". (Wait for the newline: $ also matches at the
    # end of what has come so far.)
    shell.read_until(r"%s\n" % re.escape(line))
    report = r"^\[(\d+)\]\+ Stopped  %s$" % re.escape(line)
    for _ in range(10):
        time.sleep(0.3)
        shell.type("\x1a")
        m = shell.wait_for(report, 3)
        if m:
            shell.read_until(r"^\$ ")
            return m.group(1)
    kestrel.fail("^Z did not stop %r: expected %r; the log: %s\n"
                 "last output:\n%s" % (line, report, shell.save(),
                                       shell.out[-1500:]))


def run_until(shell, line, pattern, tries=20):
    """Runs line every half second until pattern shows in its output."""
    for _ in range(tries):
        out = shell.run(line)
        if re.search(pattern, out, re.M):
            return out
        time.sleep(0.5)
    kestrel.fail("%r never showed %r; last output:\n%s" % (line, pattern, out))


def test_shell_pipe_and_ls(shell):
    assert re.search(r"^a b$", shell.run("echo a  b | cat"), re.M)
    assert re.search(r"^sh$", shell.run("ls /bin"), re.M)
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


def test_shell_ctrl_z_jobs_bg_fg(shell):
    # ^Z at the prompt only erases the line: the shell ignores SIGTSTP.
    shell.type("echo never\x1a")
    shell.read_until(r"\^Z$")
    assert re.search(r"^still here$", shell.run("echo still here"), re.M)
    # ^Z stops the foreground job; the shell takes the console back.
    n = stop_foreground(shell, "spin")
    out = shell.run("jobs")
    assert re.search(r"^\[%s\]\+ Stopped  spin$" % n, out, re.M), out
    # The console is the shell's again: ^C at the prompt reaches no job
    # (else spin would die of the SIGINT as soon as it continues).
    shell.type("echo never\x03")
    shell.read_until(r"\^C$")
    pid, state, ticks = ps_row(shell, "spin")
    assert state == "stopped", "ps: spin is %s, not stopped" % state
    time.sleep(1)
    _, state, later = ps_row(shell, "spin")
    assert state == "stopped" and later == ticks, (
        "a stopped spin ran: %s, ticks %d then %d" % (state, ticks, later))
    # bg continues it in the background: it runs, and the shell answers.
    out = shell.run("bg")
    assert re.search(r"^\[%s\]\+ spin &$" % n, out, re.M), out
    out = shell.run("jobs")
    assert re.search(r"^\[%s\]\+ Running  spin &$" % n, out, re.M), out
    _, state, ticks = ps_row(shell, "spin")
    assert state in ("runnable", "running"), "ps: spin is %s after bg" % state
    time.sleep(1)
    _, state, later = ps_row(shell, "spin")
    assert later > ticks, "spin did not run after bg: ticks %d then %d" % (
        ticks, later)
    # fg gives it the console (then names it) and waits: ^C ends it. (The
    # echo of ^C may come in the middle of the line that fg prints.)
    shell.type("fg %%%s\r" % n)
    shell.read_until(r"^spin\n")
    shell.type("\x03")
    shell.read_until(r"\^C\n")
    shell.read_until(r"^\$ ")
    names, out = ps_names(shell)
    assert "spin" not in names, out
    out = shell.run("jobs")
    assert not re.search(r"^\[", out, re.M), "jobs after the end:\n" + out
    assert "killed" not in shell.out and "restarting" not in shell.out


def test_shell_sleep_stopped_and_continued(shell):
    # A sleep stopped twice, continued by fg and then by bg, sleeps on and
    # ends with status 0 (it says "interrupted" and exits 1 if its sleep
    # was cut short), no sooner than its 4 seconds.
    start = time.monotonic()
    n = stop_foreground(shell, "sleep 4")
    pid, state, _ = ps_row(shell, "sleep")
    assert state == "stopped", "ps: sleep is %s, not stopped" % state
    shell.type("fg\r")
    shell.read_until(r"^sleep 4\n")
    time.sleep(0.5)
    shell.type("\x1a")
    shell.read_until(r"^\[%s\]\+ Stopped  sleep 4$" % n)
    shell.read_until(r"^\$ ")
    out = shell.run("bg %s" % n)
    assert re.search(r"^\[%s\]\+ sleep 4 &$" % n, out, re.M), out
    out = shell.run("jobs")
    assert re.search(r"^\[%s\]\+ Running  sleep 4 &$" % n, out, re.M), out
    run_until(shell, "echo waiting", r"^\[%d\] done" % pid)
    took = time.monotonic() - start
    assert re.search(r"^\[%d\] done \(status 0\)$" % pid, shell.out, re.M)
    assert "interrupted" not in shell.out, shell.out
    assert took >= 3.5, "sleep 4 ended after %.1f s" % took


def test_shell_jobs_states(shell):
    # A background job stopped by a signal is reported at the next prompt;
    # jobs shows it Stopped, then Running once continued, Done once ended.
    out = shell.run("spin &")
    pid = re.search(r"^\[(\d+)\]$", out, re.M).group(1)
    # The report comes at the first prompt after the stop: the one after
    # kill's, if spin ran before the shell did, or a later one.
    out = shell.run("kill -STOP %s" % pid)
    if not re.search(r"^\[\d+\]\+ Stopped  spin$", out, re.M):
        run_until(shell, "echo", r"^\[\d+\]\+ Stopped  spin$")
    out = shell.run("jobs")
    n = re.search(r"^\[(\d+)\]\+ Stopped  spin$", out, re.M).group(1)
    shell.run("kill -CONT %s" % pid)
    run_until(shell, "jobs", r"^\[%s\]\+ Running  spin &$" % n)
    out = shell.run("kill %s" % pid)
    if not re.search(r"^\[%s\] killed \(SIGTERM\)$" % pid, out, re.M):
        run_until(shell, "echo", r"^\[%s\] killed \(SIGTERM\)$" % pid)
    # A job that ends between prompts is listed Done once, then forgotten.
    out = shell.run("sleep 1 &")
    pid = re.search(r"^\[(\d+)\]$", out, re.M).group(1)
    time.sleep(3)  # typing nothing: a prompt would report the end
    out = shell.run("jobs")
    assert re.search(r"^\[\d+\]  Done     sleep 1$", out, re.M), out
    out = shell.run("jobs")
    assert not re.search(r"^\[", out, re.M), out
    assert not re.search(r"^\[%s\] done" % pid, shell.out, re.M)
    # Nothing to continue.
    assert re.search(r"^sh: fg: no current job$", shell.run("fg"), re.M)
    assert re.search(r"^sh: bg: %9: no such job$", shell.run("bg %9"), re.M)
    # A shell that exits ends its stopped jobs (SIGHUP, SIGCONT): else they
    # would wait for ever, with no shell left to continue them.
    stop_foreground(shell, "spin")
    shell.type("exit\r")
    shell.read_until(r"init: shell exited \(status \d+\), restarting")
    shell.read_until(r"^\$ ")
    for _ in range(10):
        names, out = ps_names(shell)
        if "spin" not in names:
            break
        time.sleep(0.5)
    assert "spin" not in names, "a stopped spin outlived its shell:\n" + out
