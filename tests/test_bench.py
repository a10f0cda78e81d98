"""
The bench as a regression test (issue 11): `bench quick` (every row, a
quarter of the samples) under each memory model, twice, with -icount.
Instruction counts are deterministic, so this is not a timed test: it
fails if a median is more than 10% above tools/bench-baseline.json, or if
the two runs disagree by more than VARY (so far they have been equal to
the instruction: docs/bench.md). The parsing and the comparison are
tools/bench.py's own, checked first on canned lines.
"""

import os
import sys

import pytest

import kestrel

sys.path.insert(0, os.path.join(kestrel.ROOT, "tools"))
import bench  # noqa: E402  (tools/bench.py)

VARY = 0.01  # two runs of one build may differ by this fraction at most
TIMEOUT = 120  # seconds per boot; a quick run takes about 5 when idle


def test_bench_parse_and_compare():
    lines = ["bench: calibration: a loop of 1000000 instructions took "
             "1000001 TSC ticks",
             "bench: getpid: median 625.01 min 620.00 max 700.50 "
             "instructions per call (21 samples of 200)",
             "bench: pipe: median 47.70 min 47.70 max 47.70 instructions "
             "per byte (7 samples of 1048576)"]
    figures, cal, errors = bench.parse(lines)
    assert cal.startswith("a loop of 1000000")
    assert errors == []
    assert figures["getpid"] == {"median": 625.01, "min": 620.0,
                                 "max": 700.5, "samples": 21, "batch": 200,
                                 "unit": "instructions per call"}
    base = {"paging": {"getpid": 560.0, "pipe": 47.7}}
    worse = bench.compare({"paging": figures}, base)
    assert [(m, r) for m, r, _, _, _ in worse] == [("paging", "getpid")]
    assert bench.compare({"paging": figures}, {"paging": {"getpid": 570.0}}) \
        == []


def run_quick(model):
    """Boots bench quick under model; returns its figures."""
    r = kestrel.boot("quiet bench mm=%s init=/bin/bench quick" % model,
                     icount=True, timeout=TIMEOUT)
    kestrel.expect(r, [r"^bench: calibration: ", r"^bench: done in ",
                       r"^init: /bin/bench exited with status 0$",
                       r"^init: free frames (\d+) before, \1 after$"],
                   forbid=[r"^bench: error"], status=kestrel.EXIT_OK)
    figures, _, _ = bench.parse(r.lines)
    return figures, r


@pytest.mark.parametrize("model", kestrel.ALL_MODES)
def test_bench_against_baseline(model):
    baseline = bench.load_baseline().get(model)
    if not baseline:
        kestrel.fail("no %s figures in %s" %
                     (model, kestrel.relpath(bench.BASELINE)))
    first, r = run_quick(model)
    second, _ = run_quick(model)
    problems = []
    missing = sorted(set(baseline) - set(first))
    if missing:
        problems.append("rows missing from the output: " +
                        ", ".join(missing))
    for m, row, base, now, change in bench.compare({model: first},
                                                   {model: baseline}):
        problems.append("%s: median %.2f instructions, more than 10%% "
                        "above the baseline's %.2f (+%.1f%%)" %
                        (row, now, base, 100 * change))
    for row, f in sorted(first.items()):
        again = second.get(row, {}).get("median")
        if again is None or abs(again - f["median"]) > VARY * f["median"]:
            problems.append("%s: two runs gave %.2f and %s: not "
                            "deterministic" % (row, f["median"], again))
    if problems:
        r.fail("bench quick under mm=%s:\n  " % model +
               "\n  ".join(problems) +
               "\n(a deliberate change: regenerate the baseline with "
               "tools/bench.py --update-baseline)")
