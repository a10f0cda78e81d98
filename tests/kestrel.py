"""
The kestrel test harness: boots the kernel headless in QEMU (TCG), reads
the serial console line by line, and checks it against regular expressions.
The pytest cases in tests/test_*.py use boot() and expect(); the
self-describing user programs in tests/user/*.c use UserTest and
check_user(). Every boot's whole serial log is kept in build/test-logs/.
"""

import os
import re
import select
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build")
KERNEL = os.path.join(BUILD, "kernel.elf")
INITRD = os.path.join(BUILD, "initrd.cpio")
ISO = os.path.join(BUILD, "kernel.iso")
INITRD_DIR = os.path.join(BUILD, "initrd")
LOGDIR = os.path.join(BUILD, "test-logs")

QEMU = "qemu-system-i386"
# The kernel powers off by writing to this port; QEMU then exits with
# status (value << 1) | 1.
DEBUG_EXIT = "isa-debug-exit,iobase=0xf4,iosize=0x04"
EXIT_OK = 1  # the kernel wrote 0: a clean power-off
EXIT_PANIC = 3  # the kernel wrote 1: a panic, or failed self-tests
# Deterministic time: one instruction per virtual nanosecond, idle time
# skipped, and the RTC driven by the virtual clock.
ICOUNT = ["-icount", "shift=0,sleep=off", "-rtc", "clock=vm"]

DEFAULT_TIMEOUT = 20  # seconds; TCG on a busy 2-core machine is slow
TAIL = 40  # lines of serial output shown in a failure message

_UNCHECKED = object()
_log_counts = {}


def fail(msg):
    """Fails the current test with msg and no Python traceback."""
    import pytest

    pytest.fail(msg, pytrace=False)


def current_test():
    """Returns the running pytest case's id, e.g. 'test_boot.py::test_x'."""
    cur = os.environ.get("PYTEST_CURRENT_TEST", "adhoc")
    return cur.rsplit(" (", 1)[0]


def log_path(name=None, suffix=".log"):
    """
    Returns a fresh log file path under build/test-logs for the running
    test (or name); a second boot in the same test gets NAME.2.log.
    """
    name = name or current_test()
    base = re.sub(r"[^A-Za-z0-9_.=+-]+", "_", name.replace("::", "."))
    base = base.strip("_") or "log"
    n = _log_counts.get((base, suffix), 0) + 1
    _log_counts[(base, suffix)] = n
    if n > 1:
        base += ".%d" % n
    os.makedirs(LOGDIR, exist_ok=True)
    return os.path.join(LOGDIR, base + suffix)


def relpath(path):
    """Returns path relative to the repository root, for messages."""
    return os.path.relpath(path, ROOT)


def describe_status(status, timed_out=False, stopped=False, timeout=None):
    """Returns what a QEMU exit status means, in words."""
    if stopped:
        return "still running; stopped by the harness once the lines appeared"
    if timed_out:
        return "TIMEOUT: still running after %s s; killed" % timeout
    return {
        EXIT_OK: "exit status 1: the kernel powered off cleanly",
        EXIT_PANIC: "exit status 3: the kernel panicked (or a self-test "
        "failed)",
        0: "exit status 0: the machine reset or QEMU quit (a triple "
        "fault? see README, 'Triple faults')",
    }.get(status, "exit status %s: QEMU failed (see its stderr in the log)"
          % status)


def printable(line):
    """Shows control characters (a stray NUL, an escape) as \\xNN."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]",
                  lambda m: "\\x%02x" % ord(m.group()), line)


class Result:
    """What one boot produced: serial lines (no CR), QEMU status, log."""

    def __init__(self, lines, status, timed_out=False, stopped=False,
                 timeout=None, elapsed=0.0, log=None, argv=None, stderr=""):
        self.lines = lines
        self.status = status  # QEMU's exit status; None if we killed it
        self.timed_out = timed_out
        self.stopped = stopped  # killed after every until= line appeared
        self.timeout = timeout
        self.elapsed = elapsed
        self.log = log
        self.argv = argv or []
        self.stderr = stderr

    @property
    def text(self):
        return "\n".join(self.lines)

    def describe(self):
        return describe_status(self.status, self.timed_out, self.stopped,
                               self.timeout)

    def report(self, what):
        """Returns a failure message: what, QEMU's fate, tail, log path."""
        out = [what.rstrip(), "", "QEMU: " + self.describe()]
        if self.stderr.strip():
            out.append("QEMU stderr: " +
                       self.stderr.strip().splitlines()[-1])
        tail = self.lines[-TAIL:]
        out.append("last %d lines of serial output (of %d):" %
                   (len(tail), len(self.lines)))
        out += ["  | " + printable(line) for line in tail]
        if not self.lines:
            out.append("  (no output at all)")
        if self.log:
            out.append("full log: " + relpath(self.log))
        return "\n".join(out)

    def fail(self, what):
        fail(self.report(what))


def qemu_argv(cmdline="", via="kernel", mem=128, icount=False, extra=()):
    """Returns the QEMU command line for one headless boot."""
    argv = [QEMU, "-m", str(mem), "-no-reboot", "-display", "none",
            "-monitor", "none", "-serial", "stdio", "-net", "none",
            "-device", DEBUG_EXIT]
    if via == "kernel":
        argv += ["-kernel", KERNEL]
        if os.path.exists(INITRD):
            argv += ["-initrd", INITRD]
        # The shell at once, not /bin/login, unless the test asks for it
        # (init= runs one program and takes the rest of the line).
        if "init=" not in cmdline and "login=" not in cmdline:
            cmdline = (cmdline + " login=no").strip()
        argv += ["-append", cmdline]
    elif via == "grub":
        if cmdline:
            raise ValueError("GRUB boots its first menu entry, which has "
                             "no options; give no cmdline with via='grub'")
        argv += ["-cdrom", ISO]
    else:
        raise ValueError("via must be 'kernel' or 'grub', not %r" % via)
    if icount:
        argv += ICOUNT
    return argv + list(extra)


def _write_log(path, argv, lines, result_line, stderr):
    with open(path, "w") as f:
        f.write("# test: %s\n" % current_test())
        f.write("# qemu: %s\n" % " ".join(shlex.quote(a) for a in argv))
        f.write("# ---- serial output\n")
        for line in lines:
            f.write(line + "\n")
        f.write("# ---- %s\n" % result_line)
        if stderr.strip():
            f.write("# ---- QEMU stderr\n" + stderr)


def boot(cmdline="", timeout=DEFAULT_TIMEOUT, via="kernel", mem=128,
         icount=False, extra=(), until=None, name=None, idle=None):
    """
    Boots the kernel in QEMU and returns a Result. Stops when QEMU exits,
    when every regex of until= has matched a line, in order (QEMU is then
    killed), after timeout seconds, or (if idle is given) after idle
    seconds without any output (both count as a timeout; QEMU is killed).
    via='kernel' uses -kernel/-initrd/-append; via='grub' boots
    build/kernel.iso.
    """
    argv = qemu_argv(cmdline, via, mem, icount, extra)
    want = [re.compile(p) for p in (until or [])]
    log = log_path(name)
    errpath = "%s.%d.stderr" % (log[:-len(".log")], os.getpid())
    lines, buf, k = [], b"", 0
    timed_out = stopped = eof = False
    start = last_output = time.monotonic()
    with open(errpath, "w+") as err:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=err)
        try:
            fd = proc.stdout.fileno()
            while True:
                now = time.monotonic()
                left = start + timeout - now
                if left <= 0 or (idle and now - last_output > idle):
                    timed_out = True
                    break
                ready, _, _ = select.select([fd], [], [], min(left, 1.0))
                if not ready:
                    continue
                last_output = time.monotonic()
                chunk = os.read(fd, 65536)
                if not chunk:
                    eof = True
                    break
                *done, buf = (buf + chunk).split(b"\n")
                for raw in done:
                    line = raw.decode("utf-8", "replace").replace("\r", "")
                    lines.append(line)
                    if k < len(want) and want[k].search(line):
                        k += 1
                if want and k == len(want):
                    stopped = True
                    break
        finally:
            # At end of output QEMU is exiting: give it time to say how.
            if eof:
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    pass
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            proc.stdout.close()
        if buf and not stopped:
            lines.append(buf.decode("utf-8", "replace").replace("\r", ""))
        err.seek(0)
        stderr = err.read()
    os.unlink(errpath)
    elapsed = time.monotonic() - start
    status = None if (timed_out or stopped) else proc.returncode
    result = Result(lines, status, timed_out, stopped, timeout, elapsed,
                    log, argv, stderr)
    _write_log(log, argv, lines, "QEMU %s; %.2f s" %
               (result.describe(), elapsed), stderr)
    return result


def _match_in_order(lines, patterns):
    """
    Matches regexes against lines in order, each after the last match.
    Returns (matches, index of the first missing pattern or None, where
    each matched: a list of line numbers).
    """
    matches, where, i = [], [], 0
    for n, pat in enumerate(patterns):
        rx = re.compile(pat)
        while i < len(lines):
            m = rx.search(lines[i])
            i += 1
            if m:
                matches.append(m)
                where.append(i)
                break
        else:
            return matches, n, where
    return matches, None, where


def _expected_list(patterns, where, missing):
    out = ["expected these lines, in order:"]
    for n, pat in enumerate(patterns):
        if missing is None or n < missing:
            out.append("     found   %r (line %d)" % (pat, where[n]))
        elif n == missing:
            out.append("  -> MISSING %r" % pat)
        else:
            out.append("     (after) %r" % pat)
    return out


def expect(result, patterns, forbid=(), panic=False, status=_UNCHECKED):
    """
    Checks a boot: the regexes in patterns must match lines in this order;
    no line may match a forbid regex; no line may start with PANIC unless
    panic=True; QEMU's exit status must equal status= when given (None:
    the harness stopped it). Fails the test with the expected lines, the
    first missing one, the last lines of output and the log's path.
    Returns the match objects of patterns, for checking numbers.
    """
    patterns = list(patterns)
    matches, missing, where = _match_in_order(result.lines, patterns)
    problems = []
    if missing is not None:
        problems.append("pattern %d of %d not found: %r" %
                        (missing + 1, len(patterns), patterns[missing]))
    for pat in forbid:
        rx = re.compile(pat)
        for n, line in enumerate(result.lines, 1):
            if rx.search(line):
                problems.append("forbidden %r matched line %d: %r" %
                                (pat, n, line))
                break
    if not panic:
        for n, line in enumerate(result.lines, 1):
            if line.startswith("PANIC"):
                problems.append("unexpected panic at line %d: %r" %
                                (n, line))
                break
    if status is not _UNCHECKED and result.status != status:
        problems.append("QEMU should have ended with: %s" %
                        describe_status(status))
    if problems:
        result.fail("\n".join(problems + [""] +
                              _expected_list(patterns, where, missing)))
    return matches


# ---- Self-describing user tests: tests/user/NAME.c (and $SUITE/NAME.c).

USER_DIR = os.path.join(ROOT, "tests", "user")
SIGNAL_H = os.path.join(ROOT, "include", "kestrel", "signal.h")
# The kernel's memory models (mm=): each case runs once per model its
# "mode:" key allows (default both), as user/NAME[paging] and
# user/NAME[segment]. None would run each case once, with no mm= at all.
ALL_MODES = ("paging", "segment")
MEMORY_MODELS = ALL_MODES

# The program's output, which expect-output and forbid-output see, is the
# lines after the kernel's boot-complete line and before init's verdict,
# less the lines the kernel and init print meanwhile (these prefixes).
BOOT_COMPLETE = re.compile(r"^kernel: boot complete")
KERNEL_LINE = re.compile(
    r"^(kestrel \d|cmdline: |mem: |initrd: |vm: |timer: |kernel: |init: |"
    r"exec: |ext2: |pid \d+ \()")
FREE_FRAMES = re.compile(r"^init: free frames (\d+) before, (\d+) after$")
RESERVED_FRAMES = re.compile(
    r"^init: reserved frames (\d+) before, (\d+) after$")

KEYS = ("expect", "expect-output", "forbid-output", "expect-kernel", "args",
        "timeout", "cmdline", "icount", "mode", "disk")
REPEATABLE = ("expect-output", "forbid-output", "expect-kernel")


class HeaderError(Exception):
    """A malformed header in a user test's source file."""


def signal_numbers():
    """Returns {name: number} from include/kestrel/signal.h."""
    nums = {}
    try:
        with open(SIGNAL_H) as f:
            for m in re.finditer(r"#define\s+(SIG[A-Z0-9]+)\s+(\d+)",
                                 f.read()):
                nums[m.group(1)] = int(m.group(2))
    except OSError:
        pass
    return nums


def split_args(line):
    """
    Splits an args: line the way the kernel and init do: at every single
    space, with "..." quoting a word that holds spaces (or is empty).
    """
    if not line:
        return []
    words, cur, quoted = [], "", False
    for c in line:
        if c == '"':
            quoted = not quoted
        elif c == " " and not quoted:
            words.append(cur)
            cur = ""
        else:
            cur += c
    if quoted:
        raise HeaderError("args: unbalanced double quote in %r" % line)
    return words + [cur]


class UserTest:
    """One self-describing test program and what its header expects."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.splitext(os.path.basename(path))[0]
        self.expect = ("exit", 0)
        self.expect_output = []
        self.forbid_output = []
        self.expect_kernel = []
        self.args = ""
        self.argv = []
        self.timeout = DEFAULT_TIMEOUT
        self.cmdline = ""
        self.icount = False
        self.modes = ALL_MODES
        self.disk = None  # (size, block size) of a fresh ext2 root, or None
        self._parse()

    def _parse(self):
        with open(self.path, errors="replace") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                if not line.startswith("//"):
                    break
                m = re.match(r"//\s*([a-z][a-z0-9-]*):(?:\s+(.*)|$)", line)
                if m:
                    try:
                        self._set(m.group(1), (m.group(2) or "").strip())
                    except HeaderError as e:
                        raise HeaderError("%s:%d: %s" %
                                          (relpath(self.path), n, e))

    def _set(self, key, value):
        if key not in KEYS:
            raise HeaderError("unknown key %r (known: %s)" %
                              (key, ", ".join(KEYS)))
        if key in REPEATABLE:
            try:
                re.compile(value)
            except re.error as e:
                raise HeaderError("%s: bad regex %r: %s" % (key, value, e))
            getattr(self, key.replace("-", "_")).append(value)
        elif key == "expect":
            self.expect = parse_expect(value)
        elif key == "args":
            self.args, self.argv = value, split_args(value)
        elif key == "timeout":
            try:
                self.timeout = float(value)
            except ValueError:
                raise HeaderError("timeout: %r is not a number" % value)
        elif key == "cmdline":
            self.cmdline = value
        elif key == "icount":
            if value not in ("yes", "no"):
                raise HeaderError("icount: say yes or no, not %r" % value)
            self.icount = value == "yes"
        elif key == "disk":
            m = re.fullmatch(r"yes|(\d+[KMG])(?:/(1024|2048|4096))?", value)
            if not m:
                raise HeaderError("disk: say yes, SIZE or SIZE/BLOCKSIZE "
                                  "(e.g. 8M/1024), not %r" % value)
            self.disk = (m.group(1) or DISK_SIZE,
                         int(m.group(2)) if m.group(2) else None)
        elif key == "mode":
            value, _, remark = value.partition(" ")
            if remark and not remark.startswith("("):
                raise HeaderError("mode: one word, then at most a (remark)")
            if value not in ALL_MODES + ("both",):
                raise HeaderError("mode: paging, segment or both, not %r"
                                  % value)
            self.modes = ALL_MODES if value == "both" else (value,)

    def kernel_cmdline(self, mode=None):
        """The -append line: quiet, extra options, mm=, init= and args."""
        words = ["quiet", self.cmdline, "mm=" + mode if mode else "",
                 "init=/test/" + self.name, self.args]
        return " ".join(w for w in words if w)


def parse_expect(value):
    """Parses 'exit N' or 'signal SIGNAME' (or 'signal N')."""
    m = re.fullmatch(r"exit\s+(-?\d+)", value)
    if m:
        return ("exit", int(m.group(1)))
    m = re.fullmatch(r"signal\s+(SIG[A-Z0-9]+|\d+)", value)
    if m:
        sig = m.group(1)
        if sig.isdigit():
            return ("signal", int(sig))
        nums = signal_numbers()
        if sig not in nums:
            raise HeaderError("expect: unknown signal %s (known: %s)" %
                              (sig, ", ".join(sorted(nums))))
        return ("signal", sig)
    raise HeaderError("expect: say 'exit N' or 'signal SIGNAME', not %r" %
                      value)


class DiscoveryError(RuntimeError):
    """A user test directory that is missing or holds no NAME.c."""


def suite_dirs():
    """
    Returns [(name, path)]: ("tests/user", its path), plus ("SUITE=DIR",
    its path) if $SUITE is set (relative to the repository root, or
    absolute). Raises DiscoveryError if $SUITE is not a directory.
    """
    dirs = [(relpath(USER_DIR), USER_DIR)]
    suite = os.environ.get("SUITE", "").strip()
    if suite:
        path = os.path.join(ROOT, suite)
        if not os.path.isdir(path):
            raise DiscoveryError("SUITE=%s: no such directory" % suite)
        if os.path.realpath(path) != os.path.realpath(USER_DIR):
            dirs.append(("SUITE=" + suite, path))
    return dirs


def find_user_tests():
    """
    Returns [(case id, [source paths])], one per program name, sorted. More
    than one path means two files claim the same /test/NAME. Raises
    DiscoveryError, naming the directory, if tests/user or $SUITE is
    missing or holds no NAME.c: a run that finds nothing to test fails.
    """
    byname = {}
    for name, d in suite_dirs():
        try:
            sources = sorted(f for f in os.listdir(d) if f.endswith(".c"))
        except OSError as e:
            raise DiscoveryError("%s: cannot list %s: %s" %
                                 (name, d, e.strerror))
        if not sources:
            raise DiscoveryError("%s: no user tests (no NAME.c files) in %s"
                                 % (name, d))
        for f in sources:
            byname.setdefault(f[:-2], []).append(os.path.join(d, f))
    cases = []
    for name in sorted(byname):
        cases.append(("user/" + name, byname[name]))
    return cases


def user_cases():
    """Returns pytest parameters (id, paths, mm mode or None) for all cases."""
    cases = []
    for cid, paths in find_user_tests():
        if MEMORY_MODELS is None:
            cases.append((cid, paths, None))
            continue
        try:
            modes = UserTest(paths[0]).modes
        except (HeaderError, OSError):
            modes = MEMORY_MODELS  # run, so the header error is reported
        for mode in MEMORY_MODELS:
            if mode in modes:
                cases.append(("%s[%s]" % (cid, mode), paths, mode))
    return cases


def _verdict_line(name):
    return re.compile(r"^init: /test/%s (?:exited with status (-?\d+)|"
                      r"killed by signal (\d+) \((\w+)\))$" % re.escape(name))


def _check_verdict(t, lines):
    """Returns (problems, index of init's verdict line or None)."""
    rx = _verdict_line(t.name)
    found = [(i, rx.match(line)) for i, line in enumerate(lines)
             if rx.match(line)]
    if not found:
        return ["init never said how /test/%s ended (no 'init: /test/%s "
                "exited with status N' or '... killed by signal N (SIG..)' "
                "line)" % (t.name, t.name)], None
    problems = []
    if len(found) > 1:
        problems.append("init reported /test/%s %d times" %
                        (t.name, len(found)))
    i, m = found[0]
    got = lines[i][len("init: /test/%s " % t.name):]
    kind, want = t.expect
    if kind == "exit":
        ok = m.group(1) is not None and int(m.group(1)) == want
        wanted = "exited with status %d" % want
    else:
        num = signal_numbers().get(want, want)
        ok = m.group(2) is not None and int(m.group(2)) == num and (
            isinstance(want, int) or m.group(3) == want)
        wanted = "killed by signal %s (%s)" % (num, want)
    if not ok:
        problems.append("expected /test/%s to have %s, but it %s" %
                        (t.name, wanted, got))
    return problems, i


def _check_patterns(lines, patterns, what):
    _, missing, _ = _match_in_order(lines, patterns)
    if missing is None:
        return []
    return ["%s: pattern %d of %d not found: %r (all, in order: %s)" %
            (what, missing + 1, len(patterns), patterns[missing],
             ", ".join(repr(p) for p in patterns))]


def check_user(t, result):
    """
    Checks a user test's boot against its header. Fails the test listing
    every problem: a panic, QEMU not powering off, the wrong exit status
    or signal, missing or forbidden output, kernel lines, a frame leak.
    """
    lines = result.lines
    problems = []
    for n, line in enumerate(lines, 1):
        if line.startswith("PANIC"):
            problems.append("kernel panic at line %d: %r" % (n, line))
            break
    if result.status != EXIT_OK:
        problems.append("QEMU should exit with status 1 (init powers off); "
                        "it did not: " + result.describe())
    verdict, end = _check_verdict(t, lines)
    problems += verdict
    start = next((i + 1 for i, line in enumerate(lines[:end])
                  if BOOT_COMPLETE.match(line)), 0)
    output = [line for line in lines[start:end]
              if not KERNEL_LINE.match(line)]
    problems += _check_patterns(output, t.expect_output, "expect-output")
    for pat in t.forbid_output:
        hit = [line for line in output if re.search(pat, line)]
        if hit:
            problems.append("forbid-output %r matched the program's output "
                            "line %r" % (pat, hit[0]))
    problems += _check_patterns(lines, t.expect_kernel, "expect-kernel")
    frames = [FREE_FRAMES.match(line) for line in lines
              if FREE_FRAMES.match(line)]
    if not frames:
        problems.append("no 'init: free frames N before, M after' line, so "
                        "the leak check could not run")
    else:
        before, after = int(frames[-1].group(1)), int(frames[-1].group(2))
        if before != after:
            problems.append("frame leak: %d free frames before, %d after "
                            "(%+d)" % (before, after, after - before))
    rsv = [RESERVED_FRAMES.match(line) for line in lines
           if RESERVED_FRAMES.match(line)]
    if not rsv:
        problems.append("no 'init: reserved frames N before, M after' "
                        "line, so reservations could not be checked")
    elif rsv[-1].group(1) != rsv[-1].group(2):
        problems.append("reservation leak: %s frames reserved before, %s "
                        "after" % (rsv[-1].group(1), rsv[-1].group(2)))
    if problems:
        result.fail("user test %s (%s) failed:\n" %
                    (t.name, relpath(t.path)) +
                    "\n".join("  - " + p for p in problems))


def run_user_test(paths, mode=None, cmdline=""):
    """
    Parses the header, boots with init=/test/NAME (and the header's
    options, plus cmdline if given, and a fresh disk if it asks for one),
    checks the result.
    """
    if len(paths) > 1:
        fail("two sources claim /test/%s: %s" %
             (os.path.basename(paths[0])[:-2],
              ", ".join(relpath(p) for p in paths)))
    try:
        t = UserTest(paths[0])
    except HeaderError as e:
        fail("bad test header: %s" % e)
    binary = os.path.join(INITRD_DIR, "test", t.name)
    if not os.path.exists(binary):
        fail("%s was not built (no %s): run make, with the same SUITE=" %
             (relpath(t.path), relpath(binary)))
    t.cmdline = " ".join(w for w in (t.cmdline, cmdline) if w)
    if t.disk is None:
        result = boot(t.kernel_cmdline(mode), timeout=t.timeout,
                      icount=t.icount)
        check_user(t, result)
        return result
    with tempfile.TemporaryDirectory(dir=BUILD) as tmp:
        img = make_disk(os.path.join(tmp, "disk.img"), size=t.disk[0],
                        block_size=t.disk[1], tests=[t.name])
        result = boot(t.kernel_cmdline(mode), timeout=t.timeout,
                      icount=t.icount, extra=disk_args(img))
        check_user(t, result)
        check_fsck(img, result)
    return result


# ---- Disks: ext2 images made by e2fsprogs on the host.
DISK_SIZE = "32M"  # a test's disk unless its header says otherwise


def e2tool(name):
    """Returns the path of an e2fsprogs program (often in /sbin)."""
    for d in [None, "/usr/sbin", "/sbin"]:
        path = shutil.which(name, path=d) if d else shutil.which(name)
        if path:
            return path
    fail("%s not found: install e2fsprogs (tools/install-deps.sh)" % name)


def make_disk(path, files=None, size=DISK_SIZE, block_size=None,
              initrd=True, tests=None):
    """
    Makes an ext2 image at path with mke2fs -d from a directory holding
    the initrd's tree (bin/, test/, etc/, bad/; unless initrd=False; of
    test/ only the programs named in tests, if it is a list), empty home/
    and tmp/, and files: {path in the image: bytes, or a function called
    with the host path to make it}. Returns path. Leaving out test/'s
    hundreds of programs keeps a small disk's room for the test's files.
    """
    tree = path + ".d"
    if initrd:
        ignore = None
        if tests is not None:
            def ignore(d, names):
                if os.path.abspath(d) != os.path.join(INITRD_DIR, "test"):
                    return []
                return [n for n in names if n not in tests]
        shutil.copytree(INITRD_DIR, tree, ignore=ignore)
    for d in ("home", "tmp"):
        os.makedirs(os.path.join(tree, d), exist_ok=True)
    for name, data in (files or {}).items():
        host = os.path.join(tree, name.lstrip("/"))
        os.makedirs(os.path.dirname(host), exist_ok=True)
        if callable(data):
            data(host)
        else:
            with open(host, "wb") as f:
                f.write(data)
    owners = [sys.executable, os.path.join(ROOT, "tools", "diskowners.py")]
    subprocess.run(owners + ["prepare", tree], check=True)
    argv = [e2tool("mke2fs"), "-q", "-F", "-t", "ext2", "-d", tree]
    if block_size:
        argv += ["-b", str(block_size)]
    r = subprocess.run(argv + [path, size], capture_output=True, text=True)
    if r.returncode == 0:
        # Every file root's, the homes their users' (mke2fs copies the
        # host's owners, which a build not run as root cannot set).
        r = subprocess.run(owners + ["own", tree, path],
                           capture_output=True, text=True)
    shutil.rmtree(tree)
    if r.returncode != 0:
        fail("making the disk failed (%d): %s" % (r.returncode, r.stderr))
    return path


def disk_args(img):
    """QEMU's options that attach img as the primary master ATA disk."""
    return ["-drive", "file=%s,format=raw,if=ide,index=0" % img]


def fsck(img):
    """Runs e2fsck -fn on img; returns (clean, its output)."""
    r = subprocess.run([e2tool("e2fsck"), "-fn", img], capture_output=True,
                       text=True)
    return r.returncode == 0, r.stdout + r.stderr


def check_fsck(img, result=None):
    """Fails the test, with e2fsck's report, unless img is clean."""
    clean, out = fsck(img)
    if clean:
        return
    what = "e2fsck -fn finds the image damaged:\n" + out
    if result is not None:
        result.fail(what)
    fail(what)


def debugfs(img, request):
    """Runs one debugfs request (e.g. 'cat /home/f') on img; its stdout."""
    r = subprocess.run([e2tool("debugfs"), "-R", request, img],
                       capture_output=True)
    return r.stdout
