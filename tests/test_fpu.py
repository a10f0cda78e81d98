"""
Floating point in user programs (kernel/fpu.c, docs/fpu.md): what the
self-describing programs tests/user/fpu_*.c cannot see from inside. The
kernel stays integer-only: the only FPU instructions in kernel.elf are
fpu.c's, which move registers and never compute. User code is built for
the x87. The tracer names the FPE_FLT* codes of a floating-point SIGFPE.
The lazy switch seen from the shell: intr shows no #NM after an
integer-only program, and #NM after two that take turns with the FPU.
And the fnsave fallback, on a CPU QEMU builds without fxsave. (The
signal frame's layout differs there, so fpu_sigfpe and
fpu_sigreturn_forge, which read it as fxsave's, are not run so.)
"""

import os
import re
import subprocess

import pytest

import kestrel
from test_shell import Session

KERNEL = os.path.join(kestrel.ROOT, "build", "kernel.elf")
FPU_OBJ = os.path.join(kestrel.ROOT, "build", "kernel", "fpu.o")
FUNC = re.compile(r"^[0-9a-f]+ <([^>]+)>:$")
# "  addr:<TAB>bytes<TAB>mnemonic operands"; a long instruction's last
# bytes continue on a line without the third field.
INSN = re.compile(r"^\s*[0-9a-f]+:\t[0-9a-f ]+\t(\S+)\s*(.*)$")


def fpu_instruction(mnemonic, operands):
    """Is this an x87, MMX or SSE instruction (as objdump prints it)?"""
    if mnemonic.startswith("f") and mnemonic != "fs":
        return True  # fld, fnsave, fxrstor, fwait ...
    if mnemonic in ("wait", "emms", "ldmxcsr", "stmxcsr"):
        return True
    return re.search(r"%(xmm|mm|st)", operands) is not None


def make_var(name):
    r = subprocess.run(["make", "-s", "print-" + name], cwd=kestrel.ROOT,
                       stdout=subprocess.PIPE, text=True, check=True)
    return r.stdout.split()


def test_kernel_is_integer_only():
    """Only fpu.c's own functions hold FPU instructions in kernel.elf."""
    nm = subprocess.run([make_var("NM")[0], FPU_OBJ], stdout=subprocess.PIPE,
                        text=True, check=True).stdout
    allowed = {line.split()[2] for line in nm.splitlines()
               if len(line.split()) == 3 and line.split()[1] in "tT"}
    assert "fpu_init" in allowed, "no fpu_init in %s" % FPU_OBJ
    dump = subprocess.run(["objdump", "-d", KERNEL], stdout=subprocess.PIPE,
                          text=True, check=True).stdout
    func, found, where = None, set(), []
    for line in dump.splitlines():
        m = FUNC.match(line)
        if m:
            func = m.group(1)
            continue
        m = INSN.match(line)
        if m and fpu_instruction(m.group(1), m.group(2)):
            found.add(func)
            if func not in allowed:
                where.append("%s: %s" % (func, line.strip()))
    assert not where, ("FPU instructions outside kernel/fpu.c:\n" +
                       "\n".join(where[:20]))
    assert "fpu_trap" in found, "fpu_trap moves no FPU registers?"
    assert "-mno-80387" in make_var("CFLAGS")


def test_user_code_is_built_for_the_x87():
    """UCFLAGS has -m80387 and no -mno-80387; SSE stays off."""
    flags = make_var("UCFLAGS")
    assert "-m80387" in flags and "-mno-80387" not in flags, flags
    assert "-mno-sse" in flags, flags


@pytest.mark.parametrize("mode", kestrel.ALL_MODES)
def test_trace_names_the_fpe_code(mode):
    """The tracer shows the x87 divide by zero as SIGFPE FPE_FLTDIV."""
    r = kestrel.boot("quiet mm=%s trace=fpu_sigfpe_kill "
                     "init=/test/fpu_sigfpe_kill" % mode)
    kestrel.expect(r, [
        r"^pid \d+ \(fpu_sigfpe_kill\): x87 floating-point error at eip "
        r"0x[0-9a-f]+: killed by SIGFPE$",
        r"^--- SIGFPE \{si_signo=SIGFPE, si_code=FPE_FLTDIV, "
        r"si_addr=0x[0-9a-f]+\} ---",
        r"^init: /test/fpu_sigfpe_kill killed by signal 8 \(SIGFPE\)$",
    ])


def nm_count(out):
    """The #NM count in intr's listing (0 when the vector is not listed)."""
    m = re.search(r"^\s*7\s+-\s+(\d+)\s+Device not available", out, re.M)
    return int(m.group(1)) if m else 0


def test_shell_sees_lazy_switching():
    """intr: no #NM from integer-only programs, many from fpu_lazy's."""
    s = Session("quiet")
    try:
        s.read_until(r"^\$ ")
        s.run("echo a b | cat")
        before = nm_count(s.run("intr"))
        out = s.run("/test/fpu_lazy")
        m = re.search(r"two FPU users: (\d+) #NM", out)
        assert m, "fpu_lazy said:\n" + out
        after = nm_count(s.run("intr"))
        assert before == 0, "#NM taken before any program used the FPU"
        assert after >= int(m.group(1)), (before, after)
    finally:
        s.close()


# CPUs the default one is not: no fxsave (fpu.c falls back on fnsave and
# frstor, 108 bytes, x87 only), and fxsave without SSE (a Pentium II).
OLD_CPUS = {"nofxsr": "qemu32,-fxsr,-sse,-sse2", "pentium2": "pentium2"}


@pytest.mark.parametrize("cpu", sorted(OLD_CPUS))
@pytest.mark.parametrize("prog", ["fpu_isolation", "fpu_signal", "fpu_lazy",
                                  "fpu_fenv", "math_funcs"])
def test_older_cpus(cpu, prog):
    """The same lessons on a CPU without fxsave, or without SSE."""
    r = kestrel.boot("quiet init=/test/%s" % prog,
                     extra=("-cpu", OLD_CPUS[cpu]))
    kestrel.expect(r, [r"^init: /test/%s exited with status 0$" % prog],
                   forbid=[r"FAIL"])
