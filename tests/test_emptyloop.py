"""
The emptyloop lab (docs/emptyloop.md) under QEMU's -icount, where the
figures are deterministic: every gap the loop sees is a timer tick (the
watchdog's NMI comes with it, in the same gap), so the gap count equals
the timer interrupts the kernel counted, and that equals the run's length
times hz. With `spin &` beside it the loop loses whole time slices.
tools/emptyloop-plot.py turns a real run's output into a PNG.
"""

import os
import re
import struct
import subprocess

import pytest

import kestrel
from test_shell import Session

MS = 300  # how long each loop runs, in virtual milliseconds


def field(text, regex, what, log):
    m = re.search(regex, text, re.M)
    assert m, "emptyloop printed no %s (/%s/); log: %s" % (
        what, regex, kestrel.relpath(log))
    return m


def summary(text, log):
    """The figures of one emptyloop run: a dict."""
    fig = {
        "per_ms": int(field(text, r"(\d+) TSC ticks a ms", "calibration",
                            log)[1]),
        "gaps": int(field(text, r"^emptyloop: (\d+) gaps", "gap count",
                          log)[1]),
        "longest": int(field(text, r"^emptyloop: longest gap (\d+) ticks",
                             "longest gap", log)[1]),
    }
    m = re.search(r"^\s+vector\s+32 timer\s+(\d+)$", text, re.M)
    fig["timer"] = int(m[1]) if m else 0
    fig["raw"] = len(re.findall(r"^gap \d+ \d+$", text, re.M))
    return fig


@pytest.mark.parametrize("hz", [100, 1000])
@pytest.mark.parametrize("mode", kestrel.ALL_MODES)
def test_gaps_are_the_timer_ticks(mode, hz):
    r = kestrel.boot("quiet mm=%s hz=%d init=/bin/emptyloop -r %d" %
                     (mode, hz, MS), icount=True, timeout=180)
    fig = summary(r.text, r.log)
    where = "(mm=%s hz=%d; log: %s)" % (mode, hz, kestrel.relpath(r.log))
    # -icount shift=0: one instruction a nanosecond, the TSC counts them.
    assert abs(fig["per_ms"] - 1000000) < 1000, (
        "%d TSC ticks a ms under -icount, not about a million %s" %
        (fig["per_ms"], where))
    ticks = MS * hz // 1000
    assert abs(fig["timer"] - ticks) <= 1, (
        "%d timer interrupts in %d ms at %d Hz, not %d %s" %
        (fig["timer"], MS, hz, ticks, where))
    assert fig["gaps"] == fig["timer"], (
        "%d gaps but %d timer ticks during the loop %s" %
        (fig["gaps"], fig["timer"], where))
    assert fig["raw"] == fig["gaps"], (
        "-r printed %d gap lines for %d gaps %s" %
        (fig["raw"], fig["gaps"], where))
    # A tick's handling is short: far below a millisecond when alone.
    assert fig["longest"] < fig["per_ms"] // 10, (
        "the longest gap is %d ticks with nothing else running %s" %
        (fig["longest"], where))


def test_spin_beside_takes_whole_slices():
    s = Session("quiet", icount=True)
    try:
        s.read_until(r"^\$ ", timeout=60)
        s.run("spin &")
        out = s.run("emptyloop %d" % MS)
    finally:
        s.close()
    fig = summary(out, s.log)
    # spin runs for whole time slices (several ticks) between our own.
    assert fig["longest"] > fig["per_ms"] * 5, (
        "with spin beside, the longest gap is only %d ticks (%d a ms); "
        "log: %s" % (fig["longest"], fig["per_ms"], kestrel.relpath(s.log)))


def test_plot_makes_a_png(tmp_path):
    r = kestrel.boot("quiet init=/bin/emptyloop -r 200", icount=True,
                     timeout=180)
    log = tmp_path / "emptyloop.log"
    log.write_text(r.text)
    out = tmp_path / "emptyloop.png"
    p = subprocess.run(["/usr/bin/python3",
                        os.path.join(kestrel.ROOT, "tools",
                                     "emptyloop-plot.py"),
                        str(log), str(out)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, "emptyloop-plot failed:\n" + p.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG: %r" % data[:8]
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1000, 700), (
        "the picture is %dx%d, not 1000x700" % (width, height))
    assert len(data) > 10000, "a %d-byte PNG has no plot in it" % len(data)
