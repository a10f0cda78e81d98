#!/usr/bin/python3
"""
make bench: what each kernel path costs, in guest instructions. Boots the
kernel under both memory models (side by side) with QEMU's -icount
shift=0,sleep=off, where the time-stamp counter advances one per guest
instruction, runs /bin/bench as the first program, and reads its
"bench: NAME: median M min A max B UNIT (S samples of N)" lines. Prints a
table, writes build/bench.json and the chart build/bench.png, and marks
every figure more than 10% worse than tools/bench-baseline.json. Wall
times (each boot, a clean `make -j2` in a scratch copy of the tree) are
reported beside the counts, never compared.

Usage: bench.py [--xv6 DIR] [--no-build] [--update-baseline] [--quick]

--xv6 DIR copies tools/xv6/ into an xv6-public checkout, builds it (a
timed clean make -j2), boots it the same way, runs the bench from its
shell and adds an xv6 column. docs/bench.md says what each row measures.
"""
import argparse
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "build")
BASELINE = os.path.join(ROOT, "tools", "bench-baseline.json")
XV6_PORT = os.path.join(ROOT, "tools", "xv6")
MODELS = ("paging", "segment")
WORSE = 0.10  # a figure this much above the baseline is marked
ICOUNT = ["-icount", "shift=0,sleep=off", "-rtc", "clock=vm"]
QEMU_BASE = ["qemu-system-i386", "-no-reboot", "-display", "none",
             "-monitor", "none", "-serial", "stdio", "-net", "none"]
BOOT_TIMEOUT = 240  # seconds; a full run takes about 10 on an idle machine
XV6_CC = ("i686-linux-gnu-gcc -Wno-array-bounds -Wno-infinite-recursion")

# Every row, in table order: key (as bench prints it) and what it measures.
ROWS = [
    ("getpid", "getpid()"),
    ("enosys", "unknown call, returns ENOSYS"),
    ("intiret", "int/iret to an empty handler"),
    ("fork", "fork + _exit + wait, small parent"),
    ("fork1m", "the same, parent with a 1 MiB heap"),
    ("forkexec", "fork + exec /bin/true + wait"),
    ("pipe", "pipe, 1 MiB in 4 KiB writes, per byte"),
    ("pingpong", "1-byte ping-pong, two pipes, per round trip"),
    ("sbrk", "sbrk(1 MiB), touch every page, give back"),
    ("pgfault", "fault killing a child, to parent's wake-up"),
    ("upcall", "signal to self, empty handler, sigreturn"),
    ("boot", "kernel part of boot: entry to init ready"),
    ("bootfirst", "boot: kernel entry to bench's first line"),
    ("introffboot", "longest stretch, interrupts off: boot"),
    ("introff", "longest stretch, interrupts off: bench run"),
]
LABELS = dict(ROWS)

FIGURE = re.compile(r"^bench: (\w+): median ([\d.]+) min ([\d.]+) "
                    r"max ([\d.]+) (.*) \((\d+) samples? of (\d+)\)$")
CALIBRATION = re.compile(r"^bench: calibration: (.*)$")


def parse(lines):
    """
    Returns ({row: {median, min, max, unit, samples, batch}}, calibration
    text, [error lines]) from bench's output lines.
    """
    figures, calibration, errors = {}, None, []
    for line in lines:
        line = line.rstrip("\r\n")
        m = FIGURE.match(line)
        if m:
            figures[m.group(1)] = {
                "median": float(m.group(2)), "min": float(m.group(3)),
                "max": float(m.group(4)), "unit": m.group(5),
                "samples": int(m.group(6)), "batch": int(m.group(7))}
            continue
        m = CALIBRATION.match(line)
        if m:
            calibration = m.group(1)
        elif line.startswith("bench: error") or line.startswith("PANIC"):
            errors.append(line)
    return figures, calibration, errors


def compare(figures, baseline, limit=WORSE):
    """
    Returns [(model, row, baseline median, median, change)] for every
    figure more than limit (a fraction) above the baseline's.
    """
    worse = []
    for model, rows in figures.items():
        for row, f in rows.items():
            base = baseline.get(model, {}).get(row)
            if base and f["median"] > base * (1 + limit):
                worse.append((model, row, base, f["median"],
                              f["median"] / base - 1))
    return worse


def load_baseline(path=BASELINE):
    """Returns the baseline's medians, {model: {row: median}}, or {}."""
    try:
        with open(path) as f:
            return json.load(f).get("medians", {})
    except (OSError, ValueError):
        return {}


def kestrel_argv(model, args=""):
    """The QEMU command line that runs /bin/bench ARGS under model."""
    cmdline = "quiet bench mm=%s init=/bin/bench %s" % (model, args)
    return QEMU_BASE + [
        "-m", "128", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
        "-kernel", os.path.join(B, "kernel.elf"),
        "-initrd", os.path.join(B, "initrd.cpio"),
        "-append", cmdline.strip()] + ICOUNT


class Run:
    """One QEMU that runs the bench; read() collects its serial lines."""

    def __init__(self, name, argv, done, send=None):
        self.name, self.argv, self.done = name, argv, done
        self.send = send  # (prompt bytes, bytes to type when it appears)
        self.lines, self.buf = [], b""
        self.first_line = self.wall = None
        self.start = time.monotonic()
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        self.finished = False

    def feed(self):
        """Reads what is there; returns False at the end of the run."""
        chunk = os.read(self.proc.stdout.fileno(), 65536)
        if self.send and self.send[0] in self.buf + chunk:
            self.proc.stdin.write(self.send[1])
            self.proc.stdin.flush()
            self.send = None
        self.buf += chunk
        *done, self.buf = self.buf.split(b"\n")
        for raw in done:
            line = raw.decode("utf-8", "replace").replace("\r", "")
            self.lines.append(line)
            if self.first_line is None and line.startswith("bench: "):
                self.first_line = time.monotonic() - self.start
            if self.done.search(line):
                return False
        return bool(chunk)

    def stop(self):
        self.wall = time.monotonic() - self.start
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.finished = True


def run_all(runs, timeout=BOOT_TIMEOUT):
    """Runs the QEMUs side by side until each has finished or timed out."""
    live = {r.proc.stdout.fileno(): r for r in runs}
    end = time.monotonic() + timeout
    while live and time.monotonic() < end:
        ready, _, _ = select.select(list(live), [], [], 1.0)
        for fd in ready:
            if not live[fd].feed():
                live.pop(fd).stop()
    for r in live.values():
        r.lines.append("bench: error: no end after %d s" % timeout)
        r.stop()


def save_log(run):
    """Keeps a run's serial output in build/bench-NAME.log."""
    path = os.path.join(B, "bench-%s.log" % run.name)
    with open(path, "w") as f:
        f.write("# %s\n" % " ".join(run.argv))
        f.write("\n".join(run.lines) + "\n")
    return path


def timed_make(directory, argv):
    """Runs make in directory; returns its wall time, or None if it failed."""
    t0 = time.monotonic()
    r = subprocess.run(argv, cwd=directory, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT)
    if r.returncode != 0:
        sys.stdout.write(r.stdout.decode("utf-8", "replace")[-3000:])
        return None
    return time.monotonic() - t0


def kestrel_build_time():
    """A clean make -j2 of this tree (as it is now) in a scratch copy."""
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others",
         "--exclude-standard"], cwd=ROOT, stdout=subprocess.PIPE,
        check=True).stdout.decode().split("\0")
    scratch = tempfile.mkdtemp(prefix="kestrel-build-")
    try:
        for name in filter(None, files):
            src = os.path.join(ROOT, name)
            if os.path.isfile(src):
                dst = os.path.join(scratch, name)
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                shutil.copy2(src, dst)
        return timed_make(scratch, ["make", "-j2"])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


# The xv6 kernel has no call that reports when its boot began: two stamps
# in main.c, printed in bench's format, measure entry to init ready as
# kestrel's boot row does (firmware and boot block excluded).
XV6_STAMP_DECL = "extern char end[]; // first address after kernel loaded from ELF file\n"
XV6_STAMP_START = "  kinit1(end, P2V(4*1024*1024)); // phys page allocator\n"
XV6_STAMP_END = "  userinit();      // first user process\n"
XV6_STAMP = "bench_tsc0"


def prepare_xv6(d):
    """Copies the port into d, adds it to UPROGS and the boot stamps."""
    for name in os.listdir(XV6_PORT):
        shutil.copy(os.path.join(XV6_PORT, name), os.path.join(d, name))
    mk = os.path.join(d, "Makefile")
    with open(mk) as f:
        text = f.read()
    if "_bench\\" not in text:
        if "UPROGS=\\\n" not in text:
            raise SystemExit("bench: %s has no UPROGS=\\ line" % mk)
        text = text.replace("UPROGS=\\\n", "UPROGS=\\\n\t_bench\\\n\t_true\\\n")
        with open(mk, "w") as f:
            f.write(text)
    main = os.path.join(d, "main.c")
    with open(main) as f:
        text = f.read()
    if XV6_STAMP not in text:
        for anchor in (XV6_STAMP_DECL, XV6_STAMP_START, XV6_STAMP_END):
            if anchor not in text:
                raise SystemExit("bench: %s: no line %r to stamp the boot"
                                 % (main, anchor.strip()))
        text = text.replace(XV6_STAMP_DECL, XV6_STAMP_DECL +
                            "static uint %s; // tools/bench.py\n" % XV6_STAMP)
        text = text.replace(XV6_STAMP_START,
                            '  asm volatile("rdtsc" : "=a"(%s) : : "edx");\n'
                            % XV6_STAMP + XV6_STAMP_START)
        text = text.replace(XV6_STAMP_END, XV6_STAMP_END + (
            '  { uint t; asm volatile("rdtsc" : "=a"(t) : : "edx");\n'
            '    cprintf("bench: boot: median %%d.00 min %%d.00 max %%d.00 '
            'instructions from kernel entry to init (1 samples of 1)\\n",\n'
            '            t - %s, t - %s, t - %s); }\n'
            % (XV6_STAMP, XV6_STAMP, XV6_STAMP)))
        with open(main, "w") as f:
            f.write(text)


def build_xv6(d):
    """A clean make -j2 of xv6 in d; returns its wall time."""
    make = ["make", "TOOLPREFIX=i686-linux-gnu-", "CC=" + XV6_CC]
    subprocess.run(make + ["clean"], cwd=d, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    t = timed_make(d, make + ["-j2", "xv6.img", "fs.img"])
    if t is None:
        raise SystemExit("bench: building xv6 in %s failed" % d)
    return t


def xv6_run(d):
    """Boots xv6 (one CPU: the TSC counts every CPU's instructions)."""
    argv = QEMU_BASE + [
        "-m", "512", "-smp", "1",
        "-drive", "file=%s,index=1,media=disk,format=raw"
        % os.path.join(d, "fs.img"),
        "-drive", "file=%s,index=0,media=disk,format=raw"
        % os.path.join(d, "xv6.img")] + ICOUNT
    return Run("xv6", argv, re.compile(r"^bench: (done|error)"),
               send=(b"$ ", b"bench\n"))


def human(v, unit=""):
    """392 K, 2.07 M, 48.6, 1,399: as the issue's table writes them."""
    if v is None:
        return "-"
    if v >= 1e6:
        return "%.2f M" % (v / 1e6)
    if v >= 1e5:
        return "%.0f K" % (v / 1e3)
    if v >= 100:
        return "{:,.0f}".format(v)
    return "%.1f" % v


def print_table(figures, baseline, columns):
    """The terminal table: one row per path, one column per system."""
    print("%-44s" % "instructions per operation (median)" +
          "".join("%20s" % c for c in columns))
    for key, label in ROWS:
        if not any(key in figures.get(c, {}) for c in columns):
            continue
        cells = []
        for c in columns:
            f = figures.get(c, {}).get(key)
            cell = human(f["median"]) if f else "-"
            base = baseline.get(c, {}).get(key)
            if f and base:
                change = f["median"] / base - 1
                if change > WORSE:
                    cell += " (+%.0f%% !)" % (100 * change)
                elif abs(change) >= 0.01:
                    cell += " (%+.0f%%)" % (100 * change)
            cells.append(cell)
        print("%-44s" % label + "".join("%20s" % x for x in cells))


def chart(figures, columns, path):
    """A bar chart of the medians on a log scale; False without matplotlib."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    keys = [k for k, _ in ROWS if any(k in figures.get(c, {})
                                      for c in columns)]
    fig, ax = plt.subplots(figsize=(10, 0.55 * len(keys) + 1.5))
    height = 0.8 / len(columns)
    for i, c in enumerate(columns):
        ys = [n + i * height for n in range(len(keys))]
        vals = [figures.get(c, {}).get(k, {}).get("median", 0) or 0
                for k in keys]
        ax.barh(ys, [max(v, 0.5) if v else 0 for v in vals], height,
                label=c)
        for y, v in zip(ys, vals):
            if v:
                ax.text(v * 1.1, y, human(v), va="center", fontsize=6)
    ax.set_yticks([n + 0.4 - height / 2 for n in range(len(keys))])
    ax.set_yticklabels([LABELS[k] for k in keys], fontsize=8)
    ax.invert_yaxis()
    ax.set_xscale("log")
    top = max((f.get("median", 0) for c in columns
               for f in figures.get(c, {}).values()), default=1)
    ax.set_xlim(right=top * 5)  # room for the labels
    ax.set_xlabel("guest instructions per operation (median; log scale)")
    ax.set_title("kestrel: what each path costs (QEMU -icount)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--xv6", metavar="DIR",
                    help="an xv6-public checkout: add an xv6 column")
    ap.add_argument("--no-build", action="store_true",
                    help="skip the timed clean builds")
    ap.add_argument("--update-baseline", action="store_true",
                    help="write this run's medians to " +
                    os.path.relpath(BASELINE, ROOT))
    ap.add_argument("--quick", action="store_true",
                    help="fewer samples (bench quick)")
    opts = ap.parse_args()

    runs = [Run(m, kestrel_argv(m, "quick" if opts.quick else ""),
                re.compile(r"^kernel: halted|^PANIC|^init: /bin/bench "
                           r"(killed|exited with status [1-9])"))
            for m in MODELS]
    run_all(runs)
    figures, calibration, wall, first, failed = {}, {}, {}, {}, False
    xv6_build = None
    if opts.xv6:
        d = os.path.abspath(opts.xv6)
        prepare_xv6(d)
        xv6_build = build_xv6(d)
        xrun = xv6_run(d)
        run_all([xrun])
        runs.append(xrun)
    for r in runs:
        log = save_log(r)
        figs, cal, errors = parse(r.lines)
        figures[r.name], calibration[r.name] = figs, cal
        wall[r.name], first[r.name] = r.wall, r.first_line
        if errors or not figs:
            failed = True
            print("bench: %s: %s (log: %s)" % (
                r.name, errors[0] if errors else "no figures",
                os.path.relpath(log, ROOT)))
    columns = (["xv6"] if opts.xv6 else []) + list(MODELS)
    baseline = load_baseline()
    print_table(figures, baseline, columns)
    for c in columns:
        print("calibration (%s): %s" % (c, calibration.get(c)))
    print("wall time: " + ", ".join(
        "%s %.1f s (first bench line after %s)" % (
            c, wall[c], "%.2f s" % first[c] if first[c] else "never")
        for c in columns) + "; reported, never compared")
    builds = {}
    if not opts.no_build:
        builds["kestrel"] = kestrel_build_time()
    if xv6_build is not None:
        builds["xv6"] = xv6_build
    for name, t in builds.items():
        print("clean make -j2 of %s: %s" % (
            name, "%.1f s" % t if t is not None else "FAILED"))

    kestrel_figs = {m: figures[m] for m in MODELS}
    worse = compare(kestrel_figs, baseline)
    for model, row, base, now, change in worse:
        print("WORSE: %s %s: %s against the baseline's %s (+%.0f%%)" % (
            model, row, human(now), human(base), 100 * change))
    if not baseline:
        print("no baseline (%s): run bench.py --update-baseline" %
              os.path.relpath(BASELINE, ROOT))
    elif not worse:
        print("no figure more than %d%% worse than the baseline" %
              (100 * WORSE))

    result = {"figures": figures, "calibration": calibration,
              "wall_seconds": wall, "first_line_seconds": first,
              "build_seconds": builds, "quick": opts.quick,
              "worse_than_baseline": [
                  {"model": m, "row": r, "baseline": b, "median": n}
                  for m, r, b, n, _ in worse]}
    with open(os.path.join(B, "bench.json"), "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
    png = os.path.join(B, "bench.png")
    wrote = chart(figures, columns, png)
    print("wrote build/bench.json" + (" and build/bench.png" if wrote else
          " (no chart: python3-matplotlib is missing)"))
    if opts.update_baseline and not failed:
        with open(BASELINE, "w") as f:
            json.dump({"comment": "medians from tools/bench.py "
                       "--update-baseline; make bench marks a figure "
                       "more than 10% above these",
                       "medians": {m: {k: v["median"] for k, v in
                                       kestrel_figs[m].items()}
                                   for m in MODELS}},
                      f, indent=1, sort_keys=True)
            f.write("\n")
        print("wrote %s" % os.path.relpath(BASELINE, ROOT))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
