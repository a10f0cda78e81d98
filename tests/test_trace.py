"""
The system-call tracer (kernel/trace.c, /bin/trace, the trace= boot
option): the trace of fixed programs compared line by line with what it
must be, under both memory models. Only what truly differs between the
models is masked: addresses on the stack (paging puts the stack under
0xc0000000, base and bound at the top of the process's own range), and
how the demo dies (address 0 faults only under paging; see
tests/user/trace_demo.c).
"""

import os
import re
import subprocess

import pytest

import kestrel

STACK = "STACK"  # in an expected line: an address on the user stack


def demo(pid):
    """
    The trace of /test/trace_demo a "b c" as process pid, from its first
    call on, up to the model's own ending (DEMO_END).
    """
    return [
        'hello',
        'write(1, "hello\\n", 6) = 6',
        'open("/nope", O_RDONLY) = -1 ENOENT (No such file or directory)',
        'open("/a/path/longer/than/the/tracer/s"..., O_RDONLY) = -1 ENOENT '
        '(No such file or directory)',
        'read(42, STACK, 16) = -1 EBADF (Bad file descriptor)',
        'pipe([3, 4]) = 0',
        'write(4, "ping\\t\\x01", 6) = 6',
        'read(3, "ping\\t\\x01", 16) = 6',
        '__sigaction(SIGUSR1, STACK, STACK) = 0',
        'getpid() = %d' % pid,
        'kill(%d, SIGUSR1) = 0' % pid,
        '--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=%d} ---'
        % pid,
        'caught SIGUSR1',
        'write(1, "caught SIGUSR1\\n", 15) = 15',
        '__sigreturn() = 0',
    ]


# Under /bin/trace (pid 2, init being 1) the program is pid 3, and its
# first line is the execve that trace's child made (execv passes on the
# environment init gives: PATH and HOME).
DEMO_EXECV = ('execve("/test/trace_demo", ["/test/trace_demo", "a", "b c"], '
              '[/* 2 vars */]) = 0')

DEMO_END = {
    # The write through NULL: page 0 is never mapped.
    "paging": [
        '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x0} '
        '---',
        '+++ killed by SIGSEGV +++',
    ],
    # NULL is the segment's first byte; the write to USER_TOP, past the
    # bound, faults: as a page fault under QEMU's TCG, which does not
    # check data segments' limits (docs/memory.md).
    "segment": [
        '--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_ACCERR, '
        'si_addr=0xc0000000} ---',
        '+++ killed by SIGSEGV +++',
    ],
}

# /bin/trace -f /test/trace_fork: the program is pid 3, its child pid 4.
FORK = [
    '[pid 3] execve("/test/trace_fork", ["/test/trace_fork"], '
    '[/* 2 vars */]) = 0',
    '[pid 3] sigprocmask(SIG_BLOCK, [USR1], []) = 0',
    '[pid 3] fork() = 4',
    'child',
    '[pid 4] write(1, "child\\n", 6) = 6',
    '[pid 4] _exit(7) = ?',
    '[pid 4] +++ exited with 7 +++',
    '[pid 3] waitpid(4, [{WIFEXITED(s) && WEXITSTATUS(s) == 7}], '
    'WUNTRACED) = 4',
    'child exited with 7',
    '[pid 3] write(1, "child exited with 7\\n", 20) = 20',
    '[pid 3] _exit(0) = ?',
    '[pid 3] +++ exited with 0 +++',
]


def pattern(line):
    """An expected line as a regex: STACK stands for any address."""
    return "^" + re.escape(line).replace(STACK, "0x[0-9a-f]+") + "$"


def program_lines(result, last):
    """
    The lines between the kernel's boot-complete line and the first line
    matching last: the trace and the program's own output, without the
    kernel's own messages (such as the fault line, which names an eip).
    """
    lines, started = [], False
    for line in result.lines:
        if not started:
            started = kestrel.BOOT_COMPLETE.match(line) is not None
            continue
        if re.match(last, line):
            return lines
        if not kestrel.KERNEL_LINE.match(line):
            lines.append(line)
    result.fail("no line matched %r after the boot" % last)


def compare(result, want, last):
    """Fails unless the program's lines are want, line for line."""
    got = program_lines(result, last)
    bad = [i for i in range(max(len(got), len(want)))
           if i >= len(got) or i >= len(want) or
           not re.match(pattern(want[i]), got[i])]
    if not bad:
        return
    out = ["the trace differs from the expected one, first at line %d:"
           % (bad[0] + 1)]
    for i in range(max(len(got), len(want))):
        mark = "->" if i in bad else "  "
        out.append("%s want %s" % (mark, want[i] if i < len(want) else "-"))
        out.append("%s got  %s" % (mark, got[i] if i < len(got) else "-"))
    result.fail("\n".join(out))


@pytest.mark.parametrize("mode", kestrel.ALL_MODES)
def test_demo_trace(mode):
    """trace PROGRAM: every call, its signal and its end, line by line."""
    r = kestrel.boot('quiet mm=%s init=/bin/trace /test/trace_demo a "b c"'
                     % mode)
    compare(r, [DEMO_EXECV] + demo(3) + DEMO_END[mode], r"^init: /bin/trace ")
    kestrel.expect(r, [r"^init: /bin/trace killed by signal 11 \(SIGSEGV\)$",
                       r"^init: free frames (\d+) before, \1 after$"],
                   status=kestrel.EXIT_OK)


@pytest.mark.parametrize("mode", kestrel.ALL_MODES)
def test_follow_children(mode):
    """trace -f: the child's calls too, each line marked with its pid."""
    r = kestrel.boot("quiet mm=%s init=/bin/trace -f /test/trace_fork" % mode)
    compare(r, FORK, r"^init: /bin/trace ")
    kestrel.expect(r, [r"^init: /bin/trace exited with status 0$"],
                   status=kestrel.EXIT_OK)


def test_children_not_followed_without_f():
    """Without -f the child runs untraced, and no line has a pid."""
    r = kestrel.boot("quiet init=/bin/trace /test/trace_fork")
    want = [line.replace("[pid 3] ", "") for line in FORK
            if not line.startswith("[pid 4]")]
    compare(r, want, r"^init: /bin/trace ")


def test_exit_status_passed_on():
    """trace exits as its program did: here execv fails, and so 127."""
    r = kestrel.boot("quiet init=/bin/trace /nope")
    compare(r, [
        'execve("/nope", ["/nope"], [/* 2 vars */]) = -1 ENOENT '
        '(No such file or directory)',
        'trace: cannot run /nope: No such file or directory',
        'write(2, "trace: cannot run /nope: No such"..., 51) = 51',
        '_exit(127) = ?',
        '+++ exited with 127 +++',
    ], r"^init: /bin/trace ")
    kestrel.expect(r, [r"^init: /bin/trace exited with status 127$"])


@pytest.mark.parametrize("mode", kestrel.ALL_MODES)
def test_boot_option_traces_from_first_instruction(mode):
    """trace=NAME: the program's first call is the first line (no execv)."""
    r = kestrel.boot('quiet mm=%s trace=trace_demo '
                     'init=/test/trace_demo a "b c"' % mode)
    # Started by init itself, the program is pid 2.
    compare(r, demo(2) + DEMO_END[mode], r"^init: /test/trace_demo ")


def test_boot_option_traces_init():
    """trace=init: init's calls from its first one on, and none else's."""
    r = kestrel.boot("quiet trace=init init=/bin/hello")
    compare(r, [
        'meminfo(STACK) = 0',
        'fork() = 2',
        'hello, world',
        'waitpid(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0) = 2',
        'write(1, "init: /bin/hello exited with sta"..., 38) = 38',
        'waitpid(-1, STACK, 0) = -1 ECHILD (No child processes)',
        'meminfo(STACK) = 0',
    ], r"^init: free frames ")


@pytest.mark.parametrize("mode", kestrel.ALL_MODES)
def test_bad_pointers_show_addresses(mode):
    """A string or buffer that runs into bad memory is shown as its address."""
    r = kestrel.boot("quiet mm=%s init=/test/trace_badptr" % mode)
    kestrel.expect(r, [r"^init: /test/trace_badptr exited with status 0$"],
                   forbid=[r"^PANIC"], status=kestrel.EXIT_OK)
    text = r.text
    for what, call in (("unterminated string", "open(0x%x, O_RDONLY)"),
                       ("straddling buffer", "write(1, 0x%x, 8)")):
        m = re.search(r"^%s at (0x[0-9a-f]+)$" % what, text, re.M)
        if not m:
            r.fail("the program did not say where its %s is" % what)
        line = call % int(m.group(1), 16) + " = -1 EFAULT (Bad address)"
        if not re.search("^" + re.escape(line) + "$", text, re.M):
            r.fail("expected the trace line %r" % line)


def test_a_new_call_is_traced_from_its_prototype(tmp_path):
    """The argument kinds come from the C types: no code per call."""
    with open(os.path.join(kestrel.ROOT, "tools", "syscalls.tbl")) as f:
        table = f.read()
    table += ("90 frob int frob(int fd, const char *name, const void *in, "
              "unsigned n, void *out, unsigned m)\n"
              "91 blip void *blip(int sig, struct stat *st, int ids[3], "
              "char *const argv[])\n")
    path = tmp_path / "syscalls.tbl"
    path.write_text(table)
    out = subprocess.run(
        ["/usr/bin/python3",
         os.path.join(kestrel.ROOT, "tools", "mksyscalls.py"), "trace",
         str(path)], stdout=subprocess.PIPE, text=True, check=True).stdout
    want = {
        "frob": '"frob", TA_INT, 6, {{TA_INT, 0}, {TA_STR, 0}, '
                '{TA_INBUF, 0}, {TA_UINT, 0}, {TA_OUTBUF, 0}, {TA_UINT, 0}}',
        "blip": '"blip", TA_HEX, 4, {{TA_SIG, 0}, {TA_HEX, 0}, '
                '{TA_INTS, 3}, {TA_ARGV, 0}}',
    }
    for name, entry in want.items():
        line = "\t[SYS_%s] = {%s}," % (name, entry)
        assert any(ln.startswith(line) for ln in out.splitlines()), (
            "mksyscalls.py trace gave no line starting %r; it gave:\n%s"
            % (line, "\n".join(ln for ln in out.splitlines() if name in ln)))
