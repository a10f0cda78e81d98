"""
The robustness suites (docs/robustness.md): the bad-call suite
(tests/robust/badcalls.tbl, run by /test/badcalls) and the privileged-
instruction suite (tests/robust/privileged.tbl, run by /test/privileged),
each booted once per memory model. Every case prints one line, "case
CATEGORY/NAME: ok" or "... FAIL: expected X, got Y"; the test for a suite
and model lists every case that failed or never reported, with the kernel's
lines about it. If the kernel panics or hangs in a case, that case fails
and the suite boots again from the next one, so one kernel bug does not
hide the rest. Also: the tables parse, every system call has cases, and
the counts in docs/robustness.md match the tables.
"""

import os
import re
import sys

import pytest

import kestrel

sys.path.insert(0, os.path.join(kestrel.ROOT, "tools"))
import robustdoc  # noqa: E402  (tools/ is not a package)

BOOT_TIMEOUT = 90  # seconds for one boot; a whole suite takes a few
# A hung kernel prints nothing more; a case that blocks ends within 1 s.
IDLE_TIMEOUT = 15
MAX_BOOTS = 16  # boots per suite and model, resuming after panics
MIN_BADCALLS = 150
CASE_LINE = re.compile(r"^case ([a-z0-9_]+/[a-z0-9_]+): (ok|FAIL: (.*))$")
SUMMARY = re.compile(r"^(badcalls|privileged): (\d+) cases run under "
                     r"mm=(\w+): (\d+) passed, (\d+) failed$")
VERDICT = re.compile(r"^init: /test/\w+ (exited with status \d+|killed by "
                     r"signal \d+ \(\w+\))$")
SYSCALLS_TBL = os.path.join(kestrel.ROOT, "tools", "syscalls.tbl")


def load(suite):
    """The cases of a suite, or a test failure naming the bad line."""
    try:
        return robustdoc.parse(suite)[1]
    except (robustdoc.TableError, OSError) as e:
        kestrel.fail("tests/robust/%s.tbl: %s" % (suite, e))


class Report:
    """What the boots of one suite under one model said, case by case."""

    def __init__(self, suite, model, cases):
        self.suite = suite
        self.model = model
        self.cases = cases
        self.ids = [c.id for c in cases]
        self.result = {}  # id -> None (passed) or the failure's text
        self.context = {}  # id -> the kernel's lines just before it
        self.problems = []  # things wrong with a boot as a whole
        self.logs = []

    def read_boot(self, r, start):
        """Takes the case lines of one boot; returns True if it finished."""
        self.logs.append(kestrel.relpath(r.log))
        before = []
        for line in r.lines:
            m = CASE_LINE.match(line)
            if not m:
                if line.startswith("pid ") or line.startswith("exec: "):
                    before.append(line)
                continue
            cid = m.group(1)
            if cid not in self.ids:
                self.problems.append("the runner reported an unknown case "
                                     "%s" % cid)
            elif cid in self.result:
                self.problems.append("case %s reported twice" % cid)
            else:
                self.result[cid] = None if m.group(2) == "ok" else \
                    m.group(3)
                self.context[cid] = before
            before = []
        return any(VERDICT.match(line) for line in r.lines)

    def check_finished(self, r):
        """Checks a boot that ran to the end: summary, leak, power-off."""
        sums = [SUMMARY.match(line) for line in r.lines if SUMMARY.match(line)]
        if not sums:
            self.problems.append("no summary line from /test/%s (log %s)" %
                                 (self.suite, kestrel.relpath(r.log)))
        frames = [kestrel.FREE_FRAMES.match(line) for line in r.lines
                  if kestrel.FREE_FRAMES.match(line)]
        if not frames:
            self.problems.append("no 'init: free frames' line: the leak "
                                 "check could not run")
        elif frames[-1].group(1) != frames[-1].group(2):
            self.problems.append("frame leak: %s free frames before, %s "
                                 "after" % frames[-1].groups())
        rsv = [kestrel.RESERVED_FRAMES.match(line) for line in r.lines
               if kestrel.RESERVED_FRAMES.match(line)]
        if rsv and rsv[-1].group(1) != rsv[-1].group(2):
            self.problems.append("reservation leak: %s frames reserved "
                                 "before, %s after" % rsv[-1].groups())
        if r.status != kestrel.EXIT_OK:
            self.problems.append("QEMU did not power off cleanly: " +
                                 r.describe())

    def died_in(self, start, r):
        """The boot ended early: blames the first case without a line."""
        for k in range(start, len(self.ids)):
            if self.ids[k] not in self.result:
                break
        else:
            self.problems.append("every case reported, but the boot did not "
                                 "finish: " + r.describe())
            return None
        panic = [line for line in r.lines if line.startswith("PANIC")]
        why = panic[0] if panic else r.describe()
        self.result[self.ids[k]] = ("the kernel died during this case: %s "
                                    "(log %s)" % (why, kestrel.relpath(r.log)))
        self.context[self.ids[k]] = r.lines[-6:]
        return k + 1

    def failures(self):
        out = []
        for c in self.cases:
            if c.id not in self.result:
                out.append("case %s: never reported" % c.id)
            elif self.result[c.id] is not None:
                out.append("case %s: %s   [%s]" %
                           (c.id, self.result[c.id], c.line))
                out += ["      | " + line for line in self.context[c.id]]
        return out


def run_suite(suite, model):
    """Boots the suite (again after each crash); returns its Report."""
    rep = Report(suite, model, load(suite))
    if not rep.ids:
        kestrel.fail("tests/robust/%s.tbl has no cases: nothing to run" %
                     suite)
    start, boots = 0, 0
    while start is not None and start < len(rep.ids):
        if boots == MAX_BOOTS:
            rep.problems.append("gave up after %d boots" % boots)
            break
        args = " --from %d" % start if start else ""
        r = kestrel.boot("quiet mm=%s init=/test/%s%s" %
                         (model, suite, args), timeout=BOOT_TIMEOUT,
                         idle=IDLE_TIMEOUT, name="test_robustness.%s.%s" % (suite, model))
        boots += 1
        if rep.read_boot(r, start):
            rep.check_finished(r)
            break
        start = rep.died_in(start, r)
    return rep


@pytest.mark.parametrize("model", robustdoc.MODELS)
@pytest.mark.parametrize("suite", robustdoc.SUITES)
def test_suite(suite, model):
    """Every case of the suite under the model, each on its own line."""
    binary = os.path.join(kestrel.INITRD_DIR, "test", suite)
    if not os.path.exists(binary):
        kestrel.fail("%s was not built: run make" % kestrel.relpath(binary))
    rep = run_suite(suite, model)
    bad = rep.failures()
    if bad or rep.problems:
        passed = sum(1 for v in rep.result.values() if v is None)
        kestrel.fail("%s under mm=%s: %d of %d cases passed\n%s\nlogs: %s" %
                     (suite, model, passed, len(rep.ids),
                      "\n".join(rep.problems + bad), ", ".join(rep.logs)))


def test_tables_parse():
    """Both tables parse, with unique ids and at least 150 bad calls."""
    for suite in robustdoc.SUITES:
        cases = load(suite)
        assert cases, "tests/robust/%s.tbl has no cases" % suite
    n = len(load("badcalls"))
    assert n >= MIN_BADCALLS, "only %d bad-call cases" % n


def test_every_syscall_has_cases():
    """Every call in tools/syscalls.tbl has bad-call rows of its own."""
    calls = []
    with open(SYSCALLS_TBL) as f:
        for line in f:
            words = line.split()
            if words and words[0].isdigit():
                calls.append(words[1].lstrip("_"))
    assert calls, "no system calls found in tools/syscalls.tbl"
    rows = {}
    for c in load("badcalls"):
        rows[c.call] = rows.get(c.call, 0) + 1
    missing = [c for c in calls if rows.get(c, 0) == 0]
    assert not missing, ("system calls with no case in "
                         "tests/robust/badcalls.tbl: %s" % ", ".join(missing))


def test_doc_counts_match_tables():
    """docs/robustness.md shows the tables' real categories and counts."""
    with open(robustdoc.DOC) as f:
        old = robustdoc.doc_section(f.read())
    if old is None:
        kestrel.fail("docs/robustness.md has no generated counts section "
                     "(run tools/robustdoc.py --update)")
    try:
        new = robustdoc.render()
    except robustdoc.TableError as e:
        kestrel.fail(str(e))
    if old != new:
        import difflib
        diff = difflib.unified_diff(old.splitlines(), new.splitlines(),
                                    "docs/robustness.md", "the tables",
                                    lineterm="")
        kestrel.fail("docs/robustness.md does not match tests/robust/*.tbl; "
                     "run tools/robustdoc.py --update\n" + "\n".join(diff))
