#!/usr/bin/python3
"""
Draws the emptyloop lab's picture from a serial log: a timeline of the
gaps /bin/emptyloop -r recorded (when each happened, how long it was) and
a histogram of their lengths. Timer interrupts show up as a regular comb,
keystrokes and serial output as extra spikes, another program sharing the
CPU as gaps as long as its time slice.

Usage: tools/emptyloop-plot.py LOG [OUT.png]   (default OUT: LOG with .png)
LOG is the serial output of a run of `emptyloop -r`, e.g. from
`make qemu-nox ... | tee log`, or a test's log under build/test-logs/.
"""
import re
import sys

import matplotlib

matplotlib.use("Agg")  # files only: no display needed
import matplotlib.pyplot as plt  # noqa: E402


def parse(path):
    """Returns (TSC ticks per ms, [(start, length)], summary lines)."""
    per_ms, gaps, summary = None, [], []
    with open(path, errors="replace") as f:
        for line in f:
            line = line.strip()
            m = re.search(r"emptyloop: \d+ ms, (\d+) TSC ticks a ms", line)
            if m:
                per_ms = int(m.group(1))
            m = re.fullmatch(r"gap (\d+) (\d+)", line)
            if m:
                gaps.append((int(m.group(1)), int(m.group(2))))
            elif line.startswith("emptyloop: "):
                summary.append(line[len("emptyloop: "):])
    if per_ms is None:
        sys.exit("emptyloop-plot: %s has no emptyloop header line" % path)
    if not gaps:
        sys.exit("emptyloop-plot: %s has no 'gap START LENGTH' lines "
                 "(run emptyloop with -r)" % path)
    return per_ms, gaps, summary


def draw(per_ms, gaps, summary, out):
    times = [start / per_ms for start, _ in gaps]          # ms
    lengths = [length * 1000.0 / per_ms for _, length in gaps]  # us
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 7))
    top.vlines(times, 0, lengths, linewidth=0.8)
    top.set_yscale("log")
    top.set_xlabel("time since the loop began (ms)")
    top.set_ylabel("gap (us, log scale)")
    top.set_title("emptyloop: %s" % (summary[1] if len(summary) > 1
                                      else "%d gaps" % len(gaps)))
    lo, hi = min(lengths), max(lengths)
    bins = [lo * (hi / lo) ** (i / 40.0) for i in range(41)] if hi > lo \
        else 10
    bottom.hist(lengths, bins=bins)
    if hi > lo:
        bottom.set_xscale("log")
    bottom.set_xlabel("gap length (us, log scale)")
    bottom.set_ylabel("gaps")
    fig.tight_layout()
    fig.savefig(out, dpi=100)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__.strip().splitlines()[-3])
    log = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) == 3 else re.sub(r"(\.\w+)?$", ".png",
                                                        log, count=1)
    per_ms, gaps, summary = parse(log)
    draw(per_ms, gaps, summary, out)
    print("emptyloop-plot: %d gaps -> %s" % (len(gaps), out))


if __name__ == "__main__":
    main()
