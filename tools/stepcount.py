#!/usr/bin/python3
"""
Where one system call's instructions go, function by function: boots the
kernel under QEMU's GDB stub with init=PROGRAM ARGS, stops at the system
call gate (vector64) when eax holds CALL, single-steps until the CPU runs
ring-3 code again, and prints how many instructions each kernel function
executed. A call that sleeps is followed through the switch, up to the
first return to user mode of whichever process runs next.

Usage: stepcount.py [--mm paging|segment] [--skip N] CALL [PROGRAM ARGS...]
  CALL     a name from tools/syscalls.tbl (getpid) or a number
  PROGRAM  default /bin/bench CALL (the bench row of that name)
  --skip N let N such calls go by first (default 10)

Slow (GDB steps a few thousand instructions a second): meant for the short
paths, beside make bench (docs/bench.md).
"""
import argparse
import os
import socket
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(ROOT, "build")
GDB = "gdb-multiarch"
T_SYSCALL = 0x40
MAX_STEPS = 2000000

# Runs inside GDB: counts steps per function from the chosen call's entry.
GDB_SCRIPT = r"""
import collections
import gdb

gdb.execute("set pagination off")
gdb.execute("set confirm off")
gdb.execute("target remote 127.0.0.1:%(port)d")
gdb.execute("break vector%(vector)d if $eax == %(num)d")
for _ in range(%(skip)d + 1):
    gdb.execute("continue", to_string=True)
gdb.execute("delete")
counts = collections.Counter()
steps = 0
while steps < %(max_steps)d:
    gdb.execute("stepi", to_string=True)
    steps += 1
    frame = gdb.selected_frame()
    counts[frame.name() or "0x%%08x" %% frame.pc()] += 1
    if int(gdb.parse_and_eval("$cs")) & 3 == 3:
        break
print("STEPCOUNT total %%d" %% steps)
for name, n in counts.most_common():
    print("STEPCOUNT %%8d  %%s" %% (n, name))
gdb.execute("kill")
"""


def call_number(name):
    """A call's number from tools/syscalls.tbl, or the number given."""
    if name.isdigit():
        return int(name)
    with open(os.path.join(ROOT, "tools", "syscalls.tbl")) as f:
        for line in f:
            words = line.split()
            if len(words) > 1 and not line.startswith("#") and \
                    words[1] == name:
                return int(words[0])
    raise SystemExit("stepcount: no call %r in tools/syscalls.tbl" % name)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mm", default="paging", choices=("paging", "segment"))
    ap.add_argument("--skip", type=int, default=10)
    ap.add_argument("call")
    ap.add_argument("program", nargs=argparse.REMAINDER)
    opts = ap.parse_args()
    num = call_number(opts.call)
    program = opts.program or ["/bin/bench", opts.call]
    port = free_port()
    qemu = subprocess.Popen(
        ["qemu-system-i386", "-m", "128", "-no-reboot", "-display", "none",
         "-monitor", "none", "-serial", "null", "-net", "none",
         "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
         "-kernel", os.path.join(B, "kernel.elf"),
         "-initrd", os.path.join(B, "initrd.cpio"),
         "-append", "quiet bench mm=%s init=%s" % (opts.mm,
                                                   " ".join(program)),
         "-icount", "shift=0,sleep=off", "-rtc", "clock=vm",
         "-S", "-gdb", "tcp:127.0.0.1:%d" % port],
        stderr=subprocess.DEVNULL)
    with tempfile.NamedTemporaryFile("w", suffix=".py") as script:
        script.write(GDB_SCRIPT % {"port": port, "vector": T_SYSCALL,
                                   "num": num, "skip": opts.skip,
                                   "max_steps": MAX_STEPS})
        script.flush()
        out = subprocess.run(
            [GDB, "-q", "-batch", "-nx", "-ex", "set architecture i386",
             "-ex", "symbol-file " + os.path.join(B, "kernel.elf"),
             "-x", script.name],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout
    if qemu.poll() is None:
        qemu.kill()
    qemu.wait()
    lines = [line[len("STEPCOUNT "):] for line in
             out.decode("utf-8", "replace").splitlines()
             if line.startswith("STEPCOUNT ")]
    if not lines:
        sys.stdout.write(out.decode("utf-8", "replace")[-2000:])
        return 1
    print("%s (call %d) under mm=%s, from vector%d to ring 3: %s "
          "instructions" % (opts.call, num, opts.mm, T_SYSCALL,
                            lines[0].split()[-1]))
    print("\n".join(lines[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
