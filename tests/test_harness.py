"""
Tests of the harness itself, on canned serial logs (no QEMU): line
matching, the panic rule, header parsing and the user-test verdicts. They
guard the checks that every other case relies on.
"""

import os
import re
import subprocess
import sys

import pytest

import kestrel
from kestrel import Result, UserTest, HeaderError

FAILED = pytest.fail.Exception


def canned(lines, status=kestrel.EXIT_OK):
    return Result(list(lines), status, log=kestrel.log_path())


def test_expect_in_order_and_groups():
    r = canned(["a 1", "b 2", "c 3"])
    m = kestrel.expect(r, [r"^a (\d)", r"^c (\d)"], status=kestrel.EXIT_OK)
    assert [x[1] for x in m] == ["1", "3"]


def test_expect_reports_missing_pattern_and_log():
    r = canned(["b", "a"])
    with pytest.raises(FAILED) as e:
        kestrel.expect(r, [r"^a$", r"^b$"])
    msg = str(e.value)
    assert "pattern 2 of 2 not found: '^b$'" in msg
    assert "-> MISSING '^b$'" in msg
    assert "  | a" in msg and "full log: build/test-logs/" in msg


def test_expect_panic_forbid_and_status():
    r = canned(["ok", "PANIC: boom"], status=kestrel.EXIT_PANIC)
    with pytest.raises(FAILED, match="unexpected panic at line 2"):
        kestrel.expect(r, [r"^ok$"])
    kestrel.expect(r, [r"^PANIC: boom$"], panic=True,
                   status=kestrel.EXIT_PANIC)
    with pytest.raises(FAILED, match="forbidden 'ok' matched line 1"):
        kestrel.expect(r, [], forbid=["ok"], panic=True)
    with pytest.raises(FAILED, match="exit status 1"):
        kestrel.expect(r, [], panic=True, status=kestrel.EXIT_OK)


def write_case(tmp_path, name, header):
    path = tmp_path / (name + ".c")
    path.write_text(header + "#include <stdio.h>\nint main(void) {}\n")
    return str(path)


def test_header_keys(tmp_path):
    t = UserTest(write_case(tmp_path, "demo", (
        "// Tests the header: a free-text line is fine.\n"
        "// expect: signal SIGSEGV\n"
        "// expect-output: ^one$\n"
        "// expect-output: ^two$\n"
        "// forbid-output: FAIL\n"
        "// expect-kernel: killed by SIGSEGV\n"
        '// args: a "b c" ""\n'
        "// timeout: 7\n"
        "// cmdline: hz=1000\n"
        "// icount: yes\n"
        "// mode: segment (a remark in brackets may follow)\n"
        "//\n"
        "// expect: exit 3\n")))
    assert t.expect == ("exit", 3)  # a later key wins
    assert t.expect_output == ["^one$", "^two$"]
    assert t.forbid_output == ["FAIL"]
    assert t.expect_kernel == ["killed by SIGSEGV"]
    assert t.argv == ["a", "b c", ""]
    assert (t.timeout, t.cmdline, t.icount, t.modes) == (7, "hz=1000", True,
                                                        ("segment",))
    assert t.kernel_cmdline() == 'quiet hz=1000 init=/test/demo a "b c" ""'
    assert t.kernel_cmdline("paging").startswith("quiet hz=1000 mm=paging ")


def test_header_stops_at_code_and_defaults(tmp_path):
    t = UserTest(write_case(tmp_path, "plain", "\n// no keys here\n"))
    assert t.expect == ("exit", 0) and t.argv == [] and not t.icount
    assert t.timeout == kestrel.DEFAULT_TIMEOUT
    assert t.kernel_cmdline() == "quiet init=/test/plain"


@pytest.mark.parametrize("line,why", [
    ("// expct: exit 0", "unknown key 'expct'"),
    ("// expect: exited 0", "say 'exit N' or 'signal SIGNAME'"),
    ("// expect: signal SIGNOPE", "unknown signal SIGNOPE"),
    ('// args: "open', "unbalanced double quote"),
    ("// expect-output: (", "bad regex"),
    ("// icount: maybe", "say yes or no"),
    ("// mode: virtual", "paging, segment or both"),
    ("// mode: paging only", "at most a \\(remark\\)"),
])
def test_header_errors(tmp_path, line, why):
    with pytest.raises(HeaderError, match=r"bad\.c:1: .*" + why):
        UserTest(write_case(tmp_path, "bad", line + "\n"))


GOOD = [
    "kestrel 0.1 (i386) booting",
    "cmdline: 'quiet init=/test/demo'",
    "vm: memory model: paging",
    "timer: PIT at 100 Hz",
    "kernel: boot complete, starting /bin/init",
    "one",
    "pid 7 (demo): page fault at eip 0x1034 addr 0xc0100000 (user read, "
    "protection): killed by SIGSEGV",
    "two",
    "init: /test/demo killed by signal 11 (SIGSEGV)",
    "init: free frames 100 before, 100 after",
    "init: reserved frames 16 before, 16 after",
]
FREE_LINE = "init: free frames 100 before, 100 after"
RSV_LINE = "init: reserved frames 16 before, 16 after"


def demo(tmp_path, extra=""):
    return UserTest(write_case(tmp_path, "demo", (
        "// expect: signal SIGSEGV\n// expect-output: ^one$\n"
        "// expect-output: ^two$\n// forbid-output: FAIL\n"
        "// expect-kernel: ^pid \\d+ \\(demo\\): page fault.*SIGSEGV$\n" +
        extra)))


def test_user_verdict_passes(tmp_path):
    kestrel.check_user(demo(tmp_path), canned(GOOD))


VERDICT_FAILURES = {
    "leak": (lambda l: [x.replace(FREE_LINE, "init: free frames 100 before, "
                                  "98 after") for x in l],
             r"frame leak: 100 free frames before, 98 after \(-2\)"),
    "no-frames-line": (lambda l: [x for x in l if x != FREE_LINE],
                       "leak check could not run"),
    "reservation-leak": (lambda l: [x.replace(RSV_LINE, "init: reserved "
                                              "frames 16 before, 17 after")
                                    for x in l],
                         "reservation leak: 16 frames reserved before, 17 "
                         "after"),
    "no-reserved-line": (lambda l: [x for x in l if x != RSV_LINE],
                         "reservations could not be checked"),
    "wrong-signal": (lambda l: [x.replace("signal 11 (SIGSEGV)",
                                          "signal 8 (SIGFPE)") for x in l],
                     r"killed by signal 11 \(SIGSEGV\), but it killed by "
                     r"signal 8 \(SIGFPE\)"),
    "no-verdict": (lambda l: [x for x in l if not x.startswith("init: /")],
                   "init never said how /test/demo ended"),
    "two-verdicts": (lambda l: l + ["init: /test/demo exited with status 0"],
                     "init reported /test/demo 2 times"),
    "missing-output": (lambda l: [x for x in l if x != "two"],
                       "expect-output: pattern 2 of 2"),
    "forbidden-output": (lambda l: l[:6] + ["FAIL: x"] + l[6:],
                         "forbid-output 'FAIL' matched"),
    "missing-kernel-line": (lambda l: [x for x in l
                                       if not x.startswith("pid")],
                            "expect-kernel"),
    "panic": (lambda l: l[:5] + ["PANIC: oops"], "kernel panic at line 6"),
}


@pytest.mark.parametrize("case", sorted(VERDICT_FAILURES))
def test_user_verdict_failures(tmp_path, case):
    change, why = VERDICT_FAILURES[case]
    with pytest.raises(FAILED, match=why):
        kestrel.check_user(demo(tmp_path), canned(change(list(GOOD))))


def test_user_requires_power_off(tmp_path):
    with pytest.raises(FAILED, match="QEMU should exit with status 1"):
        kestrel.check_user(demo(tmp_path), Result(GOOD, None, timed_out=True,
                                                  timeout=20))


def test_user_output_excludes_kernel_lines(tmp_path):
    t = demo(tmp_path, "// forbid-output: ^pid\n// forbid-output: model\n"
             "// forbid-output: ^init:\n")
    kestrel.check_user(t, canned(GOOD))


def test_suite_dir_adds_cases(tmp_path, monkeypatch):
    write_case(tmp_path, "extra_case", "")
    monkeypatch.setenv("SUITE", str(tmp_path))
    ids = [c[0] for c in kestrel.find_user_tests()]
    assert "user/extra_case" in ids
    monkeypatch.setenv("SUITE", os.path.join(str(tmp_path), "nope"))
    with pytest.raises(RuntimeError, match="no such directory"):
        kestrel.find_user_tests()


@pytest.mark.parametrize("which", ["tests/user", "SUITE", "SUITE-no-c"])
def test_empty_test_dir_is_an_error(tmp_path, monkeypatch, which):
    """A test directory with no NAME.c is an error naming it, not 0 cases."""
    empty = tmp_path / "empty"
    empty.mkdir()
    if which == "SUITE-no-c":
        (empty / "check.h").write_text("#define X 1\n")
        (empty / "notes.txt").write_text("not a test\n")
    if which == "tests/user":
        monkeypatch.setattr(kestrel, "USER_DIR", str(empty))
        monkeypatch.delenv("SUITE", raising=False)
    else:
        monkeypatch.setenv("SUITE", str(empty))
    with pytest.raises(kestrel.DiscoveryError,
                       match="no user tests .* in %s$" % re.escape(str(empty))):
        kestrel.user_cases()


def collect_user_tests(suite):
    """Collects tests/test_user.py in a new pytest with SUITE=suite."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTEST_")}
    env["SUITE"] = suite
    r = subprocess.run([sys.executable, "-m", "pytest", "-c",
                        "tests/pytest.ini", "--collect-only", "-q",
                        "tests/test_user.py"], cwd=kestrel.ROOT, env=env,
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, timeout=60)
    return r.returncode, r.stdout


def test_empty_discovery_fails_the_run(tmp_path):
    """
    test_user.py, collected with SUITE= an empty directory, fails the run
    with the directory's name; the same with one NAME.c in it collects
    that case (so the failure is the empty directory's, nothing else's).
    """
    empty = tmp_path / "empty"
    empty.mkdir()
    status, out = collect_user_tests(str(empty))
    assert status != 0, "pytest passed with SUITE=%s (empty):\n%s" % (empty,
                                                                      out)
    assert "DiscoveryError: SUITE=%s: no user tests" % empty in out, out
    assert re.search(r"^0 passed, [1-9]\d* failed$", out, re.M), out
    one = tmp_path / "one"
    one.mkdir()
    write_case(one, "only_case", "")
    status, out = collect_user_tests(str(one))
    assert status == 0, "pytest failed with SUITE=%s (one case):\n%s" % (
        one, out)
    assert "test_user.py::test_user[user/only_case[paging]]" in out, out
